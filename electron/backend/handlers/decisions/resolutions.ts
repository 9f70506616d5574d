import type { ParsedInput, ResolutionView } from '../../../../shared/api';
import { barredFromVote, countVotes, sameCount } from '../../../../shared/domain';
import { Resolution, type Meeting, type NamedVote, type VoteCount } from '../../../../shared/model';
import type { Op } from '../../store/repository-types';
import { ApiFailure, type HandlerContext, type HandlerMap } from '../handler-context';
import { definedOnly, requireBoard, requireEditableMeeting, requireInMeeting, stamps } from '../lookup';
import { mergePatch } from '../merge-patch';
import { referenceOps, writtenResolution } from './references';
import { numberedItems } from '../meetings/views';

function checkVotes(ctx: HandlerContext, meeting: Meeting, itemId: string, vote?: VoteCount, recorded?: readonly NamedVote[]): VoteCount | undefined {
  if (recorded === undefined) return vote;
  const declarations = ctx.repo.meeting(meeting.id).declarations;
  const seen = new Set<string>();
  recorded.forEach((v, i) => {
    const person = ctx.repo.get('people', v.personId);
    if (person === undefined) throw new ApiFailure('not_found', 'There is no person with that id.', `recordedVote.${i}.personId`);
    if (seen.has(v.personId))
      throw new ApiFailure('invalid_input', `${person.name} is listed twice in the recorded vote.`, `recordedVote.${i}.personId`);
    seen.add(v.personId);
    if (barredFromVote(v.personId, itemId, declarations) !== undefined) {
      throw new ApiFailure(
        'conflict',
        `${person.name} declared a disclosable pecuniary interest in this item, so takes no part in the vote.`,
        `recordedVote.${i}.personId`,
      );
    }
  });
  const counted = countVotes(recorded);
  if (vote !== undefined && !sameCount(vote, counted)) {
    throw new ApiFailure('invalid_input', 'The vote counts do not match the recorded vote.', 'vote');
  }
  return counted;
}

const toParts = (ctx: HandlerContext, texts: readonly string[], old: Resolution['parts'] = []): Resolution['parts'] =>
  texts.map((text, i) => ({ id: old[i]?.id ?? ctx.ids.next(), text }));

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
  const vote = checkVotes(ctx, meeting, input.itemId, input.vote, input.recordedVote);
  const record = Resolution.parse({
    ...definedOnly({ ...input, meetingId: meeting.id, vote }),
    parts: toParts(ctx, input.parts),
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
    const { parts, ...patch } = input.patch;
    // null clears: the recorded vote, the counts, or both. A new recorded vote replaces the counts with its own.
    const recordedVote = patch.recordedVote === null ? undefined : (patch.recordedVote ?? existing.recordedVote);
    const givenVote = patch.vote === null ? undefined : (patch.vote ?? (Array.isArray(patch.recordedVote) ? undefined : existing.vote));
    const vote = checkVotes(ctx, meeting, existing.itemId, givenVote, recordedVote);
    const record = Resolution.parse({
      ...mergePatch(existing, { ...patch, vote: vote ?? null }),
      parts: parts === undefined ? existing.parts : toParts(ctx, parts, existing.parts),
      updatedAt: ctx.clock.now(),
    });
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
