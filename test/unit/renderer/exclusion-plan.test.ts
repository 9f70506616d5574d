import { describe, expect, it } from 'vitest';
import type { NumberedItem } from '../../../shared/api/views';
import type { Resolution } from '../../../shared/model/resolution';
import { exclusionPlan } from '../../../renderer/src/features/live-minutes/exclusion-plan';
import { item } from '../../support/builders';

const T = '2025-06-10T13:00:00.000Z';
const numbered = (id: string, number: string, part: 'public' | 'private', category?: 1 | 3, depth = 0): NumberedItem => ({
  ...item(id, Number(number), category === undefined ? {} : { confidentiality: { access: 'exempt', category } }),
  number,
  depth,
  part,
});

describe('where the resolution to exclude the press and public goes', () => {
  const items = [
    numbered('a', '1', 'public'),
    numbered('a1', '1.1', 'public', undefined, 1),
    numbered('b', '2', 'private', 3),
    numbered('c', '3', 'private', 1),
  ];

  it('goes under the last public main item, citing every paragraph of the private part', () => {
    const plan = exclusionPlan(items, []);
    expect(plan?.host.id).toBe('a');
    expect(plan?.firstExempt.id).toBe('b');
    expect(plan?.text).toContain('for the following items of business');
    expect(plan?.text).toContain('paragraphs 1 and 3 of Part 1 of Schedule 12A');
    expect(plan?.drafted).toBeUndefined();
  });

  it('goes under the public item just before the first exempt one when exempt items are kept in the order taken', () => {
    const taken = [numbered('a', '1', 'public'), numbered('b', '2', 'private', 3), numbered('c', '3', 'public')];
    expect(exclusionPlan(taken, [])?.host.id).toBe('a');
  });

  it('speaks of one item under several paragraphs in the singular, citing each', () => {
    const one = [
      numbered('a', '1', 'public'),
      { ...numbered('b', '2', 'private'), confidentiality: { access: 'exempt' as const, category: 3 as const, furtherCategories: [1 as const] } },
    ];
    const text = exclusionPlan(one, [])?.text ?? '';
    expect(text).toContain('for the following item of business on the grounds that it involves');
    expect(text).toContain('paragraphs 1 and 3 of Part 1 of Schedule 12A');
  });

  it('knows when it is drafted, and is not needed when every item is public', () => {
    const plan = exclusionPlan(items, []);
    const drafted: Resolution = {
      id: 'r',
      meetingId: 'm1',
      itemId: 'a',
      order: 0,
      kind: 'RESOLVED',
      parts: [{ id: 'p', text: plan?.text ?? '' }],
      createdAt: T,
      updatedAt: T,
    };
    expect(exclusionPlan(items, [drafted])?.drafted?.id).toBe('r');
    expect(exclusionPlan([numbered('a', '1', 'public')], [])).toBeUndefined();
  });

  it('falls back to the first exempt item when there is no public item at all', () => {
    expect(exclusionPlan([numbered('b', '1', 'private', 3)], [])?.host.id).toBe('b');
  });
});
