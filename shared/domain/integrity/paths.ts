/** A place in a record or a bundle: keys and array positions, as `agendaItems.3.parentId` names it. */
export type Path = readonly (string | number)[];

export const pathText = (path: Path): string => path.map(String).join('.');

/** One value found at a path pattern, with the concrete path it was found at. */
export type Found = { readonly value: unknown; readonly path: Path };

/**
 * The values at `pattern` within `value`: a pattern is keys joined by dots, and `[]` after a key stands for each
 * element of the array there (`recordedVote[].personId`). Missing, undefined and null values are skipped, so an
 * optional reference that is left out is simply not there.
 */
export function valuesAt(value: unknown, pattern: string, at: Path = []): Found[] {
  const [head, ...rest] = pattern.split('.');
  if (head === undefined || head === '') return value === undefined || value === null ? [] : [{ value, path: at }];
  const each = head.endsWith('[]');
  const key = each ? head.slice(0, -2) : head;
  if (typeof value !== 'object' || value === null || !(key in value)) return [];
  const next = (value as Record<string, unknown>)[key];
  const tail = rest.join('.');
  if (!each) return valuesAt(next, tail, [...at, key]);
  return Array.isArray(next) ? next.flatMap((element: unknown, i) => valuesAt(element, tail, [...at, key, i])) : [];
}
