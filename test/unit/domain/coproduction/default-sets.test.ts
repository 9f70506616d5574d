import { describe, expect, it } from 'vitest';
import { boardCopyOfDefault, DEFAULT_CRITERIA_SETS, DEFAULT_SET_KEYS, defaultCriteriaSet } from '../../../../shared/domain/coproduction/default-sets';
import { CriteriaSet } from '../../../../shared/model';

describe('the shipped criteria sets', () => {
  it('ship the six-point test, the SCIE principles and the ladder of participation, one for each key', () => {
    expect(DEFAULT_CRITERIA_SETS.map((s) => s.key)).toEqual([...DEFAULT_SET_KEYS]);
    expect(defaultCriteriaSet('six-point-test').criteria.map((c) => c.name)).toEqual([
      'Whole-life involvement',
      'Blurred boundaries',
      'Reciprocal reward',
      'Diverse group involvement',
      'Equal valuation of assets',
      'Shared responsibility',
    ]);
    expect(defaultCriteriaSet('scie-principles').criteria.map((c) => c.name)).toEqual(['Equality', 'Diversity', 'Accessibility', 'Reciprocity']);
  });

  it('score the principles from "Not yet" to "Fully", and the ladder on its five rungs, lowest first', () => {
    expect(defaultCriteriaSet('six-point-test').scale).toEqual(['Not yet', 'Partly', 'Mostly', 'Fully']);
    expect(defaultCriteriaSet('scie-principles').scale).toEqual(['Not yet', 'Partly', 'Mostly', 'Fully']);
    const ladder = defaultCriteriaSet('ladder-of-participation');
    expect(ladder.criteria.map((c) => c.name)).toEqual(['How far did people take part?']);
    expect(ladder.scale).toEqual(['Informing', 'Consultation', 'Engagement', 'Co-design', 'Co-production']);
  });

  it('ask each criterion as a plain-English question', () => {
    for (const set of DEFAULT_CRITERIA_SETS) {
      for (const criterion of set.criteria) {
        expect(criterion.question.length, criterion.name).toBeGreaterThan(20);
        expect(criterion.question, criterion.name).toMatch(/[?.]$/);
      }
    }
  });

  it('make a board its own valid copy, which can change without touching the shipped set', () => {
    const copy = boardCopyOfDefault(defaultCriteriaSet('scie-principles'), { id: 's1', boardId: 'b1', now: '2025-01-01T10:00:00.000Z' });
    expect(CriteriaSet.parse(copy)).toEqual(copy);
    expect(copy).toMatchObject({ id: 's1', boardId: 'b1', name: 'SCIE principles', archived: false });
    copy.criteria[0] = { id: 'equality', name: 'Equal say' };
    copy.scale.push('Beyond');
    expect(defaultCriteriaSet('scie-principles').criteria[0]?.name).toBe('Equality');
    expect(defaultCriteriaSet('scie-principles').scale).toHaveLength(4);
  });
});
