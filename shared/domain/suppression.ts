/**
 * Small-number suppression for aggregate counts of sensitive data (diversity monitoring, seldom-heard groups).
 *
 * - Primary: a count from 1 to 4 is shown as "fewer than 5". Nought is shown: it says nobody has the
 *   characteristic, which identifies nobody, and hiding it would make every hidden cell look like a small one.
 * - Secondary: when exactly one cell of a breakdown is hidden and its total is shown, the hidden cell could be
 *   worked out by subtraction; so the next smallest cell above nought is hidden too ("not shown").
 * - A breakdown whose total is itself 1 to 4 is hidden whole: even the pattern of noughts would say what the few
 *   people answered.
 */
export const SMALL_NUMBER_THRESHOLD = 5;

export type Shown =
  | { readonly kind: 'count'; readonly count: number }
  /** Primary suppression: 1 to `threshold - 1`. */
  | { readonly kind: 'fewer-than'; readonly threshold: number }
  /** Secondary suppression, or a cell of a breakdown hidden whole: any number, nought included. */
  | { readonly kind: 'hidden' };

export type SuppressedBreakdown = { readonly cells: readonly Shown[]; readonly total: Shown };

const count = (n: number): Shown => ({ kind: 'count', count: n });

/** One count on its own: 1 to 4 becomes "fewer than 5". */
export function suppressCount(n: number, threshold: number = SMALL_NUMBER_THRESHOLD): Shown {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Not a count: ${n}`);
  return n > 0 && n < threshold ? { kind: 'fewer-than', threshold } : count(n);
}

/**
 * The cells of one breakdown (every answer to one question, say) and their total, with primary and secondary
 * suppression applied. The cells must partition the total: each person counted in exactly one cell.
 */
export function suppressBreakdown(counts: readonly number[], threshold: number = SMALL_NUMBER_THRESHOLD): SuppressedBreakdown {
  const total = counts.reduce((sum, n) => sum + n, 0);
  const primaryTotal = suppressCount(total, threshold);
  if (primaryTotal.kind !== 'count') return { cells: counts.map((): Shown => ({ kind: 'hidden' })), total: primaryTotal };
  const cells: Shown[] = counts.map((n) => suppressCount(n, threshold));
  const small = cells.filter((c) => c.kind === 'fewer-than').length;
  if (small === 1) {
    // The total is at least `threshold` here, so some other cell is above nought.
    let pick = -1;
    counts.forEach((n, i) => {
      if (cells[i]?.kind === 'count' && n > 0 && (pick === -1 || n < (counts[pick] ?? Infinity))) pick = i;
    });
    if (pick >= 0) cells[pick] = { kind: 'hidden' };
  }
  return { cells, total: primaryTotal };
}

/** "12", "fewer than 5", "not shown". */
export function shownWords(shown: Shown): string {
  switch (shown.kind) {
    case 'count':
      return String(shown.count);
    case 'fewer-than':
      return `fewer than ${shown.threshold}`;
    case 'hidden':
      return 'not shown';
  }
}

/** The number, when it may be shown. */
export const shownCount = (shown: Shown): number | null => (shown.kind === 'count' ? shown.count : null);

/** What the suppression means, in words for the clerk and the reader of a report. */
export const SUPPRESSION_EXPLAINED =
  `To protect people’s privacy, a number from 1 to ${SMALL_NUMBER_THRESHOLD - 1} is shown as “fewer than ${SMALL_NUMBER_THRESHOLD}”. ` +
  'Where that one number could be worked out from the total, the next smallest number is “not shown” too. ' +
  `If fewer than ${SMALL_NUMBER_THRESHOLD} people answered, none of their answers are shown.`;
