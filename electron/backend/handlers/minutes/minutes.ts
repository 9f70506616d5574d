import { assignMinuteNumbers, firstMinuteNumber, numberAgenda } from '../../../../shared/domain';
import { correctionItemTitle } from '../../../../shared/domain/approval-wording';
import type { AgendaItem, Minute } from '../../../../shared/model';
import type { Op } from '../../store/repository-types';
import { ApiFailure, type HandlerContext, type HandlerMap } from '../handler-context';
import { plannedItem } from '../meetings/agenda';
import { approveMinutes } from './approval';
import { requireBoard, requireEditableMeeting, requireInMeeting, requireMeeting } from '../lookup';
import { transitioned } from '../meetings/meetings';
import { plannedMinute } from './minute-records';
import { referenceOps } from '../decisions/references';

function saveMinute(ctx: HandlerContext, meetingId: string, itemId: string, text: string): Minute {
  const { minute, op } = plannedMinute(ctx, meetingId, itemId, { text });
  ctx.repo.commit([op]);
  return minute;
}

export const minuteHandlers: HandlerMap<'minutes.save' | 'minutes.draft' | 'minutes.circulate' | 'minutes.approve' | 'minutes.recordCorrection'> = {
  'minutes.save': (input, ctx) => {
    const meeting = requireEditableMeeting(ctx, input.meetingId);
    requireInMeeting(ctx, meeting.id, 'agendaItems', input.itemId, 'itemId');
    return saveMinute(ctx, meeting.id, input.itemId, input.text);
  },

  'minutes.draft': (input, ctx) => {
    const meeting = requireMeeting(ctx, input.meetingId);
    const board = requireBoard(ctx, meeting.boardId);
    const drafted = transitioned(ctx, meeting, 'minutes-drafted', { minutesDraftedAt: ctx.clock.now() });
    // Numbers continue from the board's earlier minutes in the same numbering period.
    const others = ctx.repo
      .all('meetings')
      .filter((m) => m.boardId === board.id && m.id !== meeting.id && m.date <= meeting.date)
      .map((m) => ({
        meeting: m,
        minuteNumbers: ctx.repo.meeting(m.id).agendaItems.flatMap((i) => (i.minuteNumber === undefined ? [] : [i.minuteNumber])),
      }));
    const items = numberAgenda(ctx.repo.meeting(meeting.id).agendaItems, { exemptOrder: board.exemptItemsOrder });
    const numbers = assignMinuteNumbers(items, firstMinuteNumber(board, meeting, others));
    const now = ctx.clock.now();
    const numberedItems: AgendaItem[] = items.map(({ number: _n, depth: _d, part: _p, ...item }) => {
      const minuteNumber = numbers.get(item.id);
      return minuteNumber === undefined || minuteNumber === item.minuteNumber ? item : { ...item, minuteNumber, updatedAt: now };
    });
    const itemOps: Op[] = numberedItems
      .filter((item, i) => item !== items[i] && item.minuteNumber !== items[i]?.minuteNumber)
      .map((record) => ({ type: 'put', collection: 'agendaItems', record }));
    // One commit: the status, the numbers and the references land together or not at all.
    ctx.repo.commit([
      { type: 'put', collection: 'meetings', record: drafted },
      ...itemOps,
      ...referenceOps(ctx, board, drafted, { items: numberedItems }),
    ]);
    return drafted;
  },

  'minutes.circulate': (input, ctx) => {
    const meeting = requireMeeting(ctx, input.meetingId);
    if (meeting.status !== 'minutes-drafted') {
      throw new ApiFailure('invalid_transition', 'Only drafted minutes can be circulated: draft the minutes first.');
    }
    const next = { ...meeting, minutesCirculatedAt: ctx.clock.now(), updatedAt: ctx.clock.now() };
    ctx.repo.commit([{ type: 'put', collection: 'meetings', record: next }]);
    return next;
  },

  'minutes.approve': approveMinutes,

  'minutes.recordCorrection': (input, ctx) => {
    const meeting = requireEditableMeeting(ctx, input.meetingId);
    const corrected = requireMeeting(ctx, input.corrects.meetingId, 'corrects.meetingId');
    if (corrected.status !== 'minutes-signed') {
      throw new ApiFailure('conflict', 'Those minutes are not signed yet: change them directly instead.', 'corrects.meetingId');
    }
    if (corrected.boardId !== meeting.boardId || corrected.date > meeting.date) {
      throw new ApiFailure('invalid_input', 'A correction is minuted at a later meeting of the same board.', 'corrects.meetingId');
    }
    requireInMeeting(ctx, corrected.id, 'agendaItems', input.corrects.itemId, 'corrects.itemId');
    // An item of its own unless one is named, so the correction never overwrites what is minuted under another item.
    const target =
      input.itemId === undefined
        ? plannedItem(ctx, meeting, { title: correctionItemTitle(corrected.date), purpose: 'decision' }, null)
        : { item: requireInMeeting(ctx, meeting.id, 'agendaItems', input.itemId, 'itemId'), ops: [] };
    const { minute, op } = plannedMinute(ctx, meeting.id, target.item.id, { text: input.text, corrects: input.corrects });
    // One commit: the item and its minute land together or not at all.
    ctx.repo.commit([...target.ops, op]);
    return minute;
  },
};
