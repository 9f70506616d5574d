import type { NumberedItem } from '../../../../shared/api/views';

export type AgendaNode = { readonly item: NumberedItem; readonly children: readonly AgendaNode[] };
export type AgendaParts = { readonly public: readonly AgendaNode[]; readonly private: readonly AgendaNode[] };

/**
 * Turns the backend's flat, numbered list into the printed shape: items with their sub-items, public part first,
 * then the private part. The backend's order is kept. A sub-item whose parent is in the other part starts a
 * branch of its own part, and no item is ever dropped, even from a malformed list.
 */
export function groupAgenda(items: readonly NumberedItem[]): AgendaParts {
  const byId = new Map(items.map((item) => [item.id, item]));
  const isRoot = (item: NumberedItem): boolean => {
    const parent = item.parentId === null ? undefined : byId.get(item.parentId);
    return parent === undefined || parent.part !== item.part;
  };
  const childrenOf = new Map<string, NumberedItem[]>();
  for (const item of items) {
    if (isRoot(item) || item.parentId === null) continue;
    childrenOf.set(item.parentId, [...(childrenOf.get(item.parentId) ?? []), item]);
  }

  const placed = new Set<string>();
  const build = (item: NumberedItem): AgendaNode => {
    placed.add(item.id);
    const children = (childrenOf.get(item.id) ?? []).filter((child) => !placed.has(child.id)).map(build);
    return { item, children };
  };
  const all = items.filter(isRoot).map(build);
  // Only a cycle of parents leaves items unplaced; show them at the top level rather than lose them.
  for (const item of items) if (!placed.has(item.id)) all.push(build(item));
  return {
    public: all.filter((node) => node.item.part === 'public'),
    private: all.filter((node) => node.item.part === 'private'),
  };
}

/** Every item's time allowance added up, sub-items included. */
export function totalMinutes(items: readonly NumberedItem[]): number {
  return items.reduce((sum, item) => sum + (item.timeAllowanceMinutes ?? 0), 0);
}
