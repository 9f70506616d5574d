import type { MinutesApproval, ParsedInput } from '../../../../shared/api';
import { isLocked, numberAgenda } from '../../../../shared/domain';
import { approvalWording, withParagraph } from '../../../../shared/domain/approval-wording';
import type { Meeting } from '../../../../shared/model';
import type { Op } from '../../store/repository-types';
import { ApiFailure, type HandlerContext } from '../handler-context';
import { requireMeeting } from '../lookup';
import { transitioned } from '../meetings/meetings';
import { plannedMinute } from './minute-records';
import { plannedResolution } from '../decisions/resolutions';

type Recorded = NonNullable<MinutesApproval['recorded']>;

/**
 * The approving meeting's record of the approval, under its "Minutes of the previous meeting" item: the resolution
 * (unless those words are resolved there already) and the minute (added to what is written there). Nothing when
 * that meeting has no such item, or its own minutes are signed and so can no longer change.
 */
function recordAt(
  ctx: HandlerContext,
  at: Meeting,
  approved: Meeting,
  signedBy: string,
): { readonly ops: Op[]; readonly recorded: Recorded } | undefined {
  if (isLocked(at.status)) return undefined;
  const records = ctx.repo.meeting(at.id);
  const item = numberAgenda(records.agendaItems).find((i) => i.standardKind === 'previous-minutes');
  if (item === undefined) return undefined;
  const words = approvalWording(approved.date, signedBy);
  const resolved = records.resolutions.find((r) => r.itemId === item.id && r.parts.some((p) => p.text === words.resolution));
  const resolution =
    resolved === undefined
      ? plannedResolution(ctx, at, { itemId: item.id, kind: 'RESOLVED', parts: [words.resolution] })
      : { resolution: resolved, ops: [] };
  const written = records.minutes.find((m) => m.itemId === item.id)?.text ?? '';
  const minute = plannedMinute(ctx, at.id, item.id, { text: withParagraph(written, words.minute) });
  return {
    ops: [...resolution.ops, minute.op],
    recorded: { meetingId: at.id, itemId: item.id, resolution: resolution.resolution, minute: minute.minute },
  };
}

/**
 * Approves minutes as a correct record at a later meeting of the board and records the chair's signature, which
 * locks them; the approving meeting records the approval. One commit: all of it is kept, or none of it.
 */
export function approveMinutes(input: ParsedInput<'minutes.approve'>, ctx: HandlerContext): MinutesApproval {
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
  const approved = transitioned(ctx, meeting, 'minutes-signed', {
    approval: { atMeetingId: at.id, approvedAt: ctx.clock.now(), signature: input.signature },
  });
  const record = recordAt(ctx, at, approved, input.signature.name);
  ctx.repo.commit([{ type: 'put', collection: 'meetings', record: approved }, ...(record?.ops ?? [])]);
  return record === undefined ? { meeting: approved } : { meeting: approved, recorded: record.recorded };
}
