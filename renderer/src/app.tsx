import type { ReactNode } from 'react';
import { useApiQuery } from './api/use-api-query';
import { LiveRegion } from './components/Announcer';
import { AppFooter } from './components/AppFooter';
import { AppHeader } from './components/AppHeader';
import { NotFoundScreen } from './components/NotFoundScreen';
import { SkipLink } from './components/SkipLink';
import { AgendaScreen } from './features/agenda/AgendaScreen';
import { AgendaBuilderScreen } from './features/agenda-builder/AgendaBuilderScreen';
import { ApprovalScreen } from './features/approval/ApprovalScreen';
import { LiveMinutesScreen } from './features/live-minutes/LiveMinutesScreen';
import { EditBoardScreen, NewBoardScreen } from './features/boards/BoardFormScreen';
import { MembersScreen } from './features/members/MembersScreen';
import { EditMeetingScreen, NewMeetingScreen } from './features/meetings/MeetingFormScreens';
import { NoticesBanner } from './features/app-status/NoticesBanner';
import { BoardsScreen } from './features/boards/BoardsScreen';
import { MeetingsScreen } from './features/meetings/MeetingsScreen';
import { ActionsScreen } from './features/actions/ActionsScreen';
import { ResolutionsScreen } from './features/resolutions/ResolutionsScreen';
import { GlobalCommands } from './features/search/GlobalCommands';
import { ItemArrival } from './features/search/ItemArrival';
import { SearchScreen } from './features/search/SearchScreen';
import { AccessScreen } from './features/access/AccessScreen';
import { RewardScreen } from './features/reward/RewardScreen';
import { CoproductionScreen } from './features/ratings/CoproductionScreen';
import { ParticipationScreen } from './features/participation/ParticipationScreen';
import { YouSaidScreen } from './features/you-said/YouSaidScreen';
import { ReportsScreen } from './features/reports/ReportsScreen';
import { BackupsScreen } from './features/backups/BackupsScreen';
import { useRoute } from './routing/RouteProvider';
import { routeKey } from './routing/routes';
import type { Route } from './routing/routes';

const MAIN_ID = 'main-content';

/** The shell around every screen: skip link, header and navigation, notices, the screen, footer. */
export function App(): ReactNode {
  const status = useApiQuery('app.status', {});
  const { route } = useRoute();
  return (
    <>
      <SkipLink targetId={MAIN_ID} />
      <AppHeader />
      <NoticesBanner status={status} onRetry={status.reload} />
      <main id={MAIN_ID} tabIndex={-1} className="container app-main">
        {/* A new key per address: each screen starts clean instead of showing the last one's data. */}
        <Screen key={routeKey(route)} route={route} />
        {(route.name === 'meeting' || route.name === 'live-minutes') && route.itemId ? <ItemArrival key={`${route.meetingId}:${route.itemId}`} itemId={route.itemId} /> : null}
        <LiveRegion />
      </main>
      <AppFooter status={status.status === 'ready' ? status.value : null} />
      <GlobalCommands />
    </>
  );
}

function Screen({ route }: { route: Route }): ReactNode {
  switch (route.name) {
    case 'boards':
      return <BoardsScreen />;
    case 'board':
      return <MeetingsScreen boardId={route.boardId} />;
    case 'meeting':
      return <AgendaScreen meetingId={route.meetingId} />;
    case 'board-new':
      return <NewBoardScreen />;
    case 'board-edit':
      return <EditBoardScreen boardId={route.boardId} />;
    case 'members':
      return <MembersScreen boardId={route.boardId} />;
    case 'meeting-new':
      return <NewMeetingScreen boardId={route.boardId} />;
    case 'meeting-edit':
      return <EditMeetingScreen meetingId={route.meetingId} />;
    case 'agenda-builder':
      return <AgendaBuilderScreen meetingId={route.meetingId} />;
    case 'live-minutes':
      return <LiveMinutesScreen meetingId={route.meetingId} itemId={route.itemId} />;
    case 'approval':
      return <ApprovalScreen meetingId={route.meetingId} />;
    case 'actions':
      return <ActionsScreen />;
    case 'resolutions':
      return <ResolutionsScreen />;
    case 'search':
      return <SearchScreen />;
    case 'access':
      return <AccessScreen meetingId={route.meetingId} />;
    case 'reward':
      return <RewardScreen search={route.search} />;
    case 'coproduction':
      return <CoproductionScreen boardId={route.boardId} />;
    case 'participation':
      return <ParticipationScreen boardId={route.boardId} search={route.search} />;
    case 'you-said':
      return <YouSaidScreen boardId={route.boardId} />;
    case 'reports':
      return <ReportsScreen boardId={route.boardId} />;
    case 'backups':
      return <BackupsScreen />;
    case 'not-found':
      return <NotFoundScreen />;
  }
}
