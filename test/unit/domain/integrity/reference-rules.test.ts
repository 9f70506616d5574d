import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHECKED_ELSEWHERE, REFERENCE_RULES } from '../../../../shared/domain/integrity';
import { COLLECTIONS, COLLECTION_NAMES } from '../../../../shared/model';

type JsonSchema = {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
};

/** Every field named like an id (`…Id`, `…Ids`) in a schema, as a path pattern: `lines[].rateId`, `attachmentIds[]`. */
function idFields(schema: JsonSchema, at = ''): string[] {
  const found: string[] = [];
  for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) found.push(...idFields(branch, at));
  if (schema.items !== undefined) found.push(...idFields(schema.items, `${at}[]`));
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const path = at === '' ? key : `${at}.${key}`;
    if (/[a-z]Ids?$/.test(key)) found.push(key.endsWith('Ids') ? `${path}[]` : path);
    else found.push(...idFields(property, path));
  }
  return [...new Set(found)];
}

describe('the reference rules', () => {
  for (const collection of COLLECTION_NAMES) {
    const fields = idFields(z.toJSONSchema(COLLECTIONS[collection], { io: 'input', unrepresentable: 'any' }) as JsonSchema);
    const ruled = [...REFERENCE_RULES[collection].map((rule) => rule.path), ...(CHECKED_ELSEWHERE[collection] ?? [])];

    it(`check every id field of ${collection}`, () => {
      expect(fields.filter((field) => !ruled.includes(field))).toEqual([]);
    });

    it(`name only fields that ${collection} has`, () => {
      expect(ruled.filter((path) => !fields.includes(path))).toEqual([]);
    });
  }
});
