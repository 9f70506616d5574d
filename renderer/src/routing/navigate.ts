import { hrefFor } from './routes';
import type { Route } from './routes';

/** Opens another screen, as following a link would: the address changes and the back button returns. */
export function navigate(route: Exclude<Route, { name: 'not-found' }>): void {
  window.location.hash = hrefFor(route);
}
