import type { MeetingStatus } from '../model';
import { meetingStatusLabel } from './labels';

/** The life of a meeting. Signed minutes are final; a cancelled meeting stays cancelled. */
const NEXT: Readonly<Record<MeetingStatus, readonly MeetingStatus[]>> = {
  draft: ['agenda-published', 'cancelled'],
  'agenda-published': ['held', 'cancelled'],
  held: ['minutes-drafted'],
  'minutes-drafted': ['minutes-signed'],
  'minutes-signed': [],
  cancelled: [],
};

export function canTransition(from: MeetingStatus, to: MeetingStatus): boolean {
  return NEXT[from].includes(to);
}

/** Why a transition is refused, in words a clerk understands; undefined when it is allowed. */
export function transitionRefusal(from: MeetingStatus, to: MeetingStatus): string | undefined {
  if (canTransition(from, to)) return undefined;
  const allowed = NEXT[from].map((s) => `"${meetingStatusLabel(s)}"`);
  const then = allowed.length === 0 ? 'it cannot change any more' : `it can only move to ${allowed.join(' or ')}`;
  return `This meeting is "${meetingStatusLabel(from)}", so it cannot become "${meetingStatusLabel(to)}": ${then}.`;
}

/** Signed minutes are a permanent record: nothing in the meeting may change. */
export const isLocked = (status: MeetingStatus): boolean => status === 'minutes-signed';
