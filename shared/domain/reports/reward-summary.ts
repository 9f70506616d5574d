import type { RewardClaim } from '../../model';
import { claimSums } from '../reward/claim-sums';
import type { RewardSummary } from './annual-report';
import { inPeriod, type ReportPeriod } from './report-period';

/** A board's claims dated in the period, added up without naming anyone: for the annual report. */
export function rewardSummary(claims: readonly RewardClaim[], boardId: string, period: ReportPeriod): RewardSummary {
  const chosen = claims.filter((c) => c.boardId === boardId && inPeriod(c.date, period));
  let rewardPence = 0;
  let expensesPence = 0;
  let paidPence = 0;
  for (const claim of chosen) {
    const sums = claimSums(claim);
    rewardPence += sums.rewardPence - sums.declinedRewardPence;
    expensesPence += sums.expensesPence;
    if (claim.status === 'paid') paidPence += sums.payablePence;
  }
  return {
    claims: chosen.length,
    people: new Set(chosen.map((c) => c.personId)).size,
    rewardPence,
    expensesPence,
    declinedClaims: chosen.filter((c) => c.choice.kind === 'declined').length,
    paidPence,
  };
}
