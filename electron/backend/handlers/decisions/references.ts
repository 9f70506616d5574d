import { minuteLabels, numberAgenda, resolutionReference } from '../../../../shared/domain';
import type { AgendaItem, Board, Meeting, Resolution } from '../../../../shared/model';
import type { Op } from '../../store/repository-types';
import type { HandlerContext } from '../handler-context';

/**
 * Puts that bring every resolution's reference into line with the board's scheme: position within its item,
 * and the item's minute label. `overrides` are resolutions about to be written, which win over the stored ones.
 */
export function referenceOps(
  ctx: HandlerContext,
  board: Board,
  meeting: Meeting,
  changes: { readonly overrides?: readonly Resolution[]; readonly removed?: readonly string[]; readonly items?: readonly AgendaItem[] } = {},
): Op[] {
  const records = ctx.repo.meeting(meeting.id);
  const { overrides = [], removed = [], items = records.agendaItems } = changes;
  const labels = minuteLabels(board, meeting.date, numberAgenda(items));
  const byId = new Map(records.resolutions.map((r) => [r.id, r]));
  for (const r of overrides) byId.set(r.id, r);
  for (const id of removed) byId.delete(id);
  const byItem = new Map<string, Resolution[]>();
  for (const r of byId.values()) byItem.set(r.itemId, [...(byItem.get(r.itemId) ?? []), r]);
  const ops: Op[] = [];
  for (const [itemId, list] of byItem) {
    const label = labels.get(itemId);
    list.sort((a, b) => a.order - b.order);
    list.forEach((r, i) => {
      const reference = label === undefined ? undefined : resolutionReference(board, meeting.date, label, i + 1);
      const isOverride = overrides.some((o) => o.id === r.id);
      if (reference === r.reference && r.order === i && !isOverride) return;
      const { reference: _old, ...rest } = r;
      const record: Resolution = reference === undefined ? { ...rest, order: i } : { ...rest, order: i, reference };
      ops.push({ type: 'put', collection: 'resolutions', record });
    });
  }
  return ops;
}

/** The resolution as `ops` will write it. */
export function writtenResolution(ops: readonly Op[], id: string): Resolution | undefined {
  for (const op of ops) if (op.type === 'put' && op.collection === 'resolutions' && op.record.id === id) return op.record;
  return undefined;
}
