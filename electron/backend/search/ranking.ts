/*
 * How results are ranked: by how well they match, weighed by how recent their meeting is. A clerk usually wants
 * the latest word on a subject, so a match counts for half as much as the same match three years later; a much
 * better match can still come from further back. The weight halves at a steady rate, so how two results compare
 * never depends on the day the search is made.
 */

const DAY_MS = 86_400_000;
const YEAR_DAYS = 365.25;
/** Every this many years, a match counts for half. */
export const HALF_LIFE_YEARS = 3;

const dayNumber = (isoDate: string): number => Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / DAY_MS;

/** 1 for a meeting on the `reference` date, half for one `HALF_LIFE_YEARS` before it, and so on. */
export function recencyWeight(meetingDate: string, reference: string): number {
  return 2 ** ((dayNumber(meetingDate) - dayNumber(reference)) / YEAR_DAYS / HALF_LIFE_YEARS);
}

/** The most any meeting of the year `year` can weigh: that of its last day. */
export const yearWeight = (year: string, reference: string): number => recencyWeight(`${year}-12-31`, reference);

/** The best `limit` of everything offered, by `rank`, and the least of them once there are `limit`. */
export class BestOf<T extends { readonly rank: number }> {
  private items: T[] = [];

  constructor(private readonly limit: number) {}

  offer(batch: readonly T[]): void {
    const floor = this.floor();
    for (const item of batch) if (floor === undefined || item.rank > floor) this.items.push(item);
    this.items.sort((a, b) => b.rank - a.rank);
    if (this.items.length > this.limit) this.items.length = this.limit;
  }

  /** The rank a newcomer must beat to get in; none until there are `limit`. */
  floor(): number | undefined {
    return this.items.length < this.limit ? undefined : this.items[this.items.length - 1]?.rank;
  }

  get best(): readonly T[] {
    return this.items;
  }
}
