import type { z } from 'zod';

/*
 * A read-only look at a zod (v4) schema's definition, enough to generate values for it: its kind, and the parts a
 * generator needs (shape, options, inner schema, checks). zod keeps these on `_zod.def`.
 */

export type Def = { readonly type: string } & Readonly<Record<string, unknown>>;
export type Check = {
  readonly check?: string;
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: number | bigint;
  readonly inclusive?: boolean;
  readonly pattern?: RegExp;
};

export const defOf = (schema: z.ZodType): Def => (schema as unknown as { readonly _zod: { readonly def: Def } })._zod.def;

export const schemaAt = (def: Def, key: string): z.ZodType | undefined => def[key] as z.ZodType | undefined;

export function checksOf(def: Def): Check[] {
  const checks = def['checks'];
  if (!Array.isArray(checks)) return [];
  return checks.map((check: unknown) => (check as { readonly _zod: { readonly def: Check } })._zod.def);
}

/** The length bounds a string or array schema states. */
export function lengthBounds(def: Def): { min: number; max: number } {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  for (const check of checksOf(def)) {
    if (check.check === 'min_length' && typeof check.minimum === 'number') min = Math.max(min, check.minimum);
    if (check.check === 'max_length' && typeof check.maximum === 'number') max = Math.min(max, check.maximum);
    if (check.check === 'length_equals' && typeof check.value === 'number') [min, max] = [check.value, check.value];
  }
  return { min, max };
}

/** The numeric bounds a number schema states, and whether it wants whole numbers. */
export function numberBounds(def: Def): { min: number; max: number; int: boolean } {
  let min = Number.NEGATIVE_INFINITY;
  let max = Number.POSITIVE_INFINITY;
  let int = false;
  for (const check of checksOf(def)) {
    const value = typeof check.value === 'number' ? check.value : undefined;
    if (check.check === 'greater_than' && value !== undefined) min = check.inclusive === true ? value : value + (int ? 1 : 1e-9);
    if (check.check === 'less_than' && value !== undefined) max = check.inclusive === true ? value : value - (int ? 1 : 1e-9);
    if (check.check === 'number_format' && (check.format === 'safeint' || check.format === 'int32')) int = true;
  }
  return { min, max, int };
}

/** The string format a schema states (`date`, `datetime`, `url`, `base64`, `regex`, ...), if any. */
export function stringFormat(def: Def): string | undefined {
  if (typeof def['format'] === 'string') return def['format'];
  return checksOf(def).find((check) => check.check === 'string_format')?.format;
}
