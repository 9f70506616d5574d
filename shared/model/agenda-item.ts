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
);
export type ExemptCategory = z.infer<typeof ExemptCategory>;

export const Confidentiality = z.discriminatedUnion('access', [
  z.object({ access: z.literal('public') }),
  z.object({ access: z.literal('exempt'), category: ExemptCategory, reason: z.string().trim().max(500).optional() }),
]);
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
