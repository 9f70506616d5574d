import type { MemberView } from '../../../../shared/api/views';
import type { Attendance } from '../../../../shared/model/attendance';
import type { Membership, Person } from '../../../../shared/model/person';

/** One line of the attendance panel: a member of the board, or someone else recorded at the meeting. */
export type RosterEntry = {
  readonly person: Person;
  readonly membership: Membership | null;
  readonly attendance: Attendance | null;
};

const ROLE_ORDER: readonly Membership['role'][] = [
  'chair',
  'co-chair',
  'vice-chair',
  'member',
  'co-opted',
  'substitute',
  'observer',
  'officer-in-attendance',
];

/**
 * Everyone the clerk may need to mark: the board's members on the day (chairs first, officers last), then anyone
 * else with attendance recorded (substitutes from outside the board, guests).
 */
export function buildRoster(members: readonly MemberView[], attendance: readonly Attendance[], people: readonly Person[]): RosterEntry[] {
  const byPerson = new Map(attendance.map((a) => [a.personId, a]));
  const peopleById = new Map(people.map((p) => [p.id, p]));
  const rank = (m: Membership): number => ROLE_ORDER.indexOf(m.role);
  const entries: RosterEntry[] = members
    .toSorted((a, b) => rank(a.membership) - rank(b.membership) || a.person.name.localeCompare(b.person.name, 'en-GB'))
    .map(({ person, membership }) => ({ person, membership, attendance: byPerson.get(person.id) ?? null }));
  const listed = new Set(entries.map((e) => e.person.id));
  for (const record of attendance) {
    if (listed.has(record.personId)) continue;
    const person = peopleById.get(record.personId);
    if (person !== undefined) entries.push({ person, membership: null, attendance: record });
  }
  return entries;
}

/** People who vote on the day: members whose membership carries a vote. */
export function votingMemberIds(members: readonly MemberView[]): Set<string> {
  return new Set(members.filter((m) => m.membership.voting).map((m) => m.person.id));
}
