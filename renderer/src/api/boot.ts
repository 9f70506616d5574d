/**
 * The first module the renderer runs (main.tsx imports it before React and the screens): it picks the transport,
 * makes the query cache and starts the calls of the screen the app opens at into it, so the backend answers while
 * the rest of the script loads. It imports nothing heavy, or the calls would wait for that to load first.
 */
import { parseRoute } from '../routing/routes';
import { createClient } from './client';
import { firstCallsFor, prefetchEarly } from './early-calls';
import { invalidateAfterChanges } from './invalidate';
import { pickTransport } from './pick-transport';
import { createQueryClient } from './query-client';

// Picked before anything else: the HTTP transport takes the token out of the address bar straight away.
export const transport = pickTransport(window);
export const queryClient = createQueryClient();
export const client = createClient(transport.invoke, invalidateAfterChanges(queryClient));
prefetchEarly(queryClient, client.call, firstCallsFor(parseRoute(window.location.hash)));
