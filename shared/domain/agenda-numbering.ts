import type { AgendaItem, ExemptItemsOrder } from '../model';

export type NumberedAgendaItem = AgendaItem & {
  /** The printed number ("3", "3.1"); empty for an item the council does not number. */
  readonly number: string;
  readonly depth: number;
  /** Private when exempt, unless the motion to exclude the press and public was lost: then it was taken in public. */
  readonly part: 'public' | 'private';
};

export type AgendaOrderOptions = {
  /** Exempt items after every public item (`at-end`, the default) or where they were placed (`as-taken`). */
  readonly exemptOrder?: ExemptItemsOrder | undefined;
};

const isExempt = (item: AgendaItem): boolean => item.confidentiality.access === 'exempt';
const takenInPrivate = (item: AgendaItem): boolean => item.confidentiality.access === 'exempt' && item.confidentiality.exclusionMotion !== 'lost';
const byOrder = (a: AgendaItem, b: AgendaItem): number => a.order - b.order || a.createdAt.localeCompare(b.createdAt);

/**
 * Agenda order and printed numbers. Exempt top-level items form the private part after every public item (the
 * "Part II" of an agenda), unless the board keeps them in the order taken; sub-items follow their parent and are
 * numbered 3.1, 3.2, ... An unnumbered item (and what sits under it) prints no number and takes none from the rest.
 */
export function numberAgenda(items: readonly AgendaItem[], options: AgendaOrderOptions = {}): NumberedAgendaItem[] {
  const children = new Map<string | null, AgendaItem[]>();
  for (const item of items) {
    const siblings = children.get(item.parentId) ?? [];
    siblings.push(item);
    children.set(item.parentId, siblings);
  }
  const topLevel = [...(children.get(null) ?? [])].sort(byOrder);
  const ordered = options.exemptOrder === 'as-taken' ? topLevel : [...topLevel.filter((i) => !isExempt(i)), ...topLevel.filter(isExempt)];
  const out: NumberedAgendaItem[] = [];
  const walk = (item: AgendaItem, number: string, depth: number, parentPart: 'public' | 'private'): void => {
    const part = parentPart === 'private' || takenInPrivate(item) ? 'private' : 'public';
    out.push({ ...item, number, depth, part });
    let position = 0;
    for (const kid of [...(children.get(item.id) ?? [])].sort(byOrder)) {
      const numbered = number !== '' && kid.unnumbered !== true;
      if (numbered) position += 1;
      walk(kid, numbered ? `${number}.${position}` : '', depth + 1, part);
    }
  };
  let position = 0;
  for (const item of ordered) {
    if (item.unnumbered !== true) position += 1;
    walk(item, item.unnumbered === true ? '' : String(position), 0, 'public');
  }
  return out;
}

/** The ids of an item and everything nested under it. */
export function itemWithDescendants(items: readonly AgendaItem[], id: string): string[] {
  const out = [id];
  for (let i = 0; i < out.length; i += 1) {
    for (const item of items) if (item.parentId === out[i]) out.push(item.id);
  }
  return out;
}

/**
 * New `order` values after moving `id` to position `index` among the children of `parentId`.
 * Returns only the items whose parent or order changed.
 */
export function moveItem(
  items: readonly AgendaItem[],
  id: string,
  parentId: string | null,
  index: number,
): { id: string; parentId: string | null; order: number }[] {
  const moving = items.find((i) => i.id === id);
  if (moving === undefined) return [];
  const siblings = items.filter((i) => i.parentId === parentId && i.id !== id).sort(byOrder);
  const at = Math.max(0, Math.min(index, siblings.length));
  const next = [...siblings.slice(0, at), moving, ...siblings.slice(at)];
  const changes: { id: string; parentId: string | null; order: number }[] = [];
  next.forEach((item, order) => {
    if (item.order !== order || item.parentId !== parentId) changes.push({ id: item.id, parentId, order });
  });
  // Close the gap the item left among its old siblings.
  if (moving.parentId !== parentId) {
    items
      .filter((i) => i.parentId === moving.parentId && i.id !== id)
      .sort(byOrder)
      .forEach((item, order) => {
        if (item.order !== order) changes.push({ id: item.id, parentId: item.parentId, order });
      });
  }
  return changes;
}
