import { z } from 'zod';

/**
 * Patches: how an `X.update` method says what changes. In a patch, a field left out keeps its value, a value
 * replaces it, and `null` clears an optional field (a meeting's end time, an item's presenter). Fields that a
 * record cannot be without (a meeting's date) accept no null.
 */

type Shape = z.core.$ZodShape;

/** The keys of a fields schema whose field may be left out: the only ones a patch may clear. */
export type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends z.ZodOptional ? K : never }[keyof S];

/** Every field optional; the clearable ones also accept null. */
export type PatchShape<S extends Shape, K extends keyof S> = {
  -readonly [P in keyof S]: P extends K
    ? S[P] extends z.ZodOptional<infer Inner>
      ? z.ZodOptional<z.ZodNullable<Inner>>
      : never
    : z.ZodOptional<S[P]>;
};

/**
 * The patch schema of a fields schema: every field optional, and each of `clearable` (optional fields only, as the
 * type checks) accepting `null` to clear it.
 */
export function patchSchema<S extends Shape, K extends OptionalKeys<S> & string>(
  fields: z.ZodObject<S>,
  clearable: readonly K[],
): z.ZodObject<PatchShape<S, K>> {
  const clear = new Set<string>(clearable);
  const shape: Record<string, z.core.SomeType> = {};
  for (const [key, field] of Object.entries(fields.shape)) {
    shape[key] = clear.has(key) && field instanceof z.ZodOptional ? z.optional(z.nullable(field.unwrap())) : z.optional(field);
  }
  // The loop builds exactly PatchShape<S, K>; TypeScript cannot follow a mapped type through Object.entries.
  return z.object(shape) as unknown as z.ZodObject<PatchShape<S, K>>;
}
