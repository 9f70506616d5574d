import { describe, expect, it } from 'vitest';
import type { NumberedItem } from '../../../shared/api/views';
import { groupAgenda, totalMinutes } from '../../../renderer/src/features/agenda/group-agenda';
import type { AgendaNode } from '../../../renderer/src/features/agenda/group-agenda';

const item = (id: string, number: string, extra: Partial<NumberedItem> = {}): NumberedItem => ({
  id,
  meetingId: 'm',
  parentId: null,
  order: 0,
  title: `Item ${number}`,
  purpose: 'information',
  confidentiality: { access: 'public' },
  recommendations: [],
  attachmentIds: [],
  supplementary: false,
  number,
  depth: number.split('.').length - 1,
  part: 'public',
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
  ...extra,
});
const exempt = { confidentiality: { access: 'exempt', category: 3 }, part: 'private' } as const;

const outline = (nodes: readonly AgendaNode[]): unknown[] =>
  nodes.map((n) => (n.children.length ? [n.item.number, outline(n.children)] : n.item.number));

describe('grouping an agenda for display', () => {
  it('nests sub-items under their item, in the order given', () => {
    const parts = groupAgenda([
      item('a', '1'),
      item('b', '2'),
      item('b1', '2.1', { parentId: 'b' }),
      item('b2', '2.2', { parentId: 'b' }),
      item('c', '3'),
    ]);
    expect(outline(parts.public)).toEqual(['1', ['2', ['2.1', '2.2']], '3']);
    expect(parts.private).toEqual([]);
  });

  it('puts exempt items in the private part', () => {
    const parts = groupAgenda([item('a', '1'), item('x', '2', exempt), item('x1', '2.1', { ...exempt, parentId: 'x' })]);
    expect(outline(parts.public)).toEqual(['1']);
    expect(outline(parts.private)).toEqual([['2', ['2.1']]]);
  });

  it('keeps an exempt sub-item of a public item, in the private part', () => {
    const parts = groupAgenda([item('a', '1'), item('a1', '1.1', { ...exempt, parentId: 'a' })]);
    expect(outline(parts.public)).toEqual(['1']);
    expect(outline(parts.private)).toEqual(['1.1']);
  });

  it('shows every item once when parents are missing or go round in a circle', () => {
    const parts = groupAgenda([item('a', '1', { parentId: 'gone' }), item('p', '2', { parentId: 'q' }), item('q', '3', { parentId: 'p' })]);
    const numbers = JSON.stringify(outline(parts.public)).match(/\d+/g) ?? [];
    expect(numbers.toSorted()).toEqual(['1', '2', '3']);
  });

  it('adds up the time allowed, sub-items included', () => {
    expect(totalMinutes([item('a', '1', { timeAllowanceMinutes: 10 }), item('b', '1.1', { timeAllowanceMinutes: 5 }), item('c', '2')])).toBe(15);
  });
});
