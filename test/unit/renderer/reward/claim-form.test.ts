import { describe, expect, it } from 'vitest';
import {
  claimFieldFor,
  claimFormSchema,
  fieldId,
  minutesAsTyped,
  newClaimValues,
  newExpense,
  parseMinutes,
  updateInput,
  type ClaimValues,
} from '../../../../renderer/src/features/reward/claim-form-schema';
import { parseRewardFilters, rewardFiltersSearch } from '../../../../renderer/src/features/reward/reward-filters';

/** The problems the form shows, each beside its field, in the order of the fields. */
const claimErrors = (values: ClaimValues): { fieldId: string; message: string }[] =>
  (claimFormSchema.safeParse(values).error?.issues ?? []).map((issue) => ({
    fieldId: claimFieldFor(issue.path.join('.'), values),
    message: issue.message,
  }));

const filled = (patch: Partial<ClaimValues> = {}): ClaimValues => ({
  ...newClaimValues('b1', 'p1', '2025-07-01'),
  meetingId: 'm1',
  time: '2:30',
  ...patch,
});

describe('the claim form', () => {
  it('reads time as hours and minutes or as decimal hours', () => {
    expect(parseMinutes('2:30')).toBe(150);
    expect(parseMinutes('2.5')).toBe(150);
    expect(parseMinutes('')).toBe(0);
    expect(parseMinutes('two hours')).toBeNull();
    expect(parseMinutes('2:75')).toBeNull();
    expect(minutesAsTyped(150)).toBe('2:30');
    expect(minutesAsTyped(0)).toBe('');
  });

  it('names each field that is wrong, before anything is sent', () => {
    const expense = { ...newExpense(), amount: '6.4.0' };
    const errors = claimErrors(
      filled({ meetingId: '', time: 'soon', expenses: [expense], choice: 'donation', charity: ' ', adviceOffered: true, adviceOn: '' }),
    );
    expect(errors).toEqual([
      { fieldId: fieldId('meeting'), message: 'Choose the meeting' },
      { fieldId: fieldId('time'), message: 'Enter the time given in hours and minutes, for example 2:30' },
      { fieldId: fieldId(`expense-${expense.key}-amount`), message: 'Enter the amount of expense 1 in pounds, for example 6.40' },
      { fieldId: fieldId('charity'), message: 'Enter the name of the charity' },
      { fieldId: fieldId('advice-on'), message: 'Enter the date benefits advice was offered' },
    ]);
    expect(claimErrors(filled())).toEqual([]);
  });

  it('holds the time given to the contract’s limit, in its words', () => {
    expect(claimErrors(filled({ time: '25:00' }))).toEqual([{ fieldId: fieldId('time'), message: 'Time given cannot be more than 24 hours' }]);
  });

  it('sends a meeting claim with its expenses in pence and the person’s choice', () => {
    const input = claimFormSchema.parse(
      filled({
        preparation: '1:15',
        expenses: [{ ...newExpense(), amount: '6.40', receipt: ' TR-0042 ', description: '' }],
        choice: 'donation',
        charity: 'Riverside Food Bank',
        adviceOffered: true,
        adviceOn: '2025-06-10',
      }),
    );
    expect(input).toEqual({
      personId: 'p1',
      boardId: 'b1',
      meetingId: 'm1',
      activity: 'meeting',
      durationMinutes: 150,
      preparationMinutes: 75,
      expenses: [{ kind: 'travel', amountPence: 640, receiptReference: 'TR-0042' }],
      choice: { kind: 'donation', charity: 'Riverside Food Bank' },
      benefitsAdvice: { offered: true, offeredOn: '2025-06-10' },
    });
  });

  it('sends a change that clears blanks and can take the meeting away', () => {
    const change = updateInput('c1', claimFormSchema.parse(filled({ forWhat: 'activity', activity: 'workshop', date: '2025-06-24' })), true);
    expect(change).toMatchObject({
      id: 'c1',
      recalculate: true,
      patch: { meetingId: null, activity: 'workshop', date: '2025-06-24', description: null, note: null },
    });
  });

  it('puts a refusal beside the field the backend names', () => {
    expect(claimFieldFor('meetingId', filled())).toBe(fieldId('meeting'));
    expect(claimFieldFor('patch.benefitsAdvice.offeredOn', filled())).toBe(fieldId('advice-on'));
    expect(claimFieldFor(undefined, filled())).toBe(fieldId('time'));
  });
});

describe('the reward screen’s address', () => {
  it('keeps the filters, leaving out the defaults', () => {
    const filters = { boardId: 'b1', personId: '', taxYear: '2024/25', status: 'approved' as const };
    const search = rewardFiltersSearch(filters, '2025/26');
    expect(search).toBe('board=b1&year=2024%2F25&status=approved');
    expect(parseRewardFilters(search, '2025/26')).toEqual(filters);
    expect(rewardFiltersSearch({ ...filters, boardId: '', taxYear: '2025/26', status: '' }, '2025/26')).toBe('');
  });

  it('ignores what it does not understand', () => {
    expect(parseRewardFilters('year=2025-26&status=lost', '2025/26')).toEqual({ boardId: '', personId: '', taxYear: '2025/26', status: '' });
  });
});
