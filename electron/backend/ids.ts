import { randomUUID } from 'node:crypto';
import type { IdGenerator } from './context';

/** Random ids: two stores never share one, so bundles from different stores can be merged. */
export const randomIds: IdGenerator = { next: () => randomUUID() };

/** Predictable ids for tests: "id-1", "id-2", ... */
export function sequentialIds(prefix = 'id'): IdGenerator {
  let n = 0;
  return { next: () => `${prefix}-${(n += 1)}` };
}
