import { describe, expect, it } from 'vitest';
import { moveItem, numberAgenda } from '../../../shared/domain';
import type { AgendaItem } from '../../../shared/model';
import {
  indent,
  moveDown,
  moveOptions,
  moveUp,
  outdent,
  placeBeside,
  type Placement,
} from '../../../renderer/src/features/agenda-builder/agenda-moves';

type Spec = { title: string; parent?: string; exempt?: boolean };

/** Items stored as the backend stores them: `order` among siblings, exempt items mixed in with the rest. */
function stored(specs: readonly Spec[]): AgendaItem[] {
  const orderOf = new Map<string, number>();
  return specs.map((spec) => {
    const parentId = spec.parent ?? null;
    const order = orderOf.get(String(parentId)) ?? 0;
    orderOf.set(String(parentId), order + 1);
    return {
      id: spec.title,
      meetingId: 'm',
      parentId,
      order,
      title: spec.title,
      purpose: 'discussion',
      confidentiality: spec.exempt ? { access: 'exempt', category: 3 } : { access: 'public' },
      recommendations: [],
      attachmentIds: [],
      supplementary: false,
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-01T00:00:00Z',
    };
  });
}

/** Applies a placement the way the backend's `agenda.move` does, and prints the agenda. */
function after(items: readonly AgendaItem[], id: string, placement: Placement | null): string[] {
  expect(placement, `a move for ${id}`).not.toBeNull();
  if (!placement) return [];
  const changes = moveItem(items, id, placement.parentId, placement.index);
  const moved = items.map((item) => {
    const change = changes.find((c) => c.id === item.id);
    return change ? { ...item, parentId: change.parentId, order: change.order } : item;
  });
  return numberAgenda(moved).map((i) => `${i.number} ${i.title}`);
}

const AGENDA = stored([
  { title: 'Apologies' },
  { title: 'Budget' },
  { title: 'Contract award', exempt: true },
  { title: 'Housing' },
  { title: 'Rents', parent: 'Housing' },
  { title: 'Repairs', parent: 'Housing' },
  { title: 'Any other business' },
]);
const numbered = numberAgenda(AGENDA);

describe('moving agenda items by keyboard or buttons', () => {
  it('prints the starting agenda with the exempt item in the private part', () => {
    expect(numbered.map((i) => `${i.number} ${i.title}`)).toEqual([
      '1 Apologies',
      '2 Budget',
      '3 Housing',
      '3.1 Rents',
      '3.2 Repairs',
      '4 Any other business',
      '5 Contract award',
    ]);
  });

  it('moves an item up or down past the item shown beside it, skipping private items stored between them', () => {
    expect(after(AGENDA, 'Housing', moveUp(numbered, 'Housing'))).toEqual([
      '1 Apologies',
      '2 Housing',
      '2.1 Rents',
      '2.2 Repairs',
      '3 Budget',
      '4 Any other business',
      '5 Contract award',
    ]);
    expect(after(AGENDA, 'Budget', moveDown(numbered, 'Budget')).slice(0, 3)).toEqual(['1 Apologies', '2 Housing', '2.1 Rents']);
    expect(after(AGENDA, 'Rents', moveDown(numbered, 'Rents'))).toContain('3.1 Repairs');
  });

  it('will not move the first item up or the last item down', () => {
    expect(moveUp(numbered, 'Apologies')).toBeNull();
    expect(moveDown(numbered, 'Any other business')).toBeNull();
    expect(moveUp(numbered, 'Rents')).toBeNull();
    // The only private item has nothing beside it in its part.
    expect(moveOptions(numbered, 'Contract award')).toMatchObject({ up: null, down: null });
  });

  it('indents an item under the one above it, and outdents it back after its parent', () => {
    expect(after(AGENDA, 'Budget', indent(numbered, 'Budget'))).toEqual([
      '1 Apologies',
      '1.1 Budget',
      '2 Housing',
      '2.1 Rents',
      '2.2 Repairs',
      '3 Any other business',
      '4 Contract award',
    ]);
    expect(after(AGENDA, 'Any other business', indent(numbered, 'Any other business'))).toContain('3.3 Any other business');
    expect(after(AGENDA, 'Rents', outdent(numbered, 'Rents'))).toEqual([
      '1 Apologies',
      '2 Budget',
      '3 Housing',
      '3.1 Repairs',
      '4 Rents',
      '5 Any other business',
      '6 Contract award',
    ]);
  });

  it('nests only one level deep', () => {
    expect(indent(numbered, 'Repairs')).toBeNull(); // would be 3.1.1
    expect(indent(numbered, 'Housing')).toBeNull(); // has sub-items of its own
    expect(indent(numbered, 'Apologies')).toBeNull(); // nothing above it
    expect(outdent(numbered, 'Budget')).toBeNull();
  });
});

describe('moving agenda items by dragging', () => {
  it('drops an item before or after another at the same level', () => {
    expect(after(AGENDA, 'Any other business', placeBeside(numbered, 'Any other business', 'Budget', 'before')).slice(0, 3)).toEqual([
      '1 Apologies',
      '2 Any other business',
      '3 Budget',
    ]);
    expect(after(AGENDA, 'Apologies', placeBeside(numbered, 'Apologies', 'Housing', 'after'))).toEqual([
      '1 Budget',
      '2 Housing',
      '2.1 Rents',
      '2.2 Repairs',
      '3 Apologies',
      '4 Any other business',
      '5 Contract award',
    ]);
  });

  it('makes a sub-item when dropped beside one', () => {
    expect(after(AGENDA, 'Budget', placeBeside(numbered, 'Budget', 'Repairs', 'before'))).toContain('2.2 Budget');
  });

  it('refuses drops across parts, into itself, or too deep', () => {
    expect(placeBeside(numbered, 'Budget', 'Contract award', 'after')).toBeNull();
    expect(placeBeside(numbered, 'Housing', 'Rents', 'after')).toBeNull();
    expect(placeBeside(numbered, 'Budget', 'Budget', 'after')).toBeNull();
  });
});
