import type { ReactNode } from 'react';
import { useApiQuery } from './api/use-api-query';
import { LiveRegion } from './components/Announcer';
import { AppFooter } from './components/AppFooter';
import { AppHeader } from './components/AppHeader';
import { NotFoundScreen } from './components/NotFoundScreen';
import { SkipLink } from './components/SkipLink';
import { AgendaScreen } from './features/agenda/AgendaScreen';
import { NoticesBanner } from './features/app-status/NoticesBanner';
import { BoardsScreen } from './features/boards/BoardsScreen';
import { MeetingsScreen } from './features/meetings/MeetingsScreen';
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
        <LiveRegion />
      </main>
      <AppFooter status={status.status === 'ready' ? status.value : null} />
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
    case 'not-found':
      return <NotFoundScreen />;
  }
}
