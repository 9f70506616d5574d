import type { CriteriaSet, Criterion, Rating } from '../../model';
import { scoreLabel } from './rating-words';
import { overallShare } from './summary';

/** Ratings of one subject make its trend: names are compared without regard to case or spacing. */
export const subjectKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');

export const sameSubject = (a: string, b: string): boolean => subjectKey(a) === subjectKey(b);

export type TrendScore = {
  readonly ratingId: string;
  readonly ratedOn: string;
  /** Null when this rating left the criterion unscored. */
  readonly score: number | null;
  readonly label: string | null;
  /** The change in points since the previous rating that scored this criterion; null for the first. */
  readonly change: number | null;
};

export type CriterionTrend = { readonly criterion: Criterion; readonly scores: readonly TrendScore[] };

export type TrendRating = {
  readonly ratingId: string;
  readonly ratedOn: string;
  readonly overall: number | null;
  /** The change in the overall share since the previous rating; null for the first. */
  readonly change: number | null;
};

export type SubjectTrend = {
  readonly subjectName: string;
  readonly set: CriteriaSet;
  /** Oldest first. */
  readonly ratings: readonly TrendRating[];
  readonly criteria: readonly CriterionTrend[];
};

const byDate = (a: Rating, b: Rating): number => a.ratedOn.localeCompare(b.ratedOn) || a.createdAt.localeCompare(b.createdAt);

/** The ratings of one subject against one set, oldest first: per criterion, the score by date and its change. */
export function subjectTrend(set: CriteriaSet, ratings: readonly Rating[], subjectName: string): SubjectTrend {
  const mine = ratings.filter((r) => r.criteriaSetId === set.id && sameSubject(r.subject.name, subjectName)).toSorted(byDate);
  let previousOverall: number | null = null;
  const overall = mine.map((r): TrendRating => {
    const share = overallShare(set, r);
    const change = share === null || previousOverall === null ? null : share - previousOverall;
    if (share !== null) previousOverall = share;
    return { ratingId: r.id, ratedOn: r.ratedOn, overall: share, change };
  });
  const criteria = set.criteria.map((criterion): CriterionTrend => {
    let previous: number | null = null;
    const scores = mine.map((r): TrendScore => {
      const score = r.scores.find((s) => s.criterionId === criterion.id)?.score ?? null;
      const change = score === null || previous === null ? null : score - previous;
      if (score !== null) previous = score;
      return { ratingId: r.id, ratedOn: r.ratedOn, score, label: score === null ? null : scoreLabel(set, score), change };
    });
    return { criterion, scores };
  });
  return { subjectName: mine.at(-1)?.subject.name ?? subjectName.trim(), set, ratings: overall, criteria };
}

export type RatedSubject = { readonly name: string; readonly criteriaSetId: string; readonly ratings: number; readonly latest: string };

/** Every subject rated against each set, with how often and when last: the choices for a trend. */
export function ratedSubjects(ratings: readonly Rating[]): RatedSubject[] {
  const found = new Map<string, { name: string; criteriaSetId: string; ratings: number; latest: string }>();
  for (const r of ratings.toSorted(byDate)) {
    const key = `${r.criteriaSetId} ${subjectKey(r.subject.name)}`;
    const entry = found.get(key);
    if (entry === undefined) found.set(key, { name: r.subject.name, criteriaSetId: r.criteriaSetId, ratings: 1, latest: r.ratedOn });
    else found.set(key, { name: r.subject.name, criteriaSetId: r.criteriaSetId, ratings: entry.ratings + 1, latest: r.ratedOn });
  }
  return [...found.values()].sort(
    (a, b) => subjectKey(a.name).localeCompare(subjectKey(b.name), 'en-GB') || a.criteriaSetId.localeCompare(b.criteriaSetId),
  );
}
