import type { Meeting } from '../../../../shared/model/meeting';

const when = (m: Meeting): string => `${m.date} ${m.startTime}`;

/**
 * The later meetings of the board at which minutes may be approved, soonest first: their agenda is published
 * (or they are under way) and they are not cancelled. This matches what the backend accepts.
 */
export function approvalChoices(boardMeetings: readonly Meeting[], toApprove: Meeting): Meeting[] {
  return boardMeetings
    .filter((m) => m.boardId === toApprove.boardId && when(m) > when(toApprove) && m.status !== 'draft' && m.status !== 'cancelled')
    .toSorted((a, b) => when(a).localeCompare(when(b)));
}

/** The board's meeting before this one, leaving out cancelled meetings: whose minutes this one approves. */
export function previousMeeting(boardMeetings: readonly Meeting[], meeting: Meeting): Meeting | undefined {
  return boardMeetings
    .filter((m) => m.boardId === meeting.boardId && m.id !== meeting.id && m.status !== 'cancelled' && when(m) < when(meeting))
    .toSorted((a, b) => when(a).localeCompare(when(b)))
    .at(-1);
}

/** Later meetings of the board whose minutes can still take a correction: not signed, not cancelled. */
export function correctionChoices(boardMeetings: readonly Meeting[], corrected: Meeting): Meeting[] {
  return boardMeetings
    .filter((m) => m.boardId === corrected.boardId && m.date >= corrected.date && m.id !== corrected.id)
    .filter((m) => m.status !== 'minutes-signed' && m.status !== 'cancelled')
    .toSorted((a, b) => when(a).localeCompare(when(b)));
}
