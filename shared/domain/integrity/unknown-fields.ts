import type { Path } from './paths';

/**
 * The fields of `input` that parsing left out of `parsed`, at any depth: a schema drops a field it does not know,
 * so a misspelt or invented field would otherwise vanish without a word. Fields the schema added (defaults) are
 * not a problem; arrays are compared element by element.
 */
export function unknownFields(input: unknown, parsed: unknown, at: Path = []): Path[] {
  if (Array.isArray(input)) {
    if (!Array.isArray(parsed)) return [];
    return input.flatMap((element: unknown, i) => unknownFields(element, parsed[i], [...at, i]));
  }
  if (!isPlainObject(input) || !isPlainObject(parsed)) return [];
  return Object.keys(input).flatMap((key) => (key in parsed ? unknownFields(input[key], parsed[key], [...at, key]) : [[...at, key]]));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
