import type { Meeting } from '../../../../shared/model/meeting';

export type SplitMeetings = {
  /** Today's and later meetings, soonest first. */
  readonly upcoming: readonly Meeting[];
  /** Earlier meetings, most recent first. */
  readonly past: readonly Meeting[];
};

const byWhen = (a: Meeting, b: Meeting): number => (a.date === b.date ? a.startTime.localeCompare(b.startTime) : a.date.localeCompare(b.date));

/** Splits a board's meetings around `today` (a London date): a meeting later today still counts as upcoming. */
export function splitMeetings(meetings: readonly Meeting[], today: string): SplitMeetings {
  return {
    upcoming: meetings.filter((m) => m.date >= today).toSorted(byWhen),
    past: meetings.filter((m) => m.date < today).toSorted((a, b) => byWhen(b, a)),
  };
}
