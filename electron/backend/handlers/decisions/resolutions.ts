import type { PartInput, ParsedInput, ResolutionView } from '../../../../shared/api';
import { barredFromVote } from '../../../../shared/domain';
import type { Amendment, Board, Meeting, Resolution } from '../../../../shared/model';
import type { Op } from '../../store/repository-types';
import { ApiFailure, type HandlerContext, type HandlerMap } from '../handler-context';
import { definedOnly, requireBoard, requireEditableMeeting, requireInMeeting, stamps } from '../lookup';
import { mergePatch } from '../merge-patch';
import { allowedVerbs, checkDecision, decisionRefusal } from './decision-checks';
import { referenceOps, writtenResolution } from './references';
import { numberedItems } from '../meetings/views';

/** The decision as it will be kept, checked against its own rules, the board's verbs and the people it names. */
function checked(ctx: HandlerContext, meeting: Meeting, board: Board, candidate: Record<string, unknown>, keepVerb?: string): Resolution {
  const declarations = ctx.repo.meeting(meeting.id).declarations;
  const itemId = String(candidate.itemId);
  const result = checkDecision(candidate, {
    verbs: allowedVerbs(board, keepVerb),
    person: (id) => ctx.repo.get('people', id),
    barred: (personId) => barredFromVote(personId, itemId, declarations) !== undefined,
  });
  if (result.record === undefined) throw decisionRefusal(result.problems);
  return result.record;
}

/** Parts as the call gives them, as kept: each keeps the id of the part in its place before; a top-level part holds no level. */
const toParts = (ctx: HandlerContext, given: readonly PartInput[], old: Resolution['parts'] = []): Resolution['parts'] =>
  given.map((part, i) => {
    const { text, level = 0 } = typeof part === 'string' ? { text: part } : part;
    return { id: old[i]?.id ?? ctx.ids.next(), text, ...(level > 0 ? { level } : {}) };
  });

type AmendmentInput = NonNullable<ParsedInput<'resolutions.add'>['amendments']>[number];

/** Amendments as kept: one already recorded keeps its id; a new one gets one. */
const toAmendments = (ctx: HandlerContext, given: readonly AmendmentInput[], old: readonly Amendment[] = []): Amendment[] =>
  given.map(({ id, ...rest }) => ({
    ...definedOnly(rest),
    text: rest.text,
    id: id !== undefined && old.some((a) => a.id === id) ? id : ctx.ids.next(),
  }));

/**
 * A new decision under an item, with the references of the item's decisions brought into line: the puts to commit,
 * alone or as part of a larger change.
 */
export function plannedResolution(
  ctx: HandlerContext,
  meeting: Meeting,
  input: Omit<ParsedInput<'resolutions.add'>, 'meetingId'>,
): { readonly resolution: Resolution; readonly ops: Op[] } {
  const board = requireBoard(ctx, meeting.boardId);
  requireInMeeting(ctx, meeting.id, 'agendaItems', input.itemId, 'itemId');
  const siblings = ctx.repo.meeting(meeting.id).resolutions.filter((r) => r.itemId === input.itemId);
  const { parts, amendments, numbering = board.decisionNumbering, ...rest } = input;
  const record = checked(ctx, meeting, board, {
    ...definedOnly({ ...rest, numbering, meetingId: meeting.id }),
    parts: toParts(ctx, parts),
    ...(amendments === undefined ? {} : { amendments: toAmendments(ctx, amendments) }),
    id: ctx.ids.next(),
    order: siblings.length,
    ...stamps(ctx),
  });
  const ops = referenceOps(ctx, board, meeting, { overrides: [record] });
  return { resolution: writtenResolution(ops, record.id) ?? record, ops };
}

export const resolutionHandlers: HandlerMap<
  'resolutions.add' | 'resolutions.update' | 'resolutions.move' | 'resolutions.remove' | 'resolutions.list'
