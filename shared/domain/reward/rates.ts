import { REWARD_BANDS, type PersonKind, type RewardBand, type RewardRate } from '../../model';

export type RateQuery = {
  readonly role: PersonKind;
  readonly band: RewardBand;
  readonly boardId: string;
  /** The day of the activity, YYYY-MM-DD. */
  readonly date: string;
};

const latestFrom = (rates: readonly RewardRate[], date: string): RewardRate | undefined =>
  rates
    .filter((r) => r.effectiveFrom <= date)
    .reduce<RewardRate | undefined>(
      (best, r) =>
        best === undefined || r.effectiveFrom > best.effectiveFrom || (r.effectiveFrom === best.effectiveFrom && r.createdAt > best.createdAt)
          ? r
          : best,
      undefined,
    );

/**
 * The rate in force for a role and band on a board on a date: the one with the latest `effectiveFrom` on or before
 * the date. A rate set for the board beats a rate for all boards, whatever their dates, so a board can pay more
 * (or less) than the council's usual rate. Undefined when no rate applies.
 */
export function rateInForce(rates: readonly RewardRate[], query: RateQuery): RewardRate | undefined {
  const matching = rates.filter((r) => r.role === query.role && r.band === query.band);
  return (
    latestFrom(
      matching.filter((r) => r.boardId === query.boardId),
      query.date,
    ) ??
    latestFrom(
      matching.filter((r) => r.boardId === undefined),
      query.date,
    )
  );
}

/** A rate with the day before its successor took over, if one has. */
export type RateSpan = { readonly rate: RewardRate; readonly until?: string };

const dayBefore = (iso: string): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Rates for all boards first, then each board's; within each, by role and then band (sessions before preparation). */
const groupOrder = (a: RewardRate, b: RewardRate): number =>
  compareText(a.boardId ?? '', b.boardId ?? '') || compareText(a.role, b.role) || REWARD_BANDS.indexOf(a.band) - REWARD_BANDS.indexOf(b.band);

/** Every rate, grouped by board, role and band, oldest first, each with the day it stopped applying: a rate's history. */
export function rateHistory(rates: readonly RewardRate[]): RateSpan[] {
  const sorted = rates.toSorted((a, b) => groupOrder(a, b) || compareText(a.effectiveFrom, b.effectiveFrom) || compareText(a.createdAt, b.createdAt));
  return sorted.map((rate, index) => {
    const next = sorted[index + 1];
    return next !== undefined && groupOrder(next, rate) === 0 ? { rate, until: dayBefore(next.effectiveFrom) } : { rate };
  });
}
