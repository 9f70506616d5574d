import { describe, expect, it } from 'vitest';
import { inlineParts, labelKind, leadingLabel, PartsBuilder } from '../../../../shared/domain/past-minutes/decision-parts';

describe('the parts of a decision', () => {
  it('tells numbers, roman numerals and letters apart, with "i" after "h" a letter', () => {
    expect(labelKind('2')).toBe('numbers');
    expect(labelKind('ii')).toBe('roman');
    expect(labelKind('i')).toBe('roman');
    expect(labelKind('i', 'h')).toBe('letters');
    expect(labelKind('b')).toBe('letters');
  });

  it('reads a leading label in its printed forms, but not an initial before a name', () => {
    expect(leadingLabel('(2) That a workshop be held')).toEqual({ label: '2', text: 'That a workshop be held' });
    expect(leadingLabel('b) the reserves strategy')).toEqual({ label: 'b', text: 'the reserves strategy' });
    expect(leadingLabel('A. Smith reported')).toBeUndefined();
  });

  it('splits parts printed on one line', () => {
    expect(inlineParts('(1) That A; (2) That B.')).toEqual([
      { label: '1', text: 'That A;' },
      { label: '2', text: 'That B.' },
    ]);
    expect(inlineParts('That the report be noted.')).toEqual([{ text: 'That the report be noted.' }]);
  });

  it('nests a new kind of label one level in, and never more than one level at a time', () => {
    const parts = new PartsBuilder();
    parts.add('That the strategy be adopted, including:', '1');
    parts.add('the savings', 'a');
    parts.add('the reserves', 'b');
    parts.add('That it be published.', '2');
    expect(parts.parts.map((p) => [p.label, p.level])).toEqual([
      ['1', 0],
      ['a', 1],
      ['b', 1],
      ['2', 0],
    ]);
    expect(parts.numbering).toBe('numbers');
    const deep = new PartsBuilder();
    deep.add('first', undefined, 2);
    expect(deep.parts[0]?.level).toBe(0);
  });
});
