import { correctionItemTitle } from '../../../../shared/domain/approval-wording';
import type { Minute } from '../../../../shared/model';
import { ApiFailure, type HandlerContext, type HandlerMap } from '../handler-context';
import { plannedItem } from '../meetings/agenda';
import { approveMinutes } from './approval';
import { draftedMinutes } from './drafting';
import { recordPastApproval } from './past-approval';
import { requireEditableMeeting, requireInMeeting, requireMeeting } from '../lookup';
import { plannedMinute } from './minute-records';

function saveMinute(ctx: HandlerContext, meetingId: string, itemId: string, text: string): Minute {
  const { minute, op } = plannedMinute(ctx, meetingId, itemId, { text });
  ctx.repo.commit([op]);
  return minute;
}

export const minuteHandlers: HandlerMap<
  'minutes.save' | 'minutes.draft' | 'minutes.circulate' | 'minutes.approve' | 'minutes.recordPastApproval' | 'minutes.recordCorrection'
> = {
  'minutes.save': (input, ctx) => {
    const meeting = requireEditableMeeting(ctx, input.meetingId);
    requireInMeeting(ctx, meeting.id, 'agendaItems', input.itemId, 'itemId');
    return saveMinute(ctx, meeting.id, input.itemId, input.text);
  },

  'minutes.draft': (input, ctx) => {
    const { drafted, numbering } = draftedMinutes(ctx, requireMeeting(ctx, input.meetingId));
    // One commit: the status, the numbers and the references land together or not at all.
    ctx.repo.commit([{ type: 'put', collection: 'meetings', record: drafted }, ...numbering]);
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

  'minutes.recordPastApproval': recordPastApproval,

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
