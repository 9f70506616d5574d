import type { Path } from './paths';

/**
 * The fields of `input` that parsing left out of `parsed`, at any depth: a schema drops a field it does not know,
 * so a misspelt or invented field would otherwise vanish without a word. Fields the schema added (defaults) are
 * not a problem; arrays are compared element by element.
 */
export function unknownFields(input: unknown, parsed: unknown, at: Path = []): Path[] {
  const found: Path[] = [];
  // Plain loops and own keys only: an input is anyone's JSON, and may name `constructor` or `__proto__`.
  if (Array.isArray(input)) {
    if (!Array.isArray(parsed)) return found;
    for (let i = 0; i < input.length; i += 1) found.push(...unknownFields(input[i], parsed[i], [...at, i]));
    return found;
  }
  if (!isPlainObject(input) || !isPlainObject(parsed)) return found;
  for (const key of Object.keys(input)) {
    if (Object.hasOwn(parsed, key)) found.push(...unknownFields(input[key], parsed[key], [...at, key]));
    else found.push([...at, key]);
  }
  return found;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
