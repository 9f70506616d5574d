import type { ReactNode } from 'react';
import { useApiQuery } from './api/use-api-query';
import { LiveRegion } from './components/Announcer';
import { AppFooter } from './components/AppFooter';
import { AppHeader } from './components/AppHeader';
import { SkipLink } from './components/SkipLink';
import { NoticesBanner } from './features/app-status/NoticesBanner';
import { GlobalCommands } from './features/search/GlobalCommands';
import { ItemArrival } from './features/search/ItemArrival';
import { useRoute } from './routing/RouteProvider';
import { routeKey } from './routing/routes';
import { Screen } from './routing/screens';

const MAIN_ID = 'main-content';

/** The shell around every screen: skip link, header and navigation, notices, the screen, footer. */
export function App(): ReactNode {
  const status = useApiQuery('app.status', {});
  const { route } = useRoute();
  return (
    <>
      <SkipLink targetId={MAIN_ID} />
      <AppHeader />
      <NoticesBanner status={status} onRetry={() => void status.refetch()} />
      <main id={MAIN_ID} tabIndex={-1} className="container app-main">
        {/* A new key per address: each screen starts clean instead of showing the last one's data. */}
        <Screen key={routeKey(route)} route={route} />
        {(route.name === 'meeting' || route.name === 'live-minutes') && route.itemId ? (
          <ItemArrival key={`${route.meetingId}:${route.itemId}`} itemId={route.itemId} />
        ) : null}
        <LiveRegion />
      </main>
      <AppFooter status={status.data ?? null} />
      <GlobalCommands />
    </>
  );
}
