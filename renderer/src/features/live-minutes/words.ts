import type { AttendanceStatus, InterestType } from '../../../../shared/model/attendance';
import type { MemberRole } from '../../../../shared/model/person';
import type { ResolutionKind, VoteChoice } from '../../../../shared/model/resolution';

// Records over the model's enums: a new value is a compile error here until it has words.
const ROLES: Readonly<Record<MemberRole, string>> = {
  chair: 'Chair',
  'vice-chair': 'Vice-chair',
  'co-chair': 'Co-chair',
  member: 'Member',
  substitute: 'Substitute member',
  'co-opted': 'Co-opted member',
  observer: 'Observer',
  'officer-in-attendance': 'Officer',
};

const STATUSES: Readonly<Record<AttendanceStatus, string>> = {
  present: 'Present',
  apologies: 'Apologies',
  absent: 'Absent',
  'in-attendance': 'In attendance',
  observer: 'Observing',
};

const INTERESTS: Readonly<Record<InterestType, string>> = {
  'disclosable-pecuniary': 'Disclosable pecuniary interest',
  'other-registrable': 'Other registrable interest',
  'non-registrable': 'Non-registrable interest',
};

const VOTES: Readonly<Record<VoteChoice, string>> = { for: 'For', against: 'Against', abstain: 'Abstained' };

export const roleWords = (role: MemberRole): string => ROLES[role];
export const attendanceWords = (status: AttendanceStatus): string => STATUSES[status];
export const interestWords = (type: InterestType): string => INTERESTS[type];
/** A decision's verb is printed as recorded, in capitals: "RESOLVED", or one of the board's own. */
export const resolutionKindWords = (kind: ResolutionKind): string => kind;
export const voteWords = (vote: VoteChoice): string => VOTES[vote];

/** "1 member", "3 members". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "A", "A and B", "A, B and C". */
export function listInWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}
