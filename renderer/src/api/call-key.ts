/**
 * One string for a call: its method and its input's JSON with object keys in order, so `{ id, carriedActions }` and
 * `{ carriedActions, id }` are the same call. Inputs are small plain objects, so callers may pass literals; the
 * query hooks key their effects on it, and the early calls match a screen's call to the answer asked for at start.
 */
export function callKey(method: string, input: unknown): string {
  return `${method} ${JSON.stringify(input, (_key, value: unknown) => (isPlainObject(value) ? sortedCopy(value) : value))}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sortedCopy(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, value[key]]));
}
