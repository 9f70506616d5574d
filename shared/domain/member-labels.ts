import type { MemberRole, PersonKind, StandardItemKind } from '../model';

// Records over the model's enums: a new kind or role is a compile error here until it has words.
const PERSON_KINDS: Readonly<Record<PersonKind, string>> = {
  councillor: 'Councillor',
  officer: 'Officer',
  'expert-by-experience': 'Expert by experience',
  champion: 'Champion',
  carer: 'Carer',
  'voluntary-sector-partner': 'Voluntary sector partner',
  'health-partner': 'Health partner',
  'member-of-the-public': 'Member of the public',
};

const MEMBER_ROLES: Readonly<Record<MemberRole, string>> = {
  chair: 'Chair',
  'vice-chair': 'Vice-chair',
  'co-chair': 'Co-chair',
  member: 'Member',
  substitute: 'Substitute',
  'co-opted': 'Co-opted member',
  observer: 'Observer',
  'officer-in-attendance': 'Officer in attendance',
};

const STANDARD_ITEM_KINDS: Readonly<Record<StandardItemKind, string>> = {
  apologies: 'Apologies for absence',
  declarations: 'Declarations of interest',
  'previous-minutes': 'Minutes of the previous meeting',
  'matters-arising': 'Matters arising and action log',
  'public-questions': 'Public questions',
  'any-other-business': 'Any other business',
  'date-of-next-meeting': 'Date of next meeting',
};

export const personKindLabel = (kind: PersonKind): string => PERSON_KINDS[kind];
export const memberRoleLabel = (role: MemberRole): string => MEMBER_ROLES[role];
/** The usual title of a standard item, which a board may word differently. */
export const standardItemKindLabel = (kind: StandardItemKind): string => STANDARD_ITEM_KINDS[kind];
