// The smallest React page: the app's React and ReactDOM drawing one paragraph. Built by Vite for production, as
// the renderer is; the live-minutes benchmark opens it cold as the floor of any React app's start on this machine.
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(createElement(StrictMode, null, createElement('p', { id: 'ready' }, 'Ready')));
