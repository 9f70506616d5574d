import type { Board, Meeting, Person, RewardClaim } from '../../model';
import { formatShortDate } from '../british-dates';
import { activityKindLabel } from './labels';

/** What the finance export and the statements read: the claims, and the people, boards and meetings they name. */
export type RewardRecords = {
  readonly claims: readonly RewardClaim[];
  readonly people: readonly Person[];
  readonly boards: readonly Board[];
  readonly meetings: readonly Meeting[];
};

export type RewardNames = {
  person(id: string): string;
  board(id: string): string;
  /** The meeting's title, or "Meeting on 12 May 2025"; '' for a claim that is not for a meeting. */
  meeting(id: string | undefined): string;
};

export function rewardNames(records: Pick<RewardRecords, 'people' | 'boards' | 'meetings'>): RewardNames {
  const people = new Map(records.people.map((p) => [p.id, p.name]));
  const boards = new Map(records.boards.map((b) => [b.id, b.name]));
  const meetings = new Map(records.meetings.map((m) => [m.id, m]));
  return {
    person: (id) => people.get(id) ?? 'Someone no longer in Minute Book',
    board: (id) => boards.get(id) ?? 'A board no longer in Minute Book',
    meeting: (id) => {
      if (id === undefined) return '';
      const meeting = meetings.get(id);
      if (meeting === undefined) return 'A meeting no longer in Minute Book';
      return meeting.title ?? `Meeting on ${formatShortDate(meeting.date)}`;
    },
  };
}

/** "Meeting on 12 May 2025", "Training: Level 2 co-production course": what a claim was for, in a few words. */
export function claimActivityWords(claim: RewardClaim, names: RewardNames): string {
  const what = claim.meetingId === undefined ? activityKindLabel(claim.activity) : names.meeting(claim.meetingId);
  return claim.description === undefined || claim.description === '' ? what : `${what}: ${claim.description}`;
}

/** Oldest first, then by person and id, so a list reads as a ledger. */
export const byLedgerOrder =
  (names: RewardNames) =>
  (a: RewardClaim, b: RewardClaim): number =>
    a.date.localeCompare(b.date) || names.person(a.personId).localeCompare(names.person(b.personId), 'en-GB') || a.id.localeCompare(b.id);
