// The renderer's entry, kept small: it starts the opening screen's calls (boot.ts), then loads the app, so the
// backend answers while the browser compiles and runs the app's script.
import { earlyCalls, transport } from './api/boot';
import { withEarlyCalls } from './api/early-calls';
import './styles/base.css';
import './styles/shell.css';
import './styles/components.css';
import './styles/screens.css';
import './styles/forms.css';
import './styles/setup-screens.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

void import('./start-app').then(({ startApp }) => startApp(container, withEarlyCalls(transport.invoke, earlyCalls)));
