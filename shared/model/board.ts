import { z } from 'zod';
import { Audit, Id, IsoDate, Text } from './common';
import { MINUTE_FIELDS, RESOLUTION_FIELDS, templateProblem, type TemplateField } from './numbering-template';
import { DecisionVerb, PartNumbering, STANDARD_DECISION_VERBS } from './resolution';

export const BOARD_KINDS = ['committee', 'co-production-board', 'partnership-board', 'health-and-wellbeing-board', 'other'] as const;
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
 * A pattern as it is given: refused with the sentence that says what is wrong with it (`numbering-template.ts`).
 * A pattern already in a board's record is read as the earlier, looser rule let it be written (it only had to hold
 * the field), so no folder becomes unreadable; it prints as before (`minute-numbering.ts`).
 */
const pattern = (max: number, fields: readonly TemplateField[], requiredAnyOf: readonly string[]) =>
  z
    .string()
    .trim()
    .min(1, 'Enter a pattern')
    .max(max, `A pattern may be at most ${max} characters`)
    .superRefine((template, ctx) => {
      const problem = templateProblem(template, fields, requiredAnyOf);
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
    });

const storedPattern = (max: number, requiredAnyOf: readonly string[]) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((t) => requiredAnyOf.some((name) => t.includes(`{${name}`)), `The pattern must include {${requiredAnyOf[0] ?? ''}}`);

/**
 * How minutes are numbered: a pattern of `MINUTE_FIELDS` (`numbering-template.ts`): `{n}` the minute's number
 * (`{n:03}` in three digits), `{code}` the board's short code, `{year}` the municipal year as "24/25" (`{year:long}`
 * 2024/25, `{year:compact}` 2425), `{yyyy}` and `{yy}` the calendar year of the meeting.
 */
export const MinuteNumbering = z.object({
  template: pattern(60, MINUTE_FIELDS, ['n']),
  /** When the number starts again at 1. */
  restart: z.enum(['municipal-year', 'meeting', 'never']),
  /**
   * Where the board's numbering had reached before Minute Book: the last minute number it used, at a meeting on
   * `date`. The next minutes continue from it as from an earlier meeting's, unless the restart rule starts again.
   */
  carriedFrom: z
    .object({
      number: z.number().int().min(1, 'The last minute number must be 1 or more').max(99_999, 'The last minute number must be at most 99999'),
      date: IsoDate,
    })
    .optional(),
  /**
   * Where the numbering starts in a municipal year, for a board that came to Minute Book part-way through its
   * records: "in the 2024/25 municipal year, the first minute is 45". `year` is the calendar year the municipal
   * year begins in. Minutes of that year never number below it.
   */
  yearStarts: z
    .array(
      z.object({
        year: z.number().int().min(1900, 'Give a municipal year from 1900/01').max(2200, 'Give a municipal year up to 2200/01'),
        first: z.number().int().min(1, 'The first minute number must be 1 or more').max(99_999, 'The first minute number must be at most 99999'),
      }),
    )
    .max(100)
    .refine((starts) => new Set(starts.map((s) => s.year)).size === starts.length, 'Give each municipal year once')
    .optional(),
});
export type MinuteNumbering = z.infer<typeof MinuteNumbering>;

/** `MinuteNumbering` as a board's record holds it. */
const StoredMinuteNumbering = MinuteNumbering.extend({ template: storedPattern(60, ['n']) });

/**
 * How resolutions are referenced: a pattern of `RESOLUTION_FIELDS`: `{minute}` (the minute number as printed,
 * without a trailing full stop), `{r}` (the resolution's position within its minute; `{r:02}` in two digits), and
 * the fields of minute numbers but `{n}`.
 */
export const ResolutionReferencing = z.object({
  template: pattern(80, RESOLUTION_FIELDS, ['minute', 'n']),
});
export type ResolutionReferencing = z.infer<typeof ResolutionReferencing>;

const StoredResolutionReferencing = z.object({ template: storedPattern(80, ['minute', 'n']) });

/** The fonts bundled with Minute Book (resources/fonts/), which every PDF embeds. */
export const HOUSE_FONT_IDS = ['liberation-sans', 'liberation-serif'] as const;
export const HouseFontId = z.enum(HOUSE_FONT_IDS);
export type HouseFontId = z.infer<typeof HouseFontId>;

const LOGO_SIGNATURES = { 'image/png': 'iVBORw0KGgo', 'image/jpeg': '/9j/' } as const;

