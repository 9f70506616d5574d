import type { QueryClient } from '@tanstack/query-core';
import type { Method } from '../../../shared/api/contract';
import { routeSpec, type Route } from '../routing/routes';
import type { Call } from './client';
import { planned, type PlannedCall } from './planned-call';
import { markEarly } from './query-client';

/**
 * The first calls of the screen at `route`, from the route table (same methods, same inputs as its code makes):
 * the shell's status, and for the screens a clerk most often starts at, their data. A screen the table gives no
 * calls for simply asks when it shows, as every screen does when it is opened inside the app.
 */
export function firstCallsFor(route: Route): readonly PlannedCall[] {
  const shell = planned('app.status', {});
  if (route.name === 'not-found') return [shell];
  const { early } = routeSpec(route.name);
  return [shell, ...(early ? early(route) : [])];
}

/**
 * Starts `calls` now, before React and the screens' code have loaded (at app start the script takes a few hundred
 * milliseconds to run, and the backend answers meanwhile), into the query cache under the keys the screens use:
 * a screen asking while a call is on its way waits for that answer, and one asking soon after it came is handed it
 * (query-client.ts). Calls that need an answer start once it has come.
 */
export function prefetchEarly(queryClient: QueryClient, call: Call, calls: readonly PlannedCall[]): void {
  for (const { method, input, ask, next } of calls) {
    const queryKey: readonly [Method, unknown] = [method, input];
    const fetched = queryClient.prefetchQuery({ queryKey, queryFn: () => ask(call) });
    markEarly(queryClient.getQueryCache().find({ queryKey, exact: true }));
    if (next === undefined) continue;
    void fetched.then(() => {
      const value: unknown = queryClient.getQueryData(queryKey);
      if (value !== undefined) prefetchEarly(queryClient, call, next(value));
    });
  }
}
