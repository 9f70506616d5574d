import { z } from 'zod';
import { AccessNeed } from './access';
import { Audit, Id, IsoDate, Text } from './common';

export const PERSON_KINDS = [
  'councillor',
  'officer',
  'expert-by-experience',
  'carer',
  'voluntary-sector-partner',
  'health-partner',
  'champion',
  'member-of-the-public',
] as const;
export const PersonKind = z.enum(PERSON_KINDS);
export type PersonKind = z.infer<typeof PersonKind>;

export const TRAINING_LEVELS = [1, 2, 3] as const;
export const TrainingRecord = z.object({
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  completedOn: IsoDate,
  course: z.string().trim().max(200).optional(),
});
export type TrainingRecord = z.infer<typeof TrainingRecord>;

/** Initials as minutes print them: "AP", "A-MJ", "J.S."; a capital (or a letter of a script without case) first. */
export const Initials = z
  .string()
  .trim()
  .min(1, 'Write the initials, or leave the field empty')
  .max(12, 'Initials are at most 12 characters')
  .regex(/^[\p{Lu}\p{Lt}\p{Lo}][\p{L}.\-’']*$/u, 'Initials start with a capital letter and are letters only, such as AP or A-MJ');

export const Person = z.object({
  id: Id,
  /** Full name, as the secretariat knows the person. */
  name: Text(200),
  /** How the person appears in public documents, e.g. "Cllr Asha Patel". */
  publicName: Text(200),
  /** Without consent, public documents name the person by their role only. */
  consentToBeNamed: z.boolean(),
  kind: PersonKind,
  organisation: z.string().trim().max(200).optional(),
  /** The initials minutes use for the person, in attendance lists and as an action's owner: "AP". */
  initials: Initials.optional(),
  jobTitle: z.string().trim().max(200).optional(),
  email: z.string().trim().max(200).optional(),
  /** Adjustments the person needs to take part; each meeting they attend gets them on its checklist. */
  accessNeeds: z.array(AccessNeed).max(30).default([]),
  /** Co-production training completed (levels 1 to 3). */
  training: z.array(TrainingRecord).max(50).default([]),
  ...Audit,
});
export type Person = z.infer<typeof Person>;

export const MEMBER_ROLES = ['chair', 'vice-chair', 'co-chair', 'member', 'substitute', 'co-opted', 'observer', 'officer-in-attendance'] as const;
export const MemberRole = z.enum(MEMBER_ROLES);
export type MemberRole = z.infer<typeof MemberRole>;

export const Membership = z
  .object({
    id: Id,
    boardId: Id,
    personId: Id,
    role: MemberRole,
    /** Whether the member may vote (observers and officers may not). */
    voting: z.boolean(),
    termStart: IsoDate,
    termEnd: IsoDate.optional(),
    ...Audit,
  })
  .refine((m) => m.termEnd === undefined || m.termEnd >= m.termStart, {
    message: 'The term cannot end before it starts',
    path: ['termEnd'],
  });
export type Membership = z.infer<typeof Membership>;
