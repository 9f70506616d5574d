import type { AttendanceOrder, MemberRole, Person, PersonKind } from '../../model';

/*
 * The orders a board may print its attendance in (AttendanceOrder): as the clerk recorded it; by surname (titles
 * such as Councillor, Cllr, Dr and Professor left out of the sort, as a reader looks a name up); or grouped by who
 * people are (councillors, then experts by experience and carers, then partners, then officers), as many
 * co-production boards and NHS bodies print it. In every order the chair and vice-chair come first.
 */

/** Words before a name that are not the name: left out when sorting by surname. */
const TITLES = new Set(
  [
    'councillor',
    'cllr',
    'cllr.',
    'county',
    'alderman',
    'dr',
    'dr.',
    'doctor',
    'prof',
    'prof.',
    'professor',
    'mr',
    'mr.',
    'mrs',
    'mrs.',
    'ms',
    'ms.',
    'miss',
    'mx',
    'mx.',
    'rev',
    'rev.',
    'revd',
    'reverend',
    'sir',
    'dame',
    'lord',
    'lady',
    'the',
    'rt',
    'hon',
    'hon.',
  ].map((t) => t.toLowerCase()),
);

/** Letters after a name that are not the surname: "Jo Smith MBE", "Ann Lee OBE JP". */
const POSTNOMINALS = /^(mbe|obe|cbe|jp|dl|frcp|frcgp|mrcgp|rgn|rmn|phd|msc|ba|bsc|ma|kc|qc)$/i;

/**
 * The key a name sorts by: its surname first, then the rest. "Cllr Asha Patel" sorts as "patel asha"; a single word
 * sorts as itself. Hyphenated and multi-word surnames ("de Souza") are not guessed at: the last word is the surname.
 */
export function surnameSortKey(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  let start = 0;
  while (start < words.length - 1 && TITLES.has((words[start] ?? '').toLowerCase())) start += 1;
  let end = words.length;
  while (end - 1 > start && POSTNOMINALS.test(words[end - 1] ?? '')) end -= 1;
  const core = words.slice(start, end);
  const surname = core.at(-1) ?? '';
  return `${surname} ${core.slice(0, -1).join(' ')}`.toLocaleLowerCase('en-GB');
}

const CHAIRS: readonly MemberRole[] = ['chair', 'co-chair', 'vice-chair'];

/** The groups of the by-role order, in print order. */
const ROLE_GROUP: Readonly<Record<PersonKind, number>> = {
  councillor: 0,
  'expert-by-experience': 1,
  carer: 1,
  champion: 1,
  'member-of-the-public': 1,
  'voluntary-sector-partner': 2,
  'health-partner': 2,
  officer: 3,
};

export type Attendee = {
  /** Where it stands in the record, for the as-recorded order. */
  readonly recorded: number;
  readonly person: Person | undefined;
  readonly role: MemberRole | undefined;
  /** The name as printed (a role label for someone not named in public). */
  readonly printedName: string;
};

/** Sorts attendees in the board's order; people printed by their role only come last in every order. */
export function orderAttendees<T extends Attendee>(attendees: readonly T[], order: AttendanceOrder): T[] {
  const chairRank = (a: Attendee): number => (a.role !== undefined && CHAIRS.includes(a.role) ? CHAIRS.indexOf(a.role) : CHAIRS.length);
  const unnamed = (a: Attendee): number => (a.person?.consentToBeNamed === false ? 1 : 0);
  const group = (a: Attendee): number => (order === 'by-role' && a.person !== undefined ? ROLE_GROUP[a.person.kind] : 0);
  const byName = (a: Attendee, b: Attendee): number =>
    order === 'as-recorded' ? a.recorded - b.recorded : surnameSortKey(a.printedName).localeCompare(surnameSortKey(b.printedName), 'en-GB');
  return attendees.toSorted((a, b) => chairRank(a) - chairRank(b) || unnamed(a) - unnamed(b) || group(a) - group(b) || byName(a, b));
}
