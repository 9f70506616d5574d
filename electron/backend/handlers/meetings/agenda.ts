import { itemWithDescendants, moveItem } from '../../../../shared/domain';
import { AgendaItem, type Board, type Meeting, type StandardItemKind } from '../../../../shared/model';
import type { Op } from '../../store/repository-types';
import type { ParsedInput } from '../../../../shared/api';
import { ApiFailure, type HandlerContext, type HandlerMap } from '../handler-context';
import { requireBoard, requireEditableMeeting, requireInMeeting, requirePerson, stamps } from '../lookup';
import { mergePatch } from '../merge-patch';
import { numberedItems } from './views';

const DEFAULT_CLOSING: readonly StandardItemKind[] = ['any-other-business', 'date-of-next-meeting'];

/** Changes made after the agenda is published appear as supplementary items. */
const isSupplementary = (meeting: Meeting): boolean => meeting.status === 'agenda-published';

/** Business goes before the closing standard items (any other business, date of next meeting). */
function defaultIndex(items: readonly AgendaItem[], board: Board): number {
  const closing = new Set<StandardItemKind>([...DEFAULT_CLOSING, ...board.standardItems.filter((s) => s.position === 'closing').map((s) => s.kind)]);
  const topLevel = items.filter((i) => i.parentId === null).sort((a, b) => a.order - b.order);
  const firstClosing = topLevel.findIndex((i) => i.standardKind !== undefined && closing.has(i.standardKind));
  return firstClosing === -1 ? topLevel.length : firstClosing;
}

function orderOps(ctx: HandlerContext, items: readonly AgendaItem[], changes: ReturnType<typeof moveItem>, except?: string): Op[] {
  const now = ctx.clock.now();
  return changes
    .filter((c) => c.id !== except)
    .map((c) => {
      const item = items.find((i) => i.id === c.id);
      if (item === undefined) throw new ApiFailure('internal', 'An agenda item went missing while reordering.');
      return { type: 'put', collection: 'agendaItems', record: { ...item, parentId: c.parentId, order: c.order, updatedAt: now } };
    });
}

function requireParent(items: readonly AgendaItem[], parentId: string | null, movingId?: string): void {
  if (parentId === null) return;
  if (!items.some((i) => i.id === parentId)) throw new ApiFailure('not_found', 'There is no such parent item in this meeting.', 'parentId');
  if (movingId !== undefined && itemWithDescendants(items, movingId).includes(parentId)) {
    throw new ApiFailure('conflict', 'An item cannot be placed inside itself or one of its own sub-items.', 'parentId');
  }
}

/** The chair named for an item must be someone Minute Book knows. */
function requireChair(ctx: HandlerContext, personId: string | null | undefined, path: string): void {
  if (personId !== undefined && personId !== null) requirePerson(ctx, personId, path);
}

/** The fields of a new item, as `agenda.add` takes them. */
export type NewItemFields = Omit<ParsedInput<'agenda.add'>, 'meetingId' | 'parentId' | 'index'>;

/**
 * A new item, placed (business before the closing standard items unless told where), and the renumbering it causes:
 * the puts to commit, alone or as part of a larger change.
 */
export function plannedItem(
  ctx: HandlerContext,
  meeting: Meeting,
  fields: NewItemFields,
  parentId: string | null,
  index?: number,
): { readonly item: AgendaItem; readonly ops: Op[] } {
  const board = requireBoard(ctx, meeting.boardId);
  const items = ctx.repo.meeting(meeting.id).agendaItems;
  requireParent(items, parentId);
  const item = AgendaItem.parse({
    confidentiality: { access: 'public' },
    recommendations: [],
    attachmentIds: [],
    ...fields,
    id: ctx.ids.next(),
    meetingId: meeting.id,
    parentId,
    order: Number.MAX_SAFE_INTEGER,
    supplementary: isSupplementary(meeting),
    ...stamps(ctx),
  });
  const all = [...items, item];
  const at = index ?? (parentId === null ? defaultIndex(items, board) : Number.MAX_SAFE_INTEGER);
  const changes = moveItem(all, item.id, parentId, at);
  const placed = { ...item, order: changes.find((c) => c.id === item.id)?.order ?? 0 };
  return { item: placed, ops: [{ type: 'put', collection: 'agendaItems', record: placed }, ...orderOps(ctx, all, changes, item.id)] };
}

