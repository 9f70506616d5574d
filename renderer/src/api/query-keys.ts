import type { Input, Method } from '../../../shared/api/contract';

/**
 * The query cache's key for a call: its method and its input. TanStack Query hashes keys structurally (object
 * fields in any order are the same key), and a key with part of an input matches every call with that part, which
 * is how a change says which answers it makes stale (invalidation.ts).
 */
export type ApiQueryKey<M extends Method = Method> = readonly [M, Input<M>];

export function apiQueryKey<M extends Method>(method: M, input: Input<M>): ApiQueryKey<M> {
  return [method, input];
}
