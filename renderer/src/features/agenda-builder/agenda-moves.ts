import type { NumberedItem } from '../../../../shared/api/views';

/** Where an item goes, in the terms of `agenda.move`: its new parent, and its index among that parent's children. */
export type Placement = { readonly parentId: string | null; readonly index: number };

/** Agendas nest one level: item 3 may have 3.1 and 3.2, but not 3.1.1. */
export const MAX_DEPTH = 1;

type Item = Pick<NumberedItem, 'id' | 'parentId' | 'order' | 'createdAt' | 'part' | 'depth'>;

const byOrder = (a: Item, b: Item): number => a.order - b.order || a.createdAt.localeCompare(b.createdAt);

/** Items beside this one as the clerk sees them: same parent and same part, in printed order. */
function shownSiblings<T extends Item>(items: readonly T[], item: T): T[] {
  return items.filter((i) => i.parentId === item.parentId && i.part === item.part);
}

const hasChildren = (items: readonly Item[], id: string): boolean => items.some((i) => i.parentId === id);

/**
 * The backend counts an index among all of the parent's children in stored order, public and private alike,
 * without the moving item; the clerk points at an item on screen. This turns one into the other.
 */
function indexBeside(items: readonly Item[], parentId: string | null, movingId: string, anchorId: string, side: 'before' | 'after'): number {
  const siblings = items.filter((i) => i.parentId === parentId && i.id !== movingId).sort(byOrder);
  const at = siblings.findIndex((i) => i.id === anchorId);
  return side === 'before' ? at : at + 1;
}

export function moveUp(items: readonly Item[], id: string): Placement | null {
  const item = items.find((i) => i.id === id);
  if (!item) return null;
  const siblings = shownSiblings(items, item);
  const previous = siblings[siblings.indexOf(item) - 1];
  if (!previous) return null;
  return { parentId: item.parentId, index: indexBeside(items, item.parentId, id, previous.id, 'before') };
}

export function moveDown(items: readonly Item[], id: string): Placement | null {
  const item = items.find((i) => i.id === id);
  if (!item) return null;
  const siblings = shownSiblings(items, item);
  const next = siblings[siblings.indexOf(item) + 1];
  if (!next) return null;
  return { parentId: item.parentId, index: indexBeside(items, item.parentId, id, next.id, 'after') };
}

/** Makes the item the last sub-item of the item above it. */
export function indent(items: readonly Item[], id: string): Placement | null {
  const item = items.find((i) => i.id === id);
  if (!item || item.depth >= MAX_DEPTH || hasChildren(items, id)) return null;
  const siblings = shownSiblings(items, item);
  const previous = siblings[siblings.indexOf(item) - 1];
  if (!previous) return null;
  return { parentId: previous.id, index: items.filter((i) => i.parentId === previous.id).length };
}

/** Makes a sub-item a main item, just after the item it was under. */
export function outdent(items: readonly Item[], id: string): Placement | null {
  const item = items.find((i) => i.id === id);
  if (!item || item.parentId === null) return null;
  const parent = items.find((i) => i.id === item.parentId);
  if (!parent) return null;
  return { parentId: parent.parentId, index: indexBeside(items, parent.parentId, id, parent.id, 'after') };
}

/**
 * Drops an item before or after another (dragging with the mouse). It takes the target's level, so dropping
 * beside a sub-item makes a sub-item. Refused across the public and private parts (being exempt decides the part)
 * and where nesting would go too deep.
 */
export function placeBeside(items: readonly Item[], movingId: string, targetId: string, side: 'before' | 'after'): Placement | null {
  const moving = items.find((i) => i.id === movingId);
  const target = items.find((i) => i.id === targetId);
  if (!moving || !target || moving.id === target.id) return null;
  if (target.part !== moving.part) return null;
  if (isWithin(items, target, movingId)) return null;
  if (target.depth > 0 && hasChildren(items, movingId)) return null;
  return { parentId: target.parentId, index: indexBeside(items, target.parentId, movingId, target.id, side) };
}

/** What each move would do for one item: null where it cannot be made. */
export type MoveOptions = {
  readonly up: Placement | null;
  readonly down: Placement | null;
  readonly indent: Placement | null;
  readonly outdent: Placement | null;
};

export function moveOptions(items: readonly Item[], id: string): MoveOptions {
  return { up: moveUp(items, id), down: moveDown(items, id), indent: indent(items, id), outdent: outdent(items, id) };
}

function isWithin(items: readonly Item[], item: Item, ancestorId: string): boolean {
  for (let current: Item | undefined = item; current; current = items.find((i) => i.id === current?.parentId)) {
    if (current.id === ancestorId) return true;
    if (current.parentId === null) return false;
  }
  return false;
}