/** How a board's documents look. Every field is optional: what is left out takes the default. */
export const HouseStyleSettings = z.object({
  /** Printed at the top of every document; the board's organisation when left out. */
  organisationName: z.string().trim().max(200).optional(),
  logo: z
    .object({
      mediaType: z.enum(['image/png', 'image/jpeg']),
      /** The image itself, base64: logos are small, and a board's look should travel with its record. */
      dataBase64: z.base64().max(700_000, 'The logo must be smaller than 500 KB'),
      /** Alternative text; "<organisation> logo" when left out. */
      alt: z.string().trim().max(200).optional(),
    })
    .refine((logo) => logo.dataBase64.startsWith(LOGO_SIGNATURES[logo.mediaType]), {
      message: 'The logo must be a PNG or JPEG image of the type given',
      path: ['dataBase64'],
    })
    .optional(),
  font: HouseFontId.optional(),
  /** Page margins in millimetres; A4 is the only paper size councils in England use for committee papers. */
  marginsMm: z
    .object({
      top: z.number().min(10).max(50),
      right: z.number().min(10).max(50),
      bottom: z.number().min(10).max(50),
      left: z.number().min(10).max(50),
    })
    .optional(),
  pageSize: z.literal('A4').optional(),
});
export type HouseStyleSettings = z.infer<typeof HouseStyleSettings>;

/**
 * The board's own decision verbs, beyond the standard ones (`STANDARD_DECISION_VERBS`): each in capitals, once.
 */
export const DecisionVerbs = z
  .array(DecisionVerb)
  .max(30, 'A board may add at most 30 verbs of its own')
  .superRefine((verbs, ctx) => {
    verbs.forEach((verb, i) => {
      if (verbs.indexOf(verb) !== i) ctx.addIssue({ code: 'custom', path: [i], message: `${verb} is listed twice.` });
      else if ((STANDARD_DECISION_VERBS as readonly string[]).includes(verb)) {
        ctx.addIssue({ code: 'custom', path: [i], message: `${verb} is a standard verb already; list only the board’s own.` });
      }
    });
  });

/** A word or phrase to avoid in papers and minutes, and what to say instead. */
export const PlainEnglishWord = z.object({ avoid: Text(100), instead: Text(200) });
export type PlainEnglishWord = z.infer<typeof PlainEnglishWord>;

/**
 * How the attendance list is ordered: as the clerk recorded it, by surname (titles such as Cllr and Dr left out
 * of the sort), or grouped by who people are (councillors, experts by experience and carers, partners, officers).
 */
export const ATTENDANCE_ORDERS = ['as-recorded', 'surname', 'by-role'] as const;
export const AttendanceOrder = z.enum(ATTENDANCE_ORDERS);
export type AttendanceOrder = z.infer<typeof AttendanceOrder>;

export const EXEMPT_ITEMS_ORDERS = ['at-end', 'as-taken'] as const;
export const ExemptItemsOrder = z.enum(EXEMPT_ITEMS_ORDERS);
export type ExemptItemsOrder = z.infer<typeof ExemptItemsOrder>;

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
  minuteNumbering: StoredMinuteNumbering,
  resolutionReferencing: StoredResolutionReferencing,
  standardItems: z.array(StandardItem).max(30),
  /** Verbs the board's decisions may open with besides the standard ones, such as "NOT CARRIED". */
  decisionVerbs: DecisionVerbs.optional(),
  /** How new decisions number their parts: (1), (i) or (a); (1) when left out. */
  decisionNumbering: PartNumbering.optional(),
  clerk: z.object({ name: z.string().trim().max(200), email: z.string().trim().max(200).optional() }).optional(),
  /** How the board's documents look; optional, so stores written before it need no migration. */
  houseStyle: HouseStyleSettings.optional(),
  /** Seldom-heard groups the board means to reach ("young carers"); participation reports count who took part. */
  seldomHeardGroups: z.array(Text(200)).max(50).default([]),
  /** The board's own list of words to avoid, with plainer alternatives; the shipped list when left out. */
  plainEnglishWords: z.array(PlainEnglishWord).max(1000).optional(),
  /** The order of the attendance list in the minutes; by surname when left out. */
  attendanceOrder: AttendanceOrder.optional(),
  /** Whether the minutes print each item's agenda number beside its minute number: "68. Apologies (agenda item 1)". */
  printAgendaItemNumbers: z.boolean().optional(),
  /**
   * Where exempt items go: after every public item, as Part II (`at-end`, when left out), or where they were
   * placed on the agenda, in the order in which they were taken (`as-taken`).
   */
  exemptItemsOrder: ExemptItemsOrder.optional(),
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
