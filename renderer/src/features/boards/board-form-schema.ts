import { z } from 'zod';
import type { Input } from '../../../../shared/api/contract';
import { BoardFields } from '../../../../shared/api/inputs';
import { standardItemKindLabel } from '../../../../shared/domain';
import {
  BoardKind,
  DEFAULT_STANDARD_ITEMS,
  ItemPurpose,
  AttendanceOrder,
  ExemptItemsOrder,
  MinuteNumbering,
  ResolutionReferencing,
  STANDARD_ITEM_KINDS,
  StandardItem,
  type Board,
  type StandardItemKind,
} from '../../../../shared/model/board';
import { DecisionVerbs } from '../../../../shared/model/board';
import { municipalYearText } from '../../../../shared/model/numbering-template';
import { PartNumbering } from '../../../../shared/model/resolution';
import { clearable } from '../../components/form/patch-fields';
import { optional, reworded, wholeNumber, worded } from '../../components/form/form-rules';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** One standard item as the form holds it; its title and minutes are checked only when it is ticked. */
const standardItemSchema = (kind: StandardItemKind) =>
  z
    .object({ included: z.boolean(), title: z.string(), purpose: ItemPurpose, position: StandardItem.shape.position, minutes: z.string() })
    .superRefine((item, ctx) => {
      if (!item.included) return;
      if (!StandardItem.shape.title.safeParse(item.title).success) {
        ctx.addIssue({ code: 'custom', path: ['title'], message: `Enter a title for “${standardItemKindLabel(kind)}”` });
      }
      if (!minutesAllowed.safeParse(item.minutes).success) {
        ctx.addIssue({
          code: 'custom',
          path: ['minutes'],
          message: `Enter the minutes for “${item.title || standardItemKindLabel(kind)}” as a whole number up to 600`,
        });
      }
    });

const minutesAllowed = optional(wholeNumber(StandardItem.shape.timeAllowanceMinutes.unwrap(), 'not a whole number up to 600'));

const standardItemsSchema = z.object(
  Object.fromEntries(STANDARD_ITEM_KINDS.map((kind) => [kind, standardItemSchema(kind)])) as Record<
    StandardItemKind,
    ReturnType<typeof standardItemSchema>
  >,
);

/** The start of the municipal year: a day that exists in its month. */
const yearStartSchema = z.object({ day: z.string(), month: z.string() }).superRefine(({ day, month }, ctx) => {
  const start = BoardFields.shape.municipalYearStart.unwrap().safeParse({ month: Number(month), day: Number(day) });
  if (!/^\d+$/.test(day.trim()) || !start.success || start.data.day > (DAYS_IN_MONTH[start.data.month - 1] ?? 31)) {
    ctx.addIssue({ code: 'custom', path: ['day'], message: 'Enter a day that exists in the month the municipal year starts' });
  }
});

const carriedRules = BoardFields.shape.minuteNumbering.unwrap().shape.carriedFrom.unwrap().shape;

/** Where the numbering had reached before Minute Book: both the number and the meeting's date, or neither. */
const carriedSchema = z.object({ number: z.string(), date: z.string() }).superRefine(({ number, date }, ctx) => {
  if (number.trim() === '' && date.trim() === '') return;
  const n = /^\d+$/.test(number.trim()) ? carriedRules.number.safeParse(Number(number)) : undefined;
  if (n?.success !== true) {
    ctx.addIssue({
      code: 'custom',
      path: ['number'],
      message: 'Enter the last minute number used before Minute Book, as a whole number from 1 to 99999',
    });
  }
  if (!carriedRules.date.safeParse(date.trim()).success) {
    ctx.addIssue({ code: 'custom', path: ['date'], message: 'Enter the date of the meeting that minute number was in' });
  }
});

const yearStartRules = MinuteNumbering.shape.yearStarts.unwrap();

/** One municipal year's first minute number as typed: "2024/25 45", "24/25: 45" or "2024 45". */
function readYearStart(line: string): { year: number; first: number } | undefined {
  const match = /^(\d{4}|\d{2})(?:\s*[/-]\s*(\d{2}|\d{4}))?\s*[:=,\s]\s*(\d+)$/.exec(line.trim());
  if (match === null) return undefined;
  const [, from = '', to, first = ''] = match;
  const year = from.length === 2 ? 2000 + Number(from) : Number(from);
  // The second year, when given, must follow the first: 2024/25, not 2024/26.
  if (to !== undefined && Number(to) % 100 !== (year + 1) % 100) return undefined;
  return { year, first: Number(first) };
}

