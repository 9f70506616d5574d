import { partialMatchKey, type QueryClient } from '@tanstack/query-core';
import type { Input, Method } from '../../../shared/api/contract';
import type { OnAnswered } from './client';
import { QUIET, staleAfter } from './invalidation';

/**
 * After each change that succeeded, marks stale what the invalidation table says it changes, in one go (so an
 * answer named twice is asked for once): answers on screen are asked for again at once (a screen that awaits
 * `refetch` after a change waits for that same request), the others when next shown. Reads change nothing.
 */
export function invalidateAfterChanges(queryClient: QueryClient): OnAnswered {
  return <M extends Method>(method: M, input: Input<M>): void => {
    const stale = staleAfter(method, input);
    if (stale === undefined) return;
    void queryClient.invalidateQueries({
      refetchType: QUIET.has(method) ? 'none' : 'active',
      predicate: (query) => stale === 'everything' || stale.some((key) => partialMatchKey(query.queryKey, key)),
    });
  };
}
