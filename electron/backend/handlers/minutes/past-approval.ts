import type { ParsedInput } from '../../../../shared/api';
import { formatLongDate } from '../../../../shared/domain';
import type { Meeting } from '../../../../shared/model';
import { ApiFailure, type HandlerContext } from '../handler-context';
import { requirePerson, requireMeeting, today } from '../lookup';
import { transitioned } from '../meetings/meetings';
import { draftedMinutes } from './drafting';

/**
 * Records that minutes entered from the past were approved as a correct record and signed before Minute Book knew
 * of them: the chair's signature, and the day of the approving meeting if it is known. Minutes not yet drafted are
 * numbered as drafting numbers them. One commit: the numbers, the signature and the lock land together or not at all.
 */
export function recordPastApproval(input: ParsedInput<'minutes.recordPastApproval'>, ctx: HandlerContext): Meeting {
  const meeting = requireMeeting(ctx, input.meetingId);
  if (meeting.status === 'minutes-signed') {
    throw new ApiFailure('locked', 'These minutes are already approved and signed.');
  }
  if (meeting.status !== 'held' && meeting.status !== 'minutes-drafted') {
    throw new ApiFailure(
      'invalid_transition',
      meeting.status === 'cancelled'
        ? 'This meeting was cancelled, so it has no minutes to sign.'
        : 'Only a meeting that has taken place can have its minutes signed: enter it as a meeting that has already happened.',
    );
  }
  const signedOn = input.signature.signedOn;
  const latest = today(ctx);
  if (signedOn < meeting.date) {
    throw new ApiFailure('invalid_input', 'The minutes cannot be signed before the meeting took place.', 'signature.signedOn');
  }
  if (signedOn > latest) {
    throw new ApiFailure('invalid_input', 'Give the day the minutes were signed: it cannot be after today.', 'signature.signedOn');
  }
  if (input.atMeetingOn !== undefined) {
    if (input.atMeetingOn <= meeting.date) {
      throw new ApiFailure('invalid_input', `The minutes are approved at a meeting after ${formatLongDate(meeting.date)}.`, 'atMeetingOn');
    }
    if (input.atMeetingOn > signedOn) {
      throw new ApiFailure('invalid_input', 'The minutes are signed on or after the day of the meeting that approved them.', 'signature.signedOn');
    }
  }
  if (input.signature.personId !== undefined) requirePerson(ctx, input.signature.personId, 'signature.personId');
  const drafting = meeting.status === 'held' ? draftedMinutes(ctx, meeting) : { drafted: meeting, numbering: [] };
  const signed = transitioned(ctx, drafting.drafted, 'minutes-signed', {
    approval: {
      approvedAt: ctx.clock.now(),
      signature: input.signature,
      ...(input.atMeetingOn === undefined ? {} : { atMeetingOn: input.atMeetingOn }),
    },
  });
  ctx.repo.commit([{ type: 'put', collection: 'meetings', record: signed }, ...drafting.numbering]);
  return signed;
}
