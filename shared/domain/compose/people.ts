import type { InterestType, MemberRole, Person, PersonKind } from '../../model';

/**
 * How a person who has not agreed to be named appears in public documents: by what they are, never who.
 * Written with the article, mid-sentence; `capitalise` starts a sentence with one.
 */
const ROLE_LABELS: Readonly<Record<PersonKind, string>> = {
  councillor: 'a councillor',
  officer: 'an officer',
  'expert-by-experience': 'an expert by experience',
  carer: 'a carer',
  champion: 'a champion',
  'voluntary-sector-partner': 'a voluntary sector partner',
  'health-partner': 'a health partner',
  'member-of-the-public': 'a member of the public',
};

export const roleLabel = (kind: PersonKind): string => ROLE_LABELS[kind];

const MEMBER_ROLES: Readonly<Record<MemberRole, string | undefined>> = {
  chair: 'Chair',
  'vice-chair': 'Vice-chair',
  'co-chair': 'Co-chair',
  member: undefined,
  substitute: 'Substitute',
  'co-opted': 'Co-opted member',
  observer: 'Observer',
  'officer-in-attendance': undefined,
};

/** The role printed after a member's name, "(Co-chair)"; plain members have none. */
export const printedRoleLabel = (role: MemberRole): string | undefined => MEMBER_ROLES[role];

const INTERESTS: Readonly<Record<InterestType, string>> = {
  'disclosable-pecuniary': 'a disclosable pecuniary interest',
  'other-registrable': 'an other registrable interest',
  'non-registrable': 'a non-registrable interest',
};

export const interestLabel = (type: InterestType): string => INTERESTS[type];

export const capitalise = (text: string): string => (text === '' ? text : `${text.charAt(0).toUpperCase()}${text.slice(1)}`);

/** "A", "A and B", "A, B and C". */
export function listInWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** "the Riverside Board", but "The Board of Governors" keeps its own article. */
export const withArticle = (name: string): string => (/^the\s/i.test(name) ? name : `the ${name}`);

export type PeopleIndex = {
  readonly get: (id: string | undefined) => Person | undefined;
  /** The name a document prints: the person's public name (a role label once the public view has been taken). */
  readonly name: (id: string | undefined) => string;
};

export function peopleIndex(people: readonly Person[]): PeopleIndex {
  const byId = new Map(people.map((p) => [p.id, p]));
  return {
    get: (id) => (id === undefined ? undefined : byId.get(id)),
    name: (id) => (id === undefined ? 'someone not recorded' : (byId.get(id)?.publicName ?? 'someone not recorded')),
  };
}
