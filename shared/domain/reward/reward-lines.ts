import type { PersonKind, RewardBand, RewardLine, RewardRate } from '../../model';
import { rateInForce } from './rates';

/**
 * Half a day, for the session bands: time given up to and including 4 hours is paid at the "up to half a day"
 * rate; anything longer at the "over half a day" rate. A claim with no session time (preparation only) has no
 * session line.
 */
export const HALF_DAY_MINUTES = 4 * 60;

/** Preparation is paid by the hour, rounded to the nearest quarter of an hour (7 minutes rounds down, 8 up). */
export const PREPARATION_STEP_MINUTES = 15;

/** The session band for the time given; undefined for none. */
export function sessionBand(durationMinutes: number): RewardBand | undefined {
  if (durationMinutes <= 0) return undefined;
  return durationMinutes <= HALF_DAY_MINUTES ? 'up-to-half-day' : 'over-half-day';
}

/** Preparation time in hours, to the nearest quarter hour: 50 minutes is 0.75 hours, 53 minutes is 1 hour. */
export function preparationHours(preparationMinutes: number): number {
  const steps = Math.round(Math.max(0, preparationMinutes) / PREPARATION_STEP_MINUTES);
  return (steps * PREPARATION_STEP_MINUTES) / 60;
}

export type RewardFacts = {
  readonly role: PersonKind;
  readonly boardId: string;
  readonly date: string;
  readonly durationMinutes: number;
  readonly preparationMinutes: number;
};

/** A band the claim needs and no rate covers: the clerk must add a rate for it. */
export type MissingRate = { readonly role: PersonKind; readonly band: RewardBand; readonly date: string };

export type WorkedOutReward =
  { readonly ok: true; readonly lines: readonly RewardLine[] } | { readonly ok: false; readonly missing: readonly MissingRate[] };

const line = (band: RewardBand, rate: RewardRate, quantity: number): RewardLine => ({
  band,
  rateId: rate.id,
  quantity,
  unitPence: rate.amountPence,
  // Quarter hours of an odd number of pence leave a fraction: rounded to the nearest penny, half up.
  amountPence: Math.round(quantity * rate.amountPence),
});

/**
 * The reward lines of a claim, from the rates in force for the person's role on the claim's board and date: one
 * session line (unless no time was given) and one preparation line (unless there was none, after rounding). The
 * lines keep the rate's id and amount, so a later change of rate leaves the claim as it was.
 */
export function workOutReward(facts: RewardFacts, rates: readonly RewardRate[]): WorkedOutReward {
  const wanted: { band: RewardBand; quantity: number }[] = [];
  const session = sessionBand(facts.durationMinutes);
  if (session !== undefined) wanted.push({ band: session, quantity: 1 });
  const hours = preparationHours(facts.preparationMinutes);
  if (hours > 0) wanted.push({ band: 'preparation-hour', quantity: hours });
  const lines: RewardLine[] = [];
  const missing: MissingRate[] = [];
  for (const { band, quantity } of wanted) {
    const rate = rateInForce(rates, { role: facts.role, band, boardId: facts.boardId, date: facts.date });
    if (rate === undefined) missing.push({ role: facts.role, band, date: facts.date });
    else lines.push(line(band, rate, quantity));
  }
  return missing.length > 0 ? { ok: false, missing } : { ok: true, lines };
}
