import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Invoke } from '../../shared/api/transport';
import { ApiProvider } from './api/ApiProvider';
import { createClient } from './api/client';
import { App } from './app';
import { AnnouncerProvider } from './components/Announcer';
import { RouteProvider } from './routing/RouteProvider';

/** Draws the app into `container`, reaching the backend through `invoke`. */
export function startApp(container: HTMLElement, invoke: Invoke): void {
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
