/**
 * A small seeded random source (sfc32), so a fault run can be repeated exactly from its seed. The suite's seed is
 * fixed; FAULT_SEED overrides it to explore other kill points and inputs.
 */
export type Random = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, below). */
  int(below: number): number;
  /** An integer in [min, max], both included. */
  between(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  chance(probability: number): boolean;
  /** The list in a new random order. */
  shuffle<T>(list: readonly T[]): T[];
};

export function seededRandom(seed: number): Random {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // The first outputs of sfc32 still echo the seed; let them go.
  for (let i = 0; i < 15; i += 1) next();
  const int = (below: number): number => Math.floor(next() * below);
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    pick: <T>(list: readonly T[]): T => {
      if (list.length === 0) throw new Error('pick from an empty list');
      return list[int(list.length)] as T;
    },
    chance: (probability) => next() < probability,
    shuffle: <T>(list: readonly T[]): T[] => {
      const out = list.slice();
      for (let i = out.length - 1; i > 0; i -= 1) {
        const j = int(i + 1);
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
      return out;
    },
  };
}

/** The seed a fault test uses: its own fixed one, or FAULT_SEED when set (printed either way by the caller). */
export function faultSeed(fixed: number): number {
  const given = process.env['FAULT_SEED'];
  if (given === undefined || given === '') return fixed;
  const seed = Number(given);
  if (!Number.isSafeInteger(seed)) throw new Error(`FAULT_SEED must be a whole number; it is "${given}".`);
  return seed;
}
