import type { Clock } from '../../../electron/backend/context';

/**
 * A clock that reads the same until it is moved: each step of a fault workload sets its own time, so records get
 * the same stamps however many times the code reads the clock, in every run.
 */
export type StepClock = Clock & { set(iso: string): void; atMinute(n: number): void };

export function stepClock(start: string): StepClock {
  let current = start;
  const base = Date.parse(start);
  return {
    now: () => current,
    set: (iso) => void (current = iso),
    atMinute: (n) => void (current = new Date(base + n * 60_000).toISOString()),
  };
}