> = {
  'resolutions.add': (input, ctx) => {
    const meeting = requireEditableMeeting(ctx, input.meetingId);
    const { resolution, ops } = plannedResolution(ctx, meeting, input);
    ctx.repo.commit(ops);
    return resolution;
  },

  'resolutions.update': (input, ctx) => {
    const meeting = requireEditableMeeting(ctx, input.meetingId);
    const board = requireBoard(ctx, meeting.boardId);
    const existing = requireInMeeting(ctx, meeting.id, 'resolutions', input.id);
    const { parts, amendments, ...patch } = input.patch;
    // null clears a field: the counts, the names, the mover... Each is kept as given: counts are never worked out.
    const record = checked(
      ctx,
      meeting,
      board,
      {
        ...mergePatch(existing, {
          ...patch,
          amendments: amendments === undefined || amendments === null ? amendments : toAmendments(ctx, amendments, existing.amendments),
        }),
        parts: parts === undefined ? existing.parts : toParts(ctx, parts, existing.parts),
        updatedAt: ctx.clock.now(),
      },
      existing.kind,
    );
    const ops = referenceOps(ctx, board, meeting, { overrides: [record] });
    ctx.repo.commit(ops);
    return writtenResolution(ops, record.id) ?? record;
  },

  'resolutions.move': (input, ctx) => {
    const meeting = requireEditableMeeting(ctx, input.meetingId);
    const board = requireBoard(ctx, meeting.boardId);
    const moving = requireInMeeting(ctx, meeting.id, 'resolutions', input.id);
    const siblings = ctx.repo
      .meeting(meeting.id)
      .resolutions.filter((r) => r.itemId === moving.itemId && r.id !== moving.id)
      .sort((a, b) => a.order - b.order);
    const at = Math.min(input.index, siblings.length);
    const reordered = [...siblings.slice(0, at), moving, ...siblings.slice(at)].map((r, order) => ({ ...r, order }));
    ctx.repo.commit(referenceOps(ctx, board, meeting, { overrides: reordered }));
    return ctx.repo
      .meeting(meeting.id)
      .resolutions.filter((r) => r.itemId === moving.itemId)
      .toSorted((a, b) => a.order - b.order);
  },

  'resolutions.remove': (input, ctx) => {
    const meeting = requireEditableMeeting(ctx, input.meetingId);
    const board = requireBoard(ctx, meeting.boardId);
    requireInMeeting(ctx, meeting.id, 'resolutions', input.id);
    const linked = ctx.repo.meeting(meeting.id).actions.filter((a) => a.resolutionId === input.id);
    if (linked.length > 0) {
      throw new ApiFailure(
        'conflict',
        `This decision has ${linked.length} action${linked.length === 1 ? '' : 's'} linked to it. Remove or relink them first.`,
      );
    }
    ctx.repo.commit([
      { type: 'delete', collection: 'resolutions', id: input.id, meetingId: meeting.id },
      ...referenceOps(ctx, board, meeting, { removed: [input.id] }),
    ]);
    return { removed: [input.id] };
  },

  'resolutions.list': (input, ctx) => {
    if (input.boardId !== undefined) requireBoard(ctx, input.boardId);
    const boards = new Map(ctx.repo.all('boards').map((b) => [b.id, b]));
    const views: ResolutionView[] = [];
    for (const meeting of ctx.repo.all('meetings')) {
      const board = boards.get(meeting.boardId);
      if (board === undefined || (input.boardId !== undefined && board.id !== input.boardId)) continue;
      if ((input.from !== undefined && meeting.date < input.from) || (input.to !== undefined && meeting.date > input.to)) continue;
      const resolutions = ctx.repo.meeting(meeting.id).resolutions;
      if (resolutions.length === 0) continue;
      const numbered = numberedItems(ctx, meeting, board);
      const items = new Map(numbered.map((i) => [i.id, i]));
      const position = new Map(numbered.map((i, index) => [i.id, index]));
      for (const r of [...resolutions].sort((a, b) => (position.get(a.itemId) ?? 0) - (position.get(b.itemId) ?? 0) || a.order - b.order)) {
        const item = items.get(r.itemId);
        views.push({
          ...r,
          boardId: board.id,
          boardName: board.name,
          meetingDate: meeting.date,
          meetingStatus: meeting.status,
          itemTitle: item?.title ?? '',
          ...(item?.minuteLabel === undefined ? {} : { minuteLabel: item.minuteLabel }),
        });
      }
    }
    // Newest meeting first; within a meeting, agenda order (a stable sort keeps it).
    return views.sort((a, b) => b.meetingDate.localeCompare(a.meetingDate));
  },
};
