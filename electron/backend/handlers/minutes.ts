import { assignMinuteNumbers, firstMinuteNumber, numberAgenda } from '../../../shared/domain';
import { Minute, type AgendaItem } from '../../../shared/model';
import type { Op } from '../store/repository-types';
import { ApiFailure, type HandlerContext, type HandlerMap } from './handler-context';
import { requireBoard, requireEditableMeeting, requireInMeeting, requireMeeting, stamps } from './lookup';
import { transition, transitioned } from './meetings';
import { referenceOps } from './references';

function upsertMinute(ctx: HandlerContext, meetingId: string, itemId: string, fields: Pick<Minute, 'text'> & Partial<Pick<Minute, 'corrects'>>): Minute {
  const existing = ctx.repo.meeting(meetingId).minutes.find((m) => m.itemId === itemId);
  const record = Minute.parse({
    ...(existing ?? { id: ctx.ids.next(), meetingId, itemId, ...stamps(ctx) }),
    ...fields,
    updatedAt: ctx.clock.now(),
  });
  ctx.repo.commit([{ type: 'put', collection: 'minutes', record }]);
  return record;
}

export const minuteHandlers: HandlerMap<
  'minutes.save' | 'minutes.draft' | 'minutes.circulate' | 'minutes.approve' | 'minutes.recordCorrection'
> = {
  'minutes.save': (input, ctx) => {
    const meeting = requireEditableMeeting(ctx, input.meetingId);
    requireInMeeting(ctx, meeting.id, 'agendaItems', input.itemId, 'itemId');
    return upsertMinute(ctx, meeting.id, input.itemId, { text: input.text });
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
    const items = numberAgenda(ctx.repo.meeting(meeting.id).agendaItems);
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

  'minutes.approve': (input, ctx) => {
    const meeting = requireMeeting(ctx, input.meetingId);
    const at = requireMeeting(ctx, input.atMeetingId, 'atMeetingId');
    if (at.boardId !== meeting.boardId || `${at.date} ${at.startTime}` <= `${meeting.date} ${meeting.startTime}`) {
      throw new ApiFailure('invalid_input', 'Minutes are approved at a later meeting of the same board.', 'atMeetingId');
    }
    if (at.status === 'draft' || at.status === 'cancelled') {
      throw new ApiFailure('conflict', 'The meeting that approves the minutes must have a published agenda and not be cancelled.', 'atMeetingId');
    }
    if (input.signature.signedOn < meeting.date) {
      throw new ApiFailure('invalid_input', 'The minutes cannot be signed before the meeting took place.', 'signature.signedOn');
    }
    return transition(ctx, meeting, 'minutes-signed', {
      approval: { atMeetingId: at.id, approvedAt: ctx.clock.now(), signature: input.signature },
    });
  },

  'minutes.recordCorrection': (input, ctx) => {
    const meeting = requireEditableMeeting(ctx, input.meetingId);
    requireInMeeting(ctx, meeting.id, 'agendaItems', input.itemId, 'itemId');
    const corrected = requireMeeting(ctx, input.corrects.meetingId, 'corrects.meetingId');
    if (corrected.status !== 'minutes-signed') {
      throw new ApiFailure('conflict', 'Those minutes are not signed yet: change them directly instead.', 'corrects.meetingId');
    }
    if (corrected.boardId !== meeting.boardId || corrected.date > meeting.date) {
      throw new ApiFailure('invalid_input', 'A correction is minuted at a later meeting of the same board.', 'corrects.meetingId');
    }
    requireInMeeting(ctx, corrected.id, 'agendaItems', input.corrects.itemId, 'corrects.itemId');
    return upsertMinute(ctx, meeting.id, input.itemId, { text: input.text, corrects: input.corrects });
  },
};
