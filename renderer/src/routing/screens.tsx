import type { ReactNode } from 'react';
import { NotFoundScreen } from '../components/NotFoundScreen';
import { AgendaScreen } from '../features/agenda/AgendaScreen';
import { AgendaBuilderScreen } from '../features/agenda-builder/AgendaBuilderScreen';
import { ApprovalScreen } from '../features/approval/ApprovalScreen';
import { LiveMinutesScreen } from '../features/live-minutes/LiveMinutesScreen';
import { EditBoardScreen, NewBoardScreen } from '../features/boards/BoardFormScreen';
import { MembersScreen } from '../features/members/MembersScreen';
import { EditMeetingScreen, NewMeetingScreen } from '../features/meetings/MeetingFormScreens';
import { BoardsScreen } from '../features/boards/BoardsScreen';
import { MeetingsScreen } from '../features/meetings/MeetingsScreen';
import { ActionsScreen } from '../features/actions/ActionsScreen';
import { ResolutionsScreen } from '../features/resolutions/ResolutionsScreen';
import { SearchScreen } from '../features/search/SearchScreen';
import { AccessScreen } from '../features/access/AccessScreen';
import { RewardScreen } from '../features/reward/RewardScreen';
import { CoproductionScreen } from '../features/ratings/CoproductionScreen';
import { ParticipationScreen } from '../features/participation/ParticipationScreen';
import { YouSaidScreen } from '../features/you-said/YouSaidScreen';
import { ReportsScreen } from '../features/reports/ReportsScreen';
import { BackupsScreen } from '../features/backups/BackupsScreen';
import { PastMinutesScreen } from '../features/past-minutes/PastMinutesScreen';
import type { Route, RouteName, RouteOf } from './routes';

/** Each screen of the route table, drawn with its route's parameters. Kept apart from the table: see routes.ts. */
const SCREENS: { readonly [N in RouteName]: (route: RouteOf<N>) => ReactNode } = {
  boards: () => <BoardsScreen />,
  board: ({ boardId }) => <MeetingsScreen boardId={boardId} />,
  meeting: ({ meetingId }) => <AgendaScreen meetingId={meetingId} />,
  'board-new': () => <NewBoardScreen />,
  'board-edit': ({ boardId }) => <EditBoardScreen boardId={boardId} />,
  members: ({ boardId }) => <MembersScreen boardId={boardId} />,
  'meeting-new': ({ boardId }) => <NewMeetingScreen boardId={boardId} />,
  'meeting-edit': ({ meetingId }) => <EditMeetingScreen meetingId={meetingId} />,
  'agenda-builder': ({ meetingId }) => <AgendaBuilderScreen meetingId={meetingId} />,
  'live-minutes': ({ meetingId, itemId }) => <LiveMinutesScreen meetingId={meetingId} itemId={itemId} />,
  approval: ({ meetingId }) => <ApprovalScreen meetingId={meetingId} />,
  actions: () => <ActionsScreen />,
  resolutions: () => <ResolutionsScreen />,
  search: () => <SearchScreen />,
  access: ({ meetingId }) => <AccessScreen meetingId={meetingId} />,
  reward: ({ search }) => <RewardScreen search={search} />,
  coproduction: ({ boardId }) => <CoproductionScreen boardId={boardId} />,
  participation: ({ boardId, search }) => <ParticipationScreen boardId={boardId} search={search} />,
  'you-said': ({ boardId }) => <YouSaidScreen boardId={boardId} />,
  reports: ({ boardId }) => <ReportsScreen boardId={boardId} />,
  'past-minutes': ({ boardId }) => <PastMinutesScreen boardId={boardId} />,
  backups: () => <BackupsScreen />,
};

/** The screen at `route`. */
export function Screen({ route }: { route: Route }): ReactNode {
  if (route.name === 'not-found') return <NotFoundScreen />;
  return draw(route.name, route);
}

function draw<N extends RouteName>(name: N, route: RouteOf<N>): ReactNode {
  const screen: (route: RouteOf<N>) => ReactNode = SCREENS[name];
  return screen(route);
}
