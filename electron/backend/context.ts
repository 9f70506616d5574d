/** The clock and the id generator are passed in, so tests are deterministic. */
export type Clock = {
  /** The current instant, ISO 8601 with offset (UTC). */
  readonly now: () => string;
};
export type IdGenerator = {
  readonly next: () => string;
};

export const systemClock: Clock = { now: () => new Date().toISOString() };
