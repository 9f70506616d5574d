import type { MemberRole, PersonKind } from '../../../shared/model';

/** A fictional board and people. None of them is real; none comes from the reference documents. */
export const DEMO_BOARD = {
  name: 'Riverside Health and Care Co-production Board',
  shortCode: 'RCPB',
  kind: 'co-production-board',
  organisation: 'Riverside Borough Council',
  quorum: 5,
  clerk: { name: 'Michael Reid', email: 'democratic.services@riverside.example' },
} as const;

export type CastMember = {
  readonly key: string;
  readonly name: string;
  readonly publicName: string;
  readonly consentToBeNamed: boolean;
  readonly kind: PersonKind;
  readonly organisation?: string;
  readonly jobTitle?: string;
  readonly role: MemberRole;
  /** Days from the demo's first meeting; a negative end means the term has ended. */
  readonly termEndsAfterDays?: number;
};

export const DEMO_CAST: readonly CastMember[] = [
  { key: 'okafor', name: 'Amina Okafor', publicName: 'Cllr Amina Okafor', consentToBeNamed: true, kind: 'councillor', role: 'co-chair' },
  { key: 'sharma', name: 'Dev Sharma', publicName: 'Dev Sharma', consentToBeNamed: true, kind: 'expert-by-experience', role: 'co-chair' },
  { key: 'holloway', name: 'Peter Holloway', publicName: 'Cllr Peter Holloway', consentToBeNamed: true, kind: 'councillor', role: 'member' },
  { key: 'whitfield', name: 'Grace Whitfield', publicName: 'Cllr Grace Whitfield', consentToBeNamed: true, kind: 'councillor', role: 'member' },
  { key: 'morley', name: 'Janet Morley', publicName: 'Janet Morley', consentToBeNamed: false, kind: 'carer', role: 'member' },
  { key: 'nowak', name: 'Tomasz Nowak', publicName: 'Tomasz Nowak', consentToBeNamed: false, kind: 'expert-by-experience', role: 'member' },
  {
    key: 'banerjee',
    name: 'Priya Banerjee',
    publicName: 'Priya Banerjee',
    consentToBeNamed: true,
    kind: 'voluntary-sector-partner',
    organisation: 'Riverside Community Voice',
    role: 'member',
  },
  {
    key: 'adeyemi',
    name: 'Samuel Adeyemi',
    publicName: 'Dr Samuel Adeyemi',
    consentToBeNamed: true,
    kind: 'health-partner',
    organisation: 'Riverside Integrated Care Partnership',
    role: 'member',
  },
  {
    key: 'fenwick',
    name: 'Robert Fenwick',
    publicName: 'Robert Fenwick',
    consentToBeNamed: true,
    kind: 'expert-by-experience',
    role: 'member',
    termEndsAfterDays: 100,
  },
  { key: 'ellis', name: 'Maya Ellis', publicName: 'Maya Ellis', consentToBeNamed: true, kind: 'expert-by-experience', role: 'co-opted' },
  { key: 'chen', name: 'Lisa Chen', publicName: 'Cllr Lisa Chen', consentToBeNamed: true, kind: 'councillor', role: 'substitute' },
  {
    key: 'carter',
    name: 'Helen Carter',
    publicName: 'Helen Carter',
    consentToBeNamed: true,
    kind: 'officer',
    jobTitle: 'Director of Adult Social Care',
    organisation: 'Riverside Borough Council',
    role: 'officer-in-attendance',
  },
  {
    key: 'reid',
    name: 'Michael Reid',
    publicName: 'Michael Reid',
    consentToBeNamed: true,
    kind: 'officer',
    jobTitle: 'Democratic Services Officer',
    organisation: 'Riverside Borough Council',
    role: 'officer-in-attendance',
  },
  {
    key: 'osei',
    name: 'Kwame Osei',
    publicName: 'Kwame Osei',
    consentToBeNamed: true,
    kind: 'officer',
    jobTitle: 'Head of Commissioning',
    organisation: 'Riverside Borough Council',
    role: 'officer-in-attendance',
  },
];
