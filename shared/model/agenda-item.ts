import { z } from 'zod';
import { ItemPurpose, StandardItemKind } from './board';
import { Audit, Id, Text } from './common';
export { EXEMPT_CATEGORIES } from './exempt-categories';

export const ExemptCategory = z.union(
  [1, 2, 3, 4, 5, 6, 7].map((n) => z.literal(n)) as [
    z.ZodLiteral<1>,
    z.ZodLiteral<2>,
    z.ZodLiteral<3>,
    z.ZodLiteral<4>,
    z.ZodLiteral<5>,
    z.ZodLiteral<6>,
    z.ZodLiteral<7>,
  ],
  { error: 'A paragraph of Schedule 12A is a whole number from 1 to 7' },
);
export type ExemptCategory = z.infer<typeof ExemptCategory>;

/** Every Schedule 12A paragraph an exempt item falls under, in order, once each. */
export const exemptParagraphs = (exempt: {
  readonly category: ExemptCategory;
  readonly furtherCategories?: readonly ExemptCategory[] | undefined;
}): ExemptCategory[] => [...new Set([exempt.category, ...(exempt.furtherCategories ?? [])])].sort((a, b) => a - b);

/** How the motion to exclude the press and public for an exempt item went, once the clerk records it. */
export const EXCLUSION_OUTCOMES = ['carried', 'lost'] as const;
export const ExclusionOutcome = z.enum(EXCLUSION_OUTCOMES);
export type ExclusionOutcome = z.infer<typeof ExclusionOutcome>;

export const ExemptConfidentiality = z.object({
  access: z.literal('exempt'),
  /** The (first) paragraph of Part 1 of Schedule 12A the item falls under. */
  category: ExemptCategory,
  /**
   * Further paragraphs the item also falls under ("paragraphs 1 and 3"); optional, so records and bundles with one
   * paragraph read as before.
   */
  furtherCategories: z.array(ExemptCategory).max(6, 'List at most six further paragraphs').optional(),
  reason: z.string().trim().max(500).optional(),
  /**
   * The public-interest test as recorded ("in all the circumstances the public interest in maintaining the exemption
   * outweighs the public interest in disclosing the information"); printed only when recorded.
   */
  publicInterest: z.string().trim().min(1, 'Enter the public-interest statement, or leave it out').max(1000).optional(),
  /** The motion to exclude the press and public: when lost, the item was taken in public. Left out until recorded. */
  exclusionMotion: ExclusionOutcome.optional(),
});
export type ExemptConfidentiality = z.infer<typeof ExemptConfidentiality>;

export const Confidentiality = z.discriminatedUnion('access', [z.object({ access: z.literal('public') }), ExemptConfidentiality]);
export type Confidentiality = z.infer<typeof Confidentiality>;

export const AgendaItem = z.object({
  id: Id,
  meetingId: Id,
  /** A sub-item (3.1) names its parent; top-level items have none. */
  parentId: Id.nullable(),
  /** Position among its siblings; the printed number follows from it. */
  order: z.number().int().min(0),
  title: Text(300),
  purpose: ItemPurpose,
  /** What the agenda says the item is for (the agenda's text), kept apart from the minute of what happened. */
  description: z.string().trim().max(10_000).optional(),
  /** Printed without a number ("Welcome"); the numbers of the other items are not disturbed. */
  unnumbered: z.boolean().optional(),
  /**
   * Who chaired this item when not the meeting's chair (a vice-chair taking the chair, a change part-way): the
   * minutes print "Councillor X in the chair" where the chair changes. Left out, the meeting's chair.
   */
  chairPersonId: Id.optional(),
  presenter: z.string().trim().max(200).optional(),
  presenterPersonId: Id.optional(),
  timeAllowanceMinutes: z.number().int().min(0).max(600).optional(),
  standardKind: StandardItemKind.optional(),
  confidentiality: Confidentiality,
  recommendations: z.array(Text(2000)).max(50),
  attachmentIds: z.array(Id).max(100),
  /** A short easy-read summary: short sentences, one idea a line, for the easy-read agenda and minutes. */
  easyReadSummary: z.string().trim().max(2000).optional(),
  /** Added or changed after the agenda was published: printed as a supplementary item. */
  supplementary: z.boolean().default(false),
  /** Assigned when the minutes are drafted, by the board's numbering scheme; fixed from then on. */
  minuteNumber: z.number().int().min(1).optional(),
  ...Audit,
});
export type AgendaItem = z.infer<typeof AgendaItem>;
