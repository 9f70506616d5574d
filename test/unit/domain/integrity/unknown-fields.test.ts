import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { unknownFields } from '../../../../shared/domain/integrity';

const Item = z.object({ title: z.string(), parts: z.array(z.object({ text: z.string() })), order: z.number().default(0) });

describe('fields that parsing would drop', () => {
  it('finds a misspelt field at any depth, at its path', () => {
    const input = { title: 'Budget', parts: [{ text: 'That.' }, { text: 'And.', lvel: 1 }], chiar: 'p1' };
    expect(unknownFields(input, Item.parse(input))).toEqual([['parts', 1, 'lvel'], ['chiar']]);
  });

  it('does not count a field the schema filled in with its default', () => {
    const input = { title: 'Budget', parts: [] };
    expect(unknownFields(input, Item.parse(input))).toEqual([]);
  });

  it('names a field called constructor, which every object inherits, as unknown too', () => {
    const input = JSON.parse('{"title":"Budget","parts":[],"constructor":"x"}') as unknown;
    expect(unknownFields(input, Item.parse(input))).toEqual([['constructor']]);
  });
});
