import { z } from 'zod';
import { Audit, Id, Text } from './common';

export const BOARD_KINDS = [
  'committee',
  'co-production-board',
  'partnership-board',
  'health-and-wellbeing-board',
  'other',
] as const;
export const BoardKind = z.enum(BOARD_KINDS);
export type BoardKind = z.infer<typeof BoardKind>;

export const STANDARD_ITEM_KINDS = [
  'apologies',
  'declarations',
  'previous-minutes',
  'matters-arising',
  'public-questions',
  'any-other-business',
  'date-of-next-meeting',
] as const;
export const StandardItemKind = z.enum(STANDARD_ITEM_KINDS);
export type StandardItemKind = z.infer<typeof StandardItemKind>;

export const ITEM_PURPOSES = ['decision', 'discussion', 'information'] as const;
export const ItemPurpose = z.enum(ITEM_PURPOSES);
export type ItemPurpose = z.infer<typeof ItemPurpose>;

export const StandardItem = z.object({
  kind: StandardItemKind,
  title: Text(200),
  purpose: ItemPurpose,
  /** Opening items come before the business; closing items after it. */
  position: z.enum(['opening', 'closing']),
  timeAllowanceMinutes: z.number().int().min(0).max(600).optional(),
});
export type StandardItem = z.infer<typeof StandardItem>;

/**
 * How minutes are numbered. Tokens: `{n}` the minute's number, `{code}` the board's short code,
 * `{year}` the municipal year as "24/25", `{yyyy}` the calendar year of the meeting.
 */
export const MinuteNumbering = z.object({
  template: z.string().trim().min(1).max(60).refine((t) => t.includes('{n}'), 'The template must contain {n}'),
  /** When the number starts again at 1. */
  restart: z.enum(['municipal-year', 'meeting', 'never']),
});
export type MinuteNumbering = z.infer<typeof MinuteNumbering>;

/**
 * How resolutions are referenced. Tokens: `{code}`, `{minute}` (the minute number as printed, without a trailing
 * full stop), `{r}` (the resolution's position within its minute), `{year}`, `{yyyy}`.
 */
export const ResolutionReferencing = z.object({
  template: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .refine((t) => t.includes('{minute}') || t.includes('{n}'), 'The template must contain {minute}'),
});
export type ResolutionReferencing = z.infer<typeof ResolutionReferencing>;

export const Board = z.object({
  id: Id,
  name: Text(200),
  /** Short code used in references, e.g. "ACPB". */
  shortCode: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9-]{0,11}$/, 'Use 1 to 12 letters, digits or hyphens, starting with a letter'),
  kind: BoardKind,
  organisation: z.string().trim().max(200).optional(),
  /** The smallest number of voting members present for the meeting to be quorate. */
  quorum: z.number().int().min(1).max(200),
  /** Day the municipal year begins (the annual meeting is usually in May). */
  municipalYearStart: z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }),
  minuteNumbering: MinuteNumbering,
  resolutionReferencing: ResolutionReferencing,
  standardItems: z.array(StandardItem).max(30),
  clerk: z
    .object({ name: z.string().trim().max(200), email: z.string().trim().max(200).optional() })
    .optional(),
  archived: z.boolean().default(false),
  ...Audit,
});
export type Board = z.infer<typeof Board>;

export const DEFAULT_STANDARD_ITEMS: readonly StandardItem[] = [
  { kind: 'apologies', title: 'Apologies for absence', purpose: 'information', position: 'opening', timeAllowanceMinutes: 2 },
  { kind: 'declarations', title: 'Declarations of interest', purpose: 'information', position: 'opening', timeAllowanceMinutes: 2 },
  { kind: 'previous-minutes', title: 'Minutes of the previous meeting', purpose: 'decision', position: 'opening', timeAllowanceMinutes: 5 },
  { kind: 'matters-arising', title: 'Matters arising and action log', purpose: 'discussion', position: 'opening', timeAllowanceMinutes: 10 },
  { kind: 'any-other-business', title: 'Any other business', purpose: 'discussion', position: 'closing', timeAllowanceMinutes: 5 },
  { kind: 'date-of-next-meeting', title: 'Date of next meeting', purpose: 'information', position: 'closing', timeAllowanceMinutes: 1 },
];
