/** Building an update's patch from a form's input: see `patchSchema` in shared/api/patch.ts for what null means. */

/**
 * One optional field of a patch built from a form, to spread into the patch: `{ key: value }` when the form has a
 * value; `{ key: null }` when the form is empty but the record had a value (the clerk emptied it, so it is cleared);
 * nothing when it was empty and still is.
 */
export function clearable<K extends string, V>(key: K, value: V | undefined, before: unknown): { [P in K]?: V | null } {
  if (value !== undefined) return { [key]: value } as { [P in K]?: V };
  return before === undefined ? {} : ({ [key]: null } as { [P in K]?: null });
}