export const agendaHandlers: HandlerMap<'agenda.add' | 'agenda.update' | 'agenda.move' | 'agenda.remove'> = {
  'agenda.add': (input, ctx) => {
    const meeting = requireEditableMeeting(ctx, input.meetingId);
    const { meetingId: _m, parentId, index, ...fields } = input;
    requireChair(ctx, fields.chairPersonId, 'chairPersonId');
    const { item, ops } = plannedItem(ctx, meeting, fields, parentId ?? null, index);
    ctx.repo.commit(ops);
    return item;
  },

  'agenda.update': (input, ctx) => {
    const meeting = requireEditableMeeting(ctx, input.meetingId);
    const item = requireInMeeting(ctx, meeting.id, 'agendaItems', input.id);
    const records = ctx.repo.meeting(meeting.id);
    requireChair(ctx, input.patch.chairPersonId, 'patch.chairPersonId');
    if (input.patch.unnumbered !== undefined && (input.patch.unnumbered ?? false) !== (item.unnumbered ?? false) && item.minuteNumber !== undefined) {
      throw new ApiFailure('conflict', 'The minutes are drafted and numbered, so whether this item has a number is fixed.', 'patch.unnumbered');
    }
    for (const attachmentId of input.patch.attachmentIds ?? []) {
      if (!records.attachments.some((a) => a.id === attachmentId)) {
        throw new ApiFailure('not_found', 'One of the attachments is not part of this meeting.', 'patch.attachmentIds');
      }
    }
    const next = AgendaItem.parse({
      ...mergePatch(item, input.patch),
      // An easy-read summary is a companion to the published agenda, not a change to it.
      supplementary:
        item.supplementary ||
        (isSupplementary(meeting) && Object.entries(input.patch).some(([key, value]) => value !== undefined && key !== 'easyReadSummary')),
      updatedAt: ctx.clock.now(),
    });
    ctx.repo.commit([{ type: 'put', collection: 'agendaItems', record: next }]);
    return next;
  },

  'agenda.move': (input, ctx) => {
    const meeting = requireEditableMeeting(ctx, input.meetingId);
    const board = requireBoard(ctx, meeting.boardId);
    const items = ctx.repo.meeting(meeting.id).agendaItems;
    const moving = requireInMeeting(ctx, meeting.id, 'agendaItems', input.id);
    if (moving.minuteNumber !== undefined) {
      throw new ApiFailure('conflict', 'The minutes are drafted and numbered, so the order of items is fixed.');
    }
    requireParent(items, input.parentId, input.id);
    const ops = orderOps(ctx, items, moveItem(items, input.id, input.parentId, input.index));
    if (ops.length > 0) ctx.repo.commit(ops);
    return numberedItems(ctx, meeting, board);
  },

  'agenda.remove': (input, ctx) => {
    const meeting = requireEditableMeeting(ctx, input.meetingId);
    requireInMeeting(ctx, meeting.id, 'agendaItems', input.id);
    const records = ctx.repo.meeting(meeting.id);
    const ids = itemWithDescendants(records.agendaItems, input.id);
    const dependants = [
      [records.minutes.filter((m) => ids.includes(m.itemId) && m.text.trim() !== '').length, 'minute'],
      [records.resolutions.filter((r) => ids.includes(r.itemId)).length, 'decision'],
      [records.actions.filter((a) => a.itemId !== undefined && ids.includes(a.itemId)).length, 'action'],
      [records.declarations.filter((d) => ids.includes(d.itemId)).length, 'declaration'],
    ] as const;
    const held = dependants.filter(([n]) => n > 0).map(([n, noun]) => `${n} ${noun}${n === 1 ? '' : 's'}`);
    if (held.length > 0) {
      throw new ApiFailure('conflict', `This item has ${held.join(', ')}. Move or remove them first, so nothing is lost.`);
    }
    const emptyMinutes = records.minutes.filter((m) => ids.includes(m.itemId));
    ctx.repo.commit([
      ...ids.map((id) => ({ type: 'delete' as const, collection: 'agendaItems' as const, id, meetingId: meeting.id })),
      ...emptyMinutes.map((m) => ({ type: 'delete' as const, collection: 'minutes' as const, id: m.id, meetingId: meeting.id })),
    ]);
    return { removed: ids };
  },
};
