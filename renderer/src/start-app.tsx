import type { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/ApiProvider';
import type { ApiClient } from './api/client';
import { App } from './app';
import { AnnouncerProvider } from './components/Announcer';
import { RouteProvider } from './routing/RouteProvider';

/** The mark `startApp` leaves on the page's timeline: the app's script has loaded and run (for benchmarks and profiling). */
export const APP_START_MARK = 'minute-book:app-start';

/** Draws the app into `container`, reaching the backend through `client` and keeping its answers in `queryClient`. */
export function startApp(container: HTMLElement, client: ApiClient, queryClient: QueryClient): void {
  performance.mark(APP_START_MARK);
  createRoot(container).render(
    <StrictMode>
      <ApiProvider client={client} queryClient={queryClient}>
        <RouteProvider>
          <AnnouncerProvider>
            <App />
          </AnnouncerProvider>
        </RouteProvider>
      </ApiProvider>
    </StrictMode>,
  );
}