const yearStartLines = (typed: string): string[] =>
  typed
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** The first minute number of each municipal year, one a line; a problem names its line. */
const yearStartsSchema = z.string().superRefine((typed, ctx) => {
  const lines = yearStartLines(typed);
  const read = lines.map(readYearStart);
  const unread = read.findIndex((start) => start === undefined);
  if (unread !== -1) {
    ctx.addIssue({
      code: 'custom',
      message: `Line ${unread + 1}, “${lines[unread] ?? ''}”: write the municipal year, then its first minute number, as 2024/25 45`,
    });
    return;
  }
  const issue = yearStartRules.safeParse(read).error?.issues[0];
  if (issue === undefined) return;
  const line = typeof issue.path[0] === 'number' ? issue.path[0] : undefined;
  ctx.addIssue({ code: 'custom', message: line === undefined ? issue.message : `Line ${line + 1}, “${lines[line] ?? ''}”: ${issue.message}` });
});

/** The year starts as the form's output: read, in the order of the years. */
export const yearStartsOf = (typed: string): { year: number; first: number }[] =>
  yearStartLines(typed)
    .flatMap((line) => {
      const start = readYearStart(line);
      return start === undefined ? [] : [start];
    })
    .toSorted((a, b) => a.year - b.year);

/** The year starts as the form shows them: one a line, "2024/25 45". */
const yearStartsText = (starts: readonly { year: number; first: number }[] | undefined): string =>
  (starts ?? []).map((start) => `${municipalYearText(start.year, 'long')} ${start.first}`).join('\n');

/** The board's own verbs as typed, one a line, read in capitals (as the minutes print them). */
const verbLines = (typed: string): string[] =>
  typed
    .split('\n')
    .map((line) => line.trim().toUpperCase())
    .filter((line) => line !== '');

/** The board's own decision verbs, checked by the contract's rule; a problem names its line. */
const decisionVerbsSchema = z.string().superRefine((typed, ctx) => {
  const verbs = verbLines(typed);
  const issue = DecisionVerbs.safeParse(verbs).error?.issues[0];
  if (issue === undefined) return;
  const line = typeof issue.path[0] === 'number' ? issue.path[0] : undefined;
  ctx.addIssue({ code: 'custom', message: line === undefined ? issue.message : `Line ${line + 1}, “${verbs[line] ?? ''}”: ${issue.message}` });
});

/**
 * The board form, from the contract's `boards.create` input (BoardFields): text as typed, in the order of the
 * form's fields; its output is the input to send, blank optional fields left out.
 */
