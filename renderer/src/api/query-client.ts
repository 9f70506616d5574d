import { QueryClient, type Query } from '@tanstack/query-core';

/** How long an answer asked for before the app loaded stays fresh: a screen shown within it is handed that answer. */
export const EARLY_ANSWER_KEPT_MS = 5_000;

const early = new WeakSet<Query>();

/** Marks the query of a call started before the app loaded, so the screen that makes it is handed its answer. */
export function markEarly(query: Query | undefined): void {
  if (query) early.add(query);
}

/**
 * The renderer's one cache of server state. Every screen asks again when it is shown (answers are stale at once),
 * except for the first answer of a call asked for early; a failure is shown at once with a way to try again (no
 * automatic retries), and the window regaining focus asks nothing: the app's own changes say what they make stale.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: false,
        refetchOnWindowFocus: false,
        staleTime: (query) => (early.has(query) && query.state.dataUpdateCount === 1 ? EARLY_ANSWER_KEPT_MS : 0),
      },
      mutations: { retry: false },
    },
  });
}
