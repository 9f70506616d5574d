import type { ClaimStatus, ExpenseKind, PaymentChoice, RewardClaim } from '../../model';
import { claimSums, zeroByExpenseKind } from './claim-sums';
import { taxYearOf } from './tax-year';

type ChoiceKind = PaymentChoice['kind'];

/** Claims made one way, and the reward paid that way: a declined reward is counted as a claim but pays nothing. */
export type ChoiceTotal = { readonly claims: number; readonly rewardPence: number };

/** One person's reward and expenses in one tax year (6 April to 5 April), in pence. */
export type PersonYearTotals = {
  readonly personId: string;
  readonly taxYear: string;
  readonly claims: number;
  /** Reward worked out for the time given, declined or not. */
  readonly rewardPence: number;
  readonly declinedRewardPence: number;
  readonly expensesPence: number;
  readonly expensesByKind: Readonly<Record<ExpenseKind, number>>;
  /** Reward (unless declined) and expenses: what is paid out, donated or given in vouchers. */
  readonly payablePence: number;
  /** Payable amounts by the claims' status: `paid` is what has been paid so far. */
  readonly byStatus: Readonly<Record<ClaimStatus, number>>;
  readonly byChoice: Readonly<Record<ChoiceKind, ChoiceTotal>>;
  /** Rewards given to charity at the person's wish, by charity. */
  readonly donations: readonly { readonly charity: string; readonly rewardPence: number }[];
};

type Tally = {
  personId: string;
  taxYear: string;
  claims: number;
  rewardPence: number;
  declinedRewardPence: number;
  expensesPence: number;
  expensesByKind: Record<ExpenseKind, number>;
  payablePence: number;
  byStatus: Record<ClaimStatus, number>;
  byChoice: Record<ChoiceKind, { claims: number; rewardPence: number }>;
  charities: Map<string, number>;
};

const emptyTally = (personId: string, taxYear: string): Tally => ({
  personId,
  taxYear,
  claims: 0,
  rewardPence: 0,
  declinedRewardPence: 0,
  expensesPence: 0,
  expensesByKind: zeroByExpenseKind(),
  payablePence: 0,
  byStatus: { due: 0, approved: 0, paid: 0 },
  byChoice: {
    'bank-transfer': { claims: 0, rewardPence: 0 },
    vouchers: { claims: 0, rewardPence: 0 },
    donation: { claims: 0, rewardPence: 0 },
    declined: { claims: 0, rewardPence: 0 },
  },
  charities: new Map(),
});

function add(tally: Tally, claim: RewardClaim): void {
  const sums = claimSums(claim);
  const paidReward = sums.rewardPence - sums.declinedRewardPence;
  tally.claims += 1;
  tally.rewardPence += sums.rewardPence;
  tally.declinedRewardPence += sums.declinedRewardPence;
  tally.expensesPence += sums.expensesPence;
  for (const kind of Object.keys(tally.expensesByKind) as ExpenseKind[]) tally.expensesByKind[kind] += sums.expensesByKind[kind];
  tally.payablePence += sums.payablePence;
  tally.byStatus[claim.status] += sums.payablePence;
  tally.byChoice[claim.choice.kind].claims += 1;
  tally.byChoice[claim.choice.kind].rewardPence += paidReward;
  if (claim.choice.kind === 'donation') tally.charities.set(claim.choice.charity, (tally.charities.get(claim.choice.charity) ?? 0) + paidReward);
}

/**
 * Totals per person per tax year, newest tax year first, then by person id (callers sort by name). Each claim
 * falls in the tax year of its date.
 */
export function rewardTotals(claims: readonly RewardClaim[]): PersonYearTotals[] {
  const tallies = new Map<string, Tally>();
  for (const claim of claims) {
    const taxYear = taxYearOf(claim.date);
    const key = `${taxYear}\u0000${claim.personId}`;
    const tally = tallies.get(key) ?? emptyTally(claim.personId, taxYear);
    tallies.set(key, tally);
    add(tally, claim);
  }
  return [...tallies.values()]
    .map(({ charities, ...tally }): PersonYearTotals => ({
      ...tally,
      donations: [...charities]
        .map(([charity, rewardPence]) => ({ charity, rewardPence }))
        .sort((a, b) => a.charity.localeCompare(b.charity, 'en-GB')),
    }))
    .sort((a, b) => b.taxYear.localeCompare(a.taxYear) || a.personId.localeCompare(b.personId));
}
