import { z } from 'zod';
import type { Input } from '../../../../shared/api/contract';
import type { RewardClaimView } from '../../../../shared/api/areas/reward';
import { INPUTS } from '../../../../shared/api/inputs';
import { parsePounds, penceAsDecimal } from '../../../../shared/domain/reward/money';
import { ActivityKind, Expense, ExpenseKind, PaymentChoice } from '../../../../shared/model/reward';

const expenseRow = z.object({ key: z.number(), kind: ExpenseKind, amount: z.string(), receipt: z.string(), description: z.string() });
export type ExpenseValues = z.infer<typeof expenseRow>;

const claim = INPUTS['reward.claims.create'].shape;
const CHOICES = PaymentChoice.options.map((option) => option.shape.kind.value);

/** "2:30" → 150, "2.5" → 150, "45m" is not understood; '' is none. Null when it cannot be read. */
export function parseMinutes(typed: string): number | null {
  const text = typed.trim();
  if (text === '') return 0;
  const clock = /^(\d{1,3}):([0-5]\d)$/.exec(text);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  if (/^\d{1,3}(\.\d{1,2})?$/.test(text)) return Math.round(Number(text) * 60);
  return null;
}

/** 150 → "2:30". */
export const minutesAsTyped = (minutes: number): string =>
  minutes === 0 ? '' : `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** A time typed in hours and minutes, checked by the contract's `rule` for it: its own words when it is out of range. */
function timeProblem(typed: string, rule: z.ZodType<unknown, number>, unreadable: string): string | null {
  const minutes = parseMinutes(typed);
  if (minutes === null) return unreadable;
  return rule.safeParse(minutes).error?.issues[0]?.message ?? null;
}

/**
 * A reward claim as its form holds it, checked with the contract's `reward.claims.create`: who, which board, the
 * meeting or the activity's date, the time given and preparation, each expense's amount, the charity for a
 * donation, when benefits advice was offered. Its output is the `reward.claims.create` input.
 */
export const claimFormSchema = z
  .object({
    personId: z.string(),
    boardId: z.string(),
    forWhat: z.enum(['meeting', 'activity']),
    meetingId: z.string(),
    activity: ActivityKind,
    date: z.string(),
    description: z.string(),
    /** "2:30" or "2.5" (hours). */
    time: z.string(),
    preparation: z.string(),
    expenses: z.array(expenseRow),
    choice: z.enum(CHOICES),
    charity: z.string(),
    adviceOffered: z.boolean(),
    adviceOn: z.string(),
    note: z.string(),
    /** Editing only: work the reward out again from the rates in force. */
    recalculate: z.boolean(),
  })
  .superRefine((values, ctx) => {
    const problem = (path: (string | number)[], message: string): void => ctx.addIssue({ code: 'custom', path, message });
    if (!claim.personId.safeParse(values.personId).success) problem(['personId'], 'Choose who is claiming');
    if (!claim.boardId.safeParse(values.boardId).success) problem(['boardId'], 'Choose the board');
    if (values.forWhat === 'meeting' && values.meetingId === '') problem(['meetingId'], 'Choose the meeting');
    if (values.forWhat === 'activity' && !claim.date.safeParse(values.date).success)
      problem(['date'], 'Enter the date of the activity, for example 5 December 2024');
    if (!claim.description.safeParse(values.description.trim() || undefined).success)
      problem(['description'], 'Keep the description to 300 characters');
    const time = timeProblem(values.time, claim.durationMinutes, 'Enter the time given in hours and minutes, for example 2:30');
    if (time !== null) problem(['time'], time);
    const preparation = timeProblem(
      values.preparation,
      claim.preparationMinutes.removeDefault(),
      'Enter the preparation time in hours and minutes, for example 1:15',
    );
    if (preparation !== null) problem(['preparation'], preparation);
    values.expenses.forEach((e, index) => {
      if (!Expense.shape.amountPence.safeParse(parsePounds(e.amount)).success)
        problem(['expenses', index, 'amount'], `Enter the amount of expense ${index + 1} in pounds, for example 6.40`);
    });
    if (values.choice === 'donation' && !PaymentChoice.safeParse({ kind: 'donation', charity: values.charity }).success)
      problem(['charity'], 'Enter the name of the charity');
    if (values.adviceOffered && !claim.date.safeParse(values.adviceOn).success) problem(['adviceOn'], 'Enter the date benefits advice was offered');
  })
  .transform((values): Input<'reward.claims.create'> => {
    const description = values.description.trim();
    const note = values.note.trim();
    return {
      personId: values.personId,
      boardId: values.boardId,
      ...(values.forWhat === 'meeting'
        ? { meetingId: values.meetingId, activity: 'meeting' as const }
        : { activity: values.activity, date: values.date }),
      ...(description === '' ? {} : { description }),
      durationMinutes: parseMinutes(values.time) ?? 0,
      preparationMinutes: parseMinutes(values.preparation) ?? 0,
      expenses: values.expenses.map((e) => ({
        kind: e.kind,
        amountPence: parsePounds(e.amount) ?? 0,
        ...(e.receipt.trim() === '' ? {} : { receiptReference: e.receipt.trim() }),
        ...(e.description.trim() === '' ? {} : { description: e.description.trim() }),
      })),
      choice: values.choice === 'donation' ? { kind: 'donation', charity: values.charity.trim() } : { kind: values.choice },
      benefitsAdvice: values.adviceOffered ? { offered: true, offeredOn: values.adviceOn } : { offered: false },
      ...(note === '' ? {} : { note }),
    };
  });

export type ClaimValues = z.input<typeof claimFormSchema>;

export const CLAIM_FORM = 'claim';
export const fieldId = (name: string): string => `${CLAIM_FORM}-${name}`;

let nextKey = 1;
export const newExpense = (kind: ExpenseValues['kind'] = 'travel'): ExpenseValues => ({
  key: nextKey++,
  kind,
  amount: '',
  receipt: '',
  description: '',
});

export function newClaimValues(boardId: string, personId: string, today: string): ClaimValues {
  return {
    personId,
    boardId,
    forWhat: 'meeting',
    meetingId: '',
    activity: 'training',
    date: today,
    description: '',
    time: '',
    preparation: '',
    expenses: [],
    choice: 'bank-transfer',
    charity: '',
    adviceOffered: false,
    adviceOn: today,
    note: '',
    recalculate: false,
  };
}

export function claimValuesOf(view: RewardClaimView): ClaimValues {
  return {
    personId: view.personId,
    boardId: view.boardId,
    forWhat: view.meetingId === undefined ? 'activity' : 'meeting',
    meetingId: view.meetingId ?? '',
    activity: view.activity,
    date: view.date,
    description: view.description ?? '',
    time: minutesAsTyped(view.durationMinutes),
    preparation: minutesAsTyped(view.preparationMinutes),
    expenses: view.expenses.map((e) => ({
      key: nextKey++,
      kind: e.kind,
      amount: penceAsDecimal(e.amountPence),
      receipt: e.receiptReference ?? '',
      description: e.description ?? '',
    })),
    choice: view.choice.kind,
    charity: view.choice.kind === 'donation' ? view.choice.charity : '',
    adviceOffered: view.benefitsAdvice.offered,
    adviceOn: view.benefitsAdvice.offeredOn ?? view.date,
    note: view.note ?? '',
    recalculate: false,
  };
}

/** The same fields as a change to an existing claim: blanks clear, the meeting may be taken away. */
export function updateInput(id: string, input: Input<'reward.claims.create'>, recalculate: boolean): Input<'reward.claims.update'> {
  const { meetingId, description, note, date, ...rest } = input;
  return {
    id,
    patch: { ...rest, meetingId: meetingId ?? null, ...(date === undefined ? {} : { date }), description: description ?? null, note: note ?? null },
    recalculate,
  };
}

const FIELDS: Readonly<Record<string, string>> = {
  personId: 'person',
  boardId: 'board',
  meetingId: 'meeting',
  date: 'date',
  description: 'description',
  time: 'time',
  durationMinutes: 'time',
  preparation: 'preparation',
  preparationMinutes: 'preparation',
  charity: 'charity',
  choice: 'charity',
  adviceOn: 'advice-on',
  benefitsAdvice: 'advice-on',
};

/** Where a problem at `path` belongs on the form (a path in the form, or in the contract's input), else the time given. */
export function claimFieldFor(path: string | undefined, values: Pick<ClaimValues, 'expenses'>): string {
  const [first = '', index = '', part = ''] = (path ?? '').replace(/^patch\./, '').split('.');
  const expense = first === 'expenses' ? values.expenses[Number(index)] : undefined;
  if (expense !== undefined && (part === 'amount' || part === 'amountPence')) return fieldId(`expense-${expense.key}-amount`);
  return fieldId(FIELDS[first] ?? 'time');
}