export const boardFormSchema = z
  .object({
    name: worded(BoardFields.shape.name, 'Enter the board’s name'),
    shortCode: worded(BoardFields.shape.shortCode, 'Enter a short code of 1 to 12 letters, digits or hyphens, starting with a letter'),
    kind: BoardKind,
    organisation: optional(worded(BoardFields.shape.organisation.unwrap(), 'Enter the organisation in 200 characters or fewer')),
    quorum: wholeNumber(BoardFields.shape.quorum, 'Enter the quorum as a whole number from 1 to 200'),
    clerkName: z.string(),
    clerkEmail: z.string(),
    yearStart: yearStartSchema,
    // The contract's own sentence: it says which field or brace is wrong, and how to write it.
    numberingTemplate: reworded(MinuteNumbering.shape.template, (issue) => issue.message),
    numberingRestart: MinuteNumbering.shape.restart,
    carried: carriedSchema,
    yearStarts: yearStartsSchema,
    referenceTemplate: reworded(ResolutionReferencing.shape.template, (issue) => issue.message),
    attendanceOrder: AttendanceOrder,
    printAgendaItemNumbers: z.boolean(),
    exemptItemsOrder: ExemptItemsOrder,
    standardItems: standardItemsSchema,
    decisionVerbs: decisionVerbsSchema,
    decisionNumbering: PartNumbering,
  })
  .transform((values): Input<'boards.create'> => {
    const clerkName = values.clerkName.trim();
    const clerkEmail = values.clerkEmail.trim();
    return {
      name: values.name,
      shortCode: values.shortCode,
      kind: values.kind,
      ...(values.organisation === undefined ? {} : { organisation: values.organisation }),
      quorum: values.quorum,
      municipalYearStart: { month: Number(values.yearStart.month), day: Number(values.yearStart.day) },
      minuteNumbering: {
        template: values.numberingTemplate,
        restart: values.numberingRestart,
        ...(values.carried.number.trim() === '' ? {} : { carriedFrom: { number: Number(values.carried.number), date: values.carried.date.trim() } }),
        ...(yearStartsOf(values.yearStarts).length === 0 ? {} : { yearStarts: yearStartsOf(values.yearStarts) }),
      },
      resolutionReferencing: { template: values.referenceTemplate },
      ...(verbLines(values.decisionVerbs).length === 0 ? {} : { decisionVerbs: verbLines(values.decisionVerbs) }),
      decisionNumbering: values.decisionNumbering,
      attendanceOrder: values.attendanceOrder,
      printAgendaItemNumbers: values.printAgendaItemNumbers,
      exemptItemsOrder: values.exemptItemsOrder,
      standardItems: STANDARD_ITEM_KINDS.filter((kind) => values.standardItems[kind].included).map((kind): StandardItem => {
        const item = values.standardItems[kind];
        const minutes = item.minutes.trim();
        return {
          kind,
          title: item.title.trim(),
          purpose: item.purpose,
          position: item.position,
          ...(minutes === '' ? {} : { timeAllowanceMinutes: Number(minutes) }),
        };
      }),
      ...(clerkName === '' && clerkEmail === '' ? {} : { clerk: { name: clerkName, ...(clerkEmail === '' ? {} : { email: clerkEmail }) } }),
    };
  });

/** What the board form holds: text as typed. */
export type BoardFormValues = z.input<typeof boardFormSchema>;
export type StandardItemValues = BoardFormValues['standardItems'][StandardItemKind];

/** Ids of the form's fields, so the error summary can move focus to them. */
export const BOARD_FIELD_IDS = {
  name: 'board-name',
  shortCode: 'board-short-code',
  kind: 'board-kind',
  organisation: 'board-organisation',
  quorum: 'board-quorum',
  clerkName: 'board-clerk-name',
  clerkEmail: 'board-clerk-email',
  yearStartDay: 'board-year-start-day',
  numberingTemplate: 'board-numbering-template',
  carriedNumber: 'board-carried-number',
  carriedDate: 'board-carried-date',
  yearStarts: 'board-year-starts',
  referenceTemplate: 'board-reference-template',
  decisionVerbs: 'board-decision-verbs',
  decisionNumbering: 'board-decision-numbering',
} as const;

export const standardItemFieldId = (kind: StandardItemKind, field: 'title' | 'minutes'): string => `standard-${kind}-${field}`;

/** The field a problem at `path` (a path in the form, or in the contract's input) is shown beside. */
export function boardFieldId(path: string): string | undefined {
  const [key = '', kind, field] = path.replace(/^patch\./, '').split('.');
  if (key === 'yearStart' || key === 'municipalYearStart') return BOARD_FIELD_IDS.yearStartDay;
  // The form's `carried.number`, or the contract's `minuteNumbering.carriedFrom.number`, and the like.
  if (key === 'carried' || kind === 'carriedFrom')
    return (kind === 'carriedFrom' ? field : kind) === 'date' ? BOARD_FIELD_IDS.carriedDate : BOARD_FIELD_IDS.carriedNumber;
  if (key === 'minuteNumbering' && kind === 'template') return BOARD_FIELD_IDS.numberingTemplate;
  if (key === 'minuteNumbering' && kind === 'yearStarts') return BOARD_FIELD_IDS.yearStarts;
  if (key === 'resolutionReferencing' && kind === 'template') return BOARD_FIELD_IDS.referenceTemplate;
  if (key === 'standardItems' && (field === 'title' || field === 'minutes')) return `standard-${kind}-${field}`;
  return key in BOARD_FIELD_IDS ? BOARD_FIELD_IDS[key as keyof typeof BOARD_FIELD_IDS] : undefined;
}

