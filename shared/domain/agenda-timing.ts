const MINUTES_PER_DAY = 24 * 60;

/** A 24-hour `HH:MM` moved on by some minutes, wrapping at midnight. Unchanged if it is not a clock time. */
export function addMinutesToClock(clock: string, minutes: number): string {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(clock);
  if (!match) return clock;
  const total = (((Number(match[1]) * 60 + Number(match[2]) + Math.round(minutes)) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** Minutes from one clock time to a later one on the same day (negative if `to` is earlier). */
export function minutesBetweenClocks(from: string, to: string): number {
  const toMinutes = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
  return toMinutes(to) - toMinutes(from);
}

export type ItemTiming = {
  /** The clock time the item is expected to start. */
  readonly startsAt: string;
  /** Minutes allowed for every item so far, this one included. */
  readonly runningTotal: number;
  /** The clock time the item is expected to end. */
  readonly endsAt: string;
};

export type AgendaTiming = {
  readonly items: ReadonlyMap<string, ItemTiming>;
  readonly totalMinutes: number;
  readonly projectedEnd: string;
  /** Minutes past the planned end time, when there is one and the agenda runs over it. */
  readonly overrunMinutes?: number;
};

/**
 * When each item is expected to start and end, taking the items in the order they will be taken (public part,
 * then private part). An item without an allowance takes no time. Each item's allowance is its own: a parent's
 * does not include its sub-items'.
 */
export function agendaTiming(
  items: readonly { readonly id: string; readonly timeAllowanceMinutes?: number }[],
  startTime: string,
  endTime?: string,
): AgendaTiming {
  const timings = new Map<string, ItemTiming>();
  let total = 0;
  for (const item of items) {
    const startsAt = addMinutesToClock(startTime, total);
    total += item.timeAllowanceMinutes ?? 0;
    timings.set(item.id, { startsAt, runningTotal: total, endsAt: addMinutesToClock(startTime, total) });
  }
  const projectedEnd = addMinutesToClock(startTime, total);
  const planned = endTime === undefined ? undefined : minutesBetweenClocks(startTime, endTime);
  const overrun = planned === undefined ? undefined : total - planned;
  return {
    items: timings,
    totalMinutes: total,
    projectedEnd,
    ...(overrun !== undefined && overrun > 0 ? { overrunMinutes: overrun } : {}),
  };
}
