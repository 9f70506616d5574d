import type { Expense, ExpenseKind, RewardClaim } from '../../model';
import type { Sheet } from '../compose/registers';
import { claimSums } from './claim-sums';
import { activityKindLabel, claimStatusLabel, expenseKindLabel, paymentChoiceKindLabel, rewardBandLabel } from './labels';
import { penceAsDecimal } from './money';
import { byLedgerOrder, rewardNames, type RewardNames, type RewardRecords } from './reward-records';
import { taxYearOf } from './tax-year';

/**
 * The columns finance needs to pay claims, one row per claim. Amounts are plain decimals of pounds ("1234.50") so
 * a spreadsheet can sum them. It holds what a payment needs and nothing else: no diversity or health data, no
 * access needs, no notes and no record of benefits advice.
 */
export const FINANCE_COLUMNS = [
  'Claim id',
  'Person',
  'Board',
  'Date',
  'Tax year',
  'Activity',
  'Meeting',
  'Description',
  'Reward (£)',
  'Reward worked out',
  'Travel (£)',
  'Travel receipts',
  'Carer costs (£)',
  'Carer cost receipts',
  'Other expenses (£)',
  'Other expense receipts',
  'Expenses in detail',
  'Total to pay (£)',
  'Payment choice',
  'Charity',
  'Status',
  'Approved on',
  'Paid on',
] as const;

const quantityWords = (band: string, quantity: number): string => (band === 'preparation-hour' ? `${quantity} h` : String(quantity));

function rewardWorkedOut(claim: RewardClaim): string {
  return claim.reward
    .map(
      (l) => `${rewardBandLabel(l.band)}: ${quantityWords(l.band, l.quantity)} × ${penceAsDecimal(l.unitPence)} = ${penceAsDecimal(l.amountPence)}`,
    )
    .join('; ');
}

const receipts = (expenses: readonly Expense[], kind: ExpenseKind): string =>
  expenses
    .filter((e) => e.kind === kind && e.receiptReference !== undefined && e.receiptReference !== '')
    .map((e) => e.receiptReference ?? '')
    .join('; ');

function expenseDetail(e: Expense): string {
  const receipt = e.receiptReference === undefined || e.receiptReference === '' ? 'no receipt' : `receipt ${e.receiptReference}`;
  return `${expenseKindLabel(e.kind)} ${penceAsDecimal(e.amountPence)} (${receipt})${e.description === undefined || e.description === '' ? '' : `: ${e.description}`}`;
}

function claimRow(claim: RewardClaim, names: RewardNames): string[] {
  const sums = claimSums(claim);
  return [
    claim.id,
    names.person(claim.personId),
    names.board(claim.boardId),
    claim.date,
    taxYearOf(claim.date),
    activityKindLabel(claim.activity),
    names.meeting(claim.meetingId),
    claim.description ?? '',
    penceAsDecimal(sums.rewardPence),
    rewardWorkedOut(claim),
    penceAsDecimal(sums.expensesByKind.travel),
    receipts(claim.expenses, 'travel'),
    penceAsDecimal(sums.expensesByKind.carer),
    receipts(claim.expenses, 'carer'),
    penceAsDecimal(sums.expensesByKind.other),
    receipts(claim.expenses, 'other'),
    claim.expenses.map(expenseDetail).join('; '),
    penceAsDecimal(sums.payablePence),
    paymentChoiceKindLabel(claim.choice.kind),
    claim.choice.kind === 'donation' ? claim.choice.charity : '',
    claimStatusLabel(claim.status),
    claim.approvedOn ?? '',
    claim.paidOn ?? '',
  ];
}

/**
 * The finance export as rows: every claim in `records`, oldest first (filter the claims before calling). A declined
 * reward shows in "Reward" but not in "Total to pay", which holds the expenses alone.
 */
export function rewardFinanceSheet(records: RewardRecords): Sheet {
  const names = rewardNames(records);
  return { header: [...FINANCE_COLUMNS], rows: records.claims.toSorted(byLedgerOrder(names)).map((claim) => claimRow(claim, names)) };
}
