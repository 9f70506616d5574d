// The renderer's entry, kept small: it starts the opening screen's calls (boot.ts), then loads the app, so the
// backend answers while the browser compiles and runs the app's script.
import { client, queryClient } from './api/boot';
import './styles/base.css';
import './styles/shell.css';
import './styles/components.css';
import './styles/screens.css';
import './styles/forms.css';
import './styles/setup-screens.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

import('./start-app').then(
  ({ startApp }) => startApp(container, client, queryClient),
  (error: unknown) => {
    // Only a damaged or half-updated installation gets here; say so rather than leave a blank window.
    const alert = document.createElement('div');
    alert.className = 'start-failure';
    alert.setAttribute('role', 'alert');
    const paragraph = (text: string, className?: string): HTMLParagraphElement => {
      const p = document.createElement('p');
      p.textContent = text;
      if (className !== undefined) p.className = className;
      return p;
    };
    alert.append(
      paragraph('Minute Book could not load its screens.', 'start-failure__title'),
      paragraph('Close it and open it again; if this keeps happening, reinstall it. Your data is not affected.'),
      paragraph(`Details: ${error instanceof Error ? error.message : String(error)}`, 'start-failure__detail'),
    );
    container.replaceChildren(alert);
  },
);
