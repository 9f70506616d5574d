import type { Input } from '../../../../shared/api/contract';
import type { RewardClaimView } from '../../../../shared/api/areas/reward';
import { parsePounds, penceAsDecimal } from '../../../../shared/domain/reward/money';
import type { ActivityKind, ExpenseKind, PaymentChoice } from '../../../../shared/model/reward';
import type { FieldError } from '../../components/form/field-error';

export type ExpenseValues = { readonly key: number; readonly kind: ExpenseKind; readonly amount: string; readonly receipt: string; readonly description: string };

export type ClaimValues = {
  readonly personId: string;
  readonly boardId: string;
  readonly forWhat: 'meeting' | 'activity';
  readonly meetingId: string;
  readonly activity: ActivityKind;
  readonly date: string;
  readonly description: string;
  /** "2:30" or "2.5" (hours). */
  readonly time: string;
  readonly preparation: string;
  readonly expenses: readonly ExpenseValues[];
  readonly choice: PaymentChoice['kind'];
  readonly charity: string;
  readonly adviceOffered: boolean;
  readonly adviceOn: string;
  readonly note: string;
  /** Editing only: work the reward out again from the rates in force. */
  readonly recalculate: boolean;
};

export const CLAIM_FORM = 'claim';
export const fieldId = (name: string): string => `${CLAIM_FORM}-${name}`;

let nextKey = 1;
export const newExpense = (kind: ExpenseKind = 'travel'): ExpenseValues => ({ key: nextKey++, kind, amount: '', receipt: '', description: '' });

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
export const minutesAsTyped = (minutes: number): string => (minutes === 0 ? '' : `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`);

export function claimValuesOf(claim: RewardClaimView): ClaimValues {
  return {
    personId: claim.personId,
    boardId: claim.boardId,
    forWhat: claim.meetingId === undefined ? 'activity' : 'meeting',
    meetingId: claim.meetingId ?? '',
    activity: claim.activity,
    date: claim.date,
    description: claim.description ?? '',
    time: minutesAsTyped(claim.durationMinutes),
    preparation: minutesAsTyped(claim.preparationMinutes),
    expenses: claim.expenses.map((e) => ({ key: nextKey++, kind: e.kind, amount: penceAsDecimal(e.amountPence), receipt: e.receiptReference ?? '', description: e.description ?? '' })),
    choice: claim.choice.kind,
    charity: claim.choice.kind === 'donation' ? claim.choice.charity : '',
    adviceOffered: claim.benefitsAdvice.offered,
    adviceOn: claim.benefitsAdvice.offeredOn ?? claim.date,
    note: claim.note ?? '',
    recalculate: false,
  };
}

const isDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** What is wrong with the form, field by field, before anything is sent. */
export function claimErrors(values: ClaimValues): FieldError[] {
  const errors: FieldError[] = [];
  if (values.personId === '') errors.push({ fieldId: fieldId('person'), message: 'Choose who is claiming' });
  if (values.boardId === '') errors.push({ fieldId: fieldId('board'), message: 'Choose the board' });
  if (values.forWhat === 'meeting' && values.meetingId === '') errors.push({ fieldId: fieldId('meeting'), message: 'Choose the meeting' });
  if (values.forWhat === 'activity' && !isDate(values.date)) errors.push({ fieldId: fieldId('date'), message: 'Enter the date of the activity, for example 5 December 2024' });
  if (parseMinutes(values.time) === null) errors.push({ fieldId: fieldId('time'), message: 'Enter the time given in hours and minutes, for example 2:30' });
  if (parseMinutes(values.preparation) === null) errors.push({ fieldId: fieldId('preparation'), message: 'Enter the preparation time in hours and minutes, for example 1:15' });
  values.expenses.forEach((e, index) => {
    if (parsePounds(e.amount) === null) errors.push({ fieldId: fieldId(`expense-${e.key}-amount`), message: `Enter the amount of expense ${index + 1} in pounds, for example 6.40` });
  });
  if (values.choice === 'donation' && values.charity.trim() === '') errors.push({ fieldId: fieldId('charity'), message: 'Enter the name of the charity' });
  if (values.adviceOffered && !isDate(values.adviceOn)) errors.push({ fieldId: fieldId('advice-on'), message: 'Enter the date benefits advice was offered' });
  return errors;
}

const choiceOf = (values: ClaimValues): PaymentChoice =>
  values.choice === 'donation' ? { kind: 'donation', charity: values.charity.trim() } : { kind: values.choice };

/** The fields of a checked form, as the backend takes them for a new claim. */
export function createInput(values: ClaimValues): Input<'reward.claims.create'> {
  const description = values.description.trim();
  const note = values.note.trim();
  return {
    personId: values.personId,
    boardId: values.boardId,
    ...(values.forWhat === 'meeting' ? { meetingId: values.meetingId, activity: 'meeting' as const } : { activity: values.activity, date: values.date }),
    ...(description === '' ? {} : { description }),
    durationMinutes: parseMinutes(values.time) ?? 0,
    preparationMinutes: parseMinutes(values.preparation) ?? 0,
    expenses: values.expenses.map((e) => ({
      kind: e.kind,
      amountPence: parsePounds(e.amount) ?? 0,
      ...(e.receipt.trim() === '' ? {} : { receiptReference: e.receipt.trim() }),
      ...(e.description.trim() === '' ? {} : { description: e.description.trim() }),
    })),
    choice: choiceOf(values),
    benefitsAdvice: values.adviceOffered ? { offered: true, offeredOn: values.adviceOn } : { offered: false },
    ...(note === '' ? {} : { note }),
  };
}

/** The same fields as a change to an existing claim: blanks clear, the meeting may be taken away. */
export function updateInput(id: string, values: ClaimValues): Input<'reward.claims.update'> {
  const { meetingId, description, note, date, ...rest } = createInput(values);
  return {
    id,
    patch: {
      ...rest,
      meetingId: meetingId ?? null,
      ...(date === undefined ? {} : { date }),
      description: description ?? null,
      note: note ?? null,
    },
    recalculate: values.recalculate,
  };
}

/** Where the backend's refusal belongs on the form, by the path it names. */
export function fieldForPath(path: string | undefined): string {
  if (path === undefined) return fieldId('time');
  if (path.startsWith('meetingId')) return fieldId('meeting');
  if (path.startsWith('date')) return fieldId('date');
  if (path.startsWith('personId')) return fieldId('person');
  if (path.startsWith('benefitsAdvice')) return fieldId('advice-on');
  if (path.startsWith('choice')) return fieldId('charity');
  if (path.startsWith('preparation')) return fieldId('preparation');
  return fieldId('time');
}
