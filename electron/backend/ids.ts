import { randomBytes, randomUUID } from 'node:crypto';
import type { IdGenerator } from './context';

/** Random ids: two stores never share one, so bundles from different stores can be merged. */
export const randomIds: IdGenerator = { next: () => randomUUID() };

/**
 * An id that is itself a capability (a made file's download): 24 random bytes, URL-safe. Never from the backend's
 * id generator, which tests make predictable.
 */
export const unguessableId = (): string => randomBytes(24).toString('base64url');

/** Predictable ids for tests: "id-1", "id-2", ... */
export function sequentialIds(prefix = 'id'): IdGenerator {
  let n = 0;
  return { next: () => `${prefix}-${(n += 1)}` };
}
