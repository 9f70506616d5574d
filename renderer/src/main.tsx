import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/ApiProvider';
import { createClient } from './api/client';
import { pickTransport } from './api/pick-transport';
import { App } from './app';
import { AnnouncerProvider } from './components/Announcer';
import { RouteProvider } from './routing/RouteProvider';
import './styles/base.css';
import './styles/shell.css';
import './styles/components.css';
import './styles/screens.css';
import './styles/forms.css';
import './styles/setup-screens.css';

// Picked before the first render: the HTTP transport takes the token out of the address bar straight away.
const transport = pickTransport(window);
const client = createClient(transport.invoke);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <ApiProvider client={client}>
      <RouteProvider>
        <AnnouncerProvider>
          <App />
        </AnnouncerProvider>
      </RouteProvider>
    </ApiProvider>
  </StrictMode>,
);
