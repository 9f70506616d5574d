import type { AgendaItem } from '../model';

export type NumberedAgendaItem = AgendaItem & {
  readonly number: string;
  readonly depth: number;
  readonly part: 'public' | 'private';
};

const isExempt = (item: AgendaItem): boolean => item.confidentiality.access === 'exempt';
const byOrder = (a: AgendaItem, b: AgendaItem): number => a.order - b.order || a.createdAt.localeCompare(b.createdAt);

/**
 * Agenda order and printed numbers. Exempt top-level items form the private part after every public item (the
 * "Part II" of an agenda); sub-items follow their parent and are numbered 3.1, 3.2, ...
 */
export function numberAgenda(items: readonly AgendaItem[]): NumberedAgendaItem[] {
  const children = new Map<string | null, AgendaItem[]>();
  for (const item of items) {
    const siblings = children.get(item.parentId) ?? [];
    siblings.push(item);
    children.set(item.parentId, siblings);
  }
  const topLevel = [...(children.get(null) ?? [])].sort(byOrder);
  const ordered = [...topLevel.filter((i) => !isExempt(i)), ...topLevel.filter(isExempt)];
  const out: NumberedAgendaItem[] = [];
  const walk = (item: AgendaItem, number: string, depth: number, parentPart: 'public' | 'private'): void => {
    const part = parentPart === 'private' || isExempt(item) ? 'private' : 'public';
    out.push({ ...item, number, depth, part });
    const kids = [...(children.get(item.id) ?? [])].sort(byOrder);
    kids.forEach((kid, i) => walk(kid, `${number}.${i + 1}`, depth + 1, part));
  };
  ordered.forEach((item, i) => walk(item, String(i + 1), 0, 'public'));
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
