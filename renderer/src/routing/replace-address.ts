import { hrefFor } from './routes';
import type { Route } from './routes';

/**
 * Writes the screen's filters into the address as they change, without a new history entry and without a
 * hashchange (which would treat the change as a move to a new screen and take focus from the field being used).
 * Back then returns to the screen as it was left, filters and all.
 */
export function replaceAddress(route: Extract<Route, { name: 'actions' | 'resolutions' | 'search' | 'reward' | 'participation' }>): void {
  const href = hrefFor(route);
  if (window.location.hash === href) return;
  window.history.replaceState(window.history.state, '', href);
}
