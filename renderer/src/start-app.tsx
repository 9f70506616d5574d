import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Invoke } from '../../shared/api/transport';
import { ApiProvider } from './api/ApiProvider';
import { createClient } from './api/client';
import { App } from './app';
import { AnnouncerProvider } from './components/Announcer';
import { RouteProvider } from './routing/RouteProvider';

/** The mark `startApp` leaves on the page's timeline: the app's script has loaded and run (for benchmarks and profiling). */
export const APP_START_MARK = 'minute-book:app-start';

/** Draws the app into `container`, reaching the backend through `invoke`. */
export function startApp(container: HTMLElement, invoke: Invoke): void {
  performance.mark(APP_START_MARK);
  createRoot(container).render(
    <StrictMode>
      <ApiProvider client={createClient(invoke)}>
        <RouteProvider>
          <AnnouncerProvider>
            <App />
          </AnnouncerProvider>
        </RouteProvider>
      </ApiProvider>
    </StrictMode>,
  );
}
