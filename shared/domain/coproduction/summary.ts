import type { CriteriaSet, Criterion, Rating } from '../../model';
import { shareOfTop } from './rating-words';

export type CriterionSummary = {
  readonly criterion: Criterion;
  /** How many of the ratings scored this criterion. */
  readonly scored: number;
  /** The mean score, on the scale's own points (0 = its first point); null when none scored it. */
  readonly mean: number | null;
  /** The mean score as a share of the scale's top, 0 to 1. */
  readonly share: number | null;
};

export type RatingsSummary = {
  readonly ratings: number;
  readonly criteria: readonly CriterionSummary[];
  /** The mean of the criteria's shares (each criterion counts once, however often it was scored); null if none were. */
  readonly overall: number | null;
};

const mean = (values: readonly number[]): number | null => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

/** How a set's criteria were scored across some ratings of it (one rating gives that rating's own summary). */
export function summariseRatings(set: CriteriaSet, ratings: readonly Rating[]): RatingsSummary {
  const mine = ratings.filter((r) => r.criteriaSetId === set.id);
  const criteria = set.criteria.map((criterion): CriterionSummary => {
    const scores = mine.flatMap((r) => r.scores.filter((s) => s.criterionId === criterion.id).map((s) => s.score));
    const m = mean(scores);
    return { criterion, scored: scores.length, mean: m, share: m === null ? null : shareOfTop(m, set.scale) };
  });
  const shares = criteria.map((c) => c.share).filter((s): s is number => s !== null);
  return { ratings: mine.length, criteria, overall: mean(shares) };
}

/** One rating's overall share of the top of the scale, or null when it scored nothing. */
export const overallShare = (set: CriteriaSet, rating: Rating): number | null => summariseRatings(set, [rating]).overall;
