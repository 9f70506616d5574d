/**
 * A patch as an update handler receives it, after its schema (`patchSchema` in shared/api/patch.ts): for each field,
 * undefined (or left out) keeps the record's value, null clears it, and a value replaces it.
 */
export type Patch<R> = { readonly [K in keyof R]?: R[K] | null };

/**
 * Applies `patch` to `record` without changing either. The result may lack a field the record needs (only optional
 * fields accept null, but the handler should not trust that), so handlers pass it through the model's schema.
 */
export function mergePatch<R extends object>(record: R, patch: Patch<R>): Partial<R> {
  const merged: Partial<R> = { ...record };
  // Object.keys gives only the patch's own keys, which Patch<R> allows to be only R's.
  for (const key of Object.keys(patch) as (keyof R)[]) {
    const value = patch[key];
    if (value === undefined) continue;
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}
