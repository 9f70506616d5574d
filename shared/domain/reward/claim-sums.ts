import { EXPENSE_KINDS, type ExpenseKind, type RewardClaim } from '../../model';

/**
 * What a claim adds up to. The payment choice is about the reward for time: a person who declines it is still
 * repaid their expenses, so nobody is out of pocket for taking part. A declined reward counts zero in what is
 * payable and paid, and is kept apart as "declined".
 */
export type ClaimSums = {
  /** The reward worked out for the time given, whatever the person chose. */
  readonly rewardPence: number;
  readonly expensesPence: number;
  readonly expensesByKind: Readonly<Record<ExpenseKind, number>>;
  /** The reward the person chose not to receive. */
  readonly declinedRewardPence: number;
  /** What is to be paid out (or donated, or given in vouchers): the reward unless declined, and the expenses. */
  readonly payablePence: number;
};

export const zeroByExpenseKind = (): Record<ExpenseKind, number> =>
  Object.fromEntries(EXPENSE_KINDS.map((k) => [k, 0])) as Record<ExpenseKind, number>;

export function claimSums(claim: Pick<RewardClaim, 'reward' | 'expenses' | 'choice'>): ClaimSums {
  const rewardPence = claim.reward.reduce((sum, l) => sum + l.amountPence, 0);
  const expensesByKind = zeroByExpenseKind();
  for (const e of claim.expenses) expensesByKind[e.kind] += e.amountPence;
  const expensesPence = claim.expenses.reduce((sum, e) => sum + e.amountPence, 0);
  const declined = claim.choice.kind === 'declined';
  return {
    rewardPence,
    expensesPence,
    expensesByKind,
    declinedRewardPence: declined ? rewardPence : 0,
    payablePence: (declined ? 0 : rewardPence) + expensesPence,
  };
}