/** Where the backend's refusal points, as one of this form's fields. */
export const boardFieldForPath = (path: string | undefined): string | undefined => (path === undefined ? undefined : boardFieldId(path));

/** The kinds a new board gets by default are those of DEFAULT_STANDARD_ITEMS; the others start unticked. */
function standardValues(items: readonly StandardItem[]): Record<StandardItemKind, StandardItemValues> {
  const entries = STANDARD_ITEM_KINDS.map((kind): [StandardItemKind, StandardItemValues] => {
    const item = items.find((s) => s.kind === kind);
    if (item === undefined) {
      return [
        kind,
        {
          included: false,
          title: standardItemKindLabel(kind),
          purpose: kind === 'public-questions' ? 'discussion' : 'information',
          position: kind === 'any-other-business' || kind === 'date-of-next-meeting' ? 'closing' : 'opening',
          minutes: '',
        },
      ];
    }
    const minutes = item.timeAllowanceMinutes === undefined ? '' : String(item.timeAllowanceMinutes);
    return [kind, { included: true, title: item.title, purpose: item.purpose, position: item.position, minutes }];
  });
  return Object.fromEntries(entries) as Record<StandardItemKind, StandardItemValues>;
}

export function newBoardValues(): BoardFormValues {
  return {
    name: '',
    shortCode: '',
    kind: 'committee',
    organisation: '',
    quorum: '3',
    clerkName: '',
    clerkEmail: '',
    yearStart: { day: '1', month: '5' },
    numberingTemplate: '{n}.',
    numberingRestart: 'municipal-year',
    carried: { number: '', date: '' },
    yearStarts: '',
    referenceTemplate: '{code}/{yyyy}/{minute}-{r}',
    decisionVerbs: '',
    decisionNumbering: 'numbers',
    attendanceOrder: 'surname',
    printAgendaItemNumbers: false,
    exemptItemsOrder: 'at-end',
    standardItems: standardValues(DEFAULT_STANDARD_ITEMS),
  };
}

export function boardValues(board: Board): BoardFormValues {
  return {
    name: board.name,
    shortCode: board.shortCode,
    kind: board.kind,
    organisation: board.organisation ?? '',
    quorum: String(board.quorum),
    clerkName: board.clerk?.name ?? '',
    clerkEmail: board.clerk?.email ?? '',
    yearStart: { day: String(board.municipalYearStart.day), month: String(board.municipalYearStart.month) },
    numberingTemplate: board.minuteNumbering.template,
    numberingRestart: board.minuteNumbering.restart,
    carried: {
      number: board.minuteNumbering.carriedFrom === undefined ? '' : String(board.minuteNumbering.carriedFrom.number),
      date: board.minuteNumbering.carriedFrom?.date ?? '',
    },
    yearStarts: yearStartsText(board.minuteNumbering.yearStarts),
    referenceTemplate: board.resolutionReferencing.template,
    decisionVerbs: (board.decisionVerbs ?? []).join('\n'),
    decisionNumbering: board.decisionNumbering ?? 'numbers',
    attendanceOrder: board.attendanceOrder ?? 'surname',
    printAgendaItemNumbers: board.printAgendaItemNumbers === true,
    exemptItemsOrder: board.exemptItemsOrder ?? 'at-end',
    standardItems: standardValues(board.standardItems),
  };
}

/**
 * The form's input as a patch of `before` for `boards.update`: an organisation the clerk emptied, a clerk whose
 * name and email were both emptied, or a list of the board's own verbs emptied, is sent as null, clearing it. The house style and word list, set elsewhere,
 * are untouched.
 */
export function boardPatch(input: Input<'boards.create'>, before: Board): Input<'boards.update'>['patch'] {
  const { organisation, clerk, decisionVerbs, ...rest } = input;
  return {
    ...rest,
    ...clearable('organisation', organisation, before.organisation),
    ...clearable('clerk', clerk, before.clerk),
    ...clearable('decisionVerbs', decisionVerbs, before.decisionVerbs),
  };
}
