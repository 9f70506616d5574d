import { z } from 'zod';
import { ItemPurpose, StandardItemKind } from './board';
import { Audit, Id, Text } from './common';

/** The paragraphs of Schedule 12A to the Local Government Act 1972 (England): categories of exempt information. */
export const EXEMPT_CATEGORIES = {
  1: 'Information relating to any individual',
  2: 'Information which is likely to reveal the identity of an individual',
  3: 'Information relating to the financial or business affairs of any particular person (including the authority holding that information)',
  4: 'Information relating to any consultations or negotiations, or contemplated consultations or negotiations, in connection with any labour relations matter arising between the authority or a Minister of the Crown and employees of, or office holders under, the authority',
  5: 'Information in respect of which a claim to legal professional privilege could be maintained in legal proceedings',
  6: 'Information which reveals that the authority proposes to give under any enactment a notice under or by virtue of which requirements are imposed on a person, or to make an order or direction under any enactment',
  7: 'Information relating to any action taken or to be taken in connection with the prevention, investigation or prosecution of crime',
} as const satisfies Record<number, string>;
export const ExemptCategory = z.union([1, 2, 3, 4, 5, 6, 7].map((n) => z.literal(n)) as [
  z.ZodLiteral<1>,
  z.ZodLiteral<2>,
  z.ZodLiteral<3>,
  z.ZodLiteral<4>,
  z.ZodLiteral<5>,
  z.ZodLiteral<6>,
  z.ZodLiteral<7>,
]);
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
  /** Added or changed after the agenda was published: printed as a supplementary item. */
  supplementary: z.boolean().default(false),
  /** Assigned when the minutes are drafted, by the board's numbering scheme; fixed from then on. */
  minuteNumber: z.number().int().min(1).optional(),
  ...Audit,
});
export type AgendaItem = z.infer<typeof AgendaItem>;
