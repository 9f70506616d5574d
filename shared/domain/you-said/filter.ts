import type { OutcomeStatus, YouSaidWeDid } from '../../model';

export type YouSaidFilter = {
  readonly from?: string;
  readonly to?: string;
  readonly status?: OutcomeStatus;
};

const within = (date: string | undefined, from: string | undefined, to: string | undefined): boolean =>
  date !== undefined && (from === undefined || date >= from) && (to === undefined || date <= to);

/**
 * In the period when it was raised in it, or its outcome was recorded in it: a year's report shows what was said
 * that year and what was done that year about things said before.
 */
export function youSaidInPeriod(entry: YouSaidWeDid, from?: string, to?: string): boolean {
  if (from === undefined && to === undefined) return true;
  return within(entry.raised.on, from, to) || within(entry.outcome.on, from, to);
}

/** Entries in the period with the outcome asked for, oldest raised first. */
export function filterYouSaid<T extends YouSaidWeDid>(entries: readonly T[], filter: YouSaidFilter): T[] {
  return entries
    .filter((e) => youSaidInPeriod(e, filter.from, filter.to) && (filter.status === undefined || e.outcome.status === filter.status))
    .toSorted((a, b) => a.raised.on.localeCompare(b.raised.on) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** How many entries have each outcome. */
export function countOutcomes(entries: readonly YouSaidWeDid[]): Readonly<Record<OutcomeStatus, number>> {
  const counts: Record<OutcomeStatus, number> = { open: 0, done: 0, changed: 0, 'not-possible': 0 };
  for (const e of entries) counts[e.outcome.status] += 1;
  return counts;
}
