/**
 * The first module the renderer runs (main.tsx imports it before React and the screens): it picks the transport
 * and starts the calls of the screen the app opens at, so the backend answers while the rest of the script loads.
 * It imports nothing heavy, or the calls would wait for that to load first.
 */
import { parseRoute } from '../routing/routes';
import { firstCallsFor, startEarlyCalls } from './early-calls';
import { pickTransport } from './pick-transport';

// Picked before anything else: the HTTP transport takes the token out of the address bar straight away.
export const transport = pickTransport(window);
export const earlyCalls = startEarlyCalls(transport.invoke, firstCallsFor(parseRoute(window.location.hash)), () => performance.now());
