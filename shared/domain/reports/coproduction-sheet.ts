import type { Sheet } from '../compose/registers';
import { reportRatings, type CoproductionReportData } from '../coproduction/report';
import { ratedByWords, scaleTop, scoreLabel, subjectKindLabel } from '../coproduction/rating-words';

/** The ratings of a board's co-production report as rows for a spreadsheet: one row per criterion scored. */
export function coproductionSheet(data: CoproductionReportData): Sheet {
  const sets = new Map(data.sets.map((s) => [s.id, s]));
  const rows: string[][] = [];
  for (const rating of reportRatings(data).toSorted((a, b) => a.ratedOn.localeCompare(b.ratedOn))) {
    const set = sets.get(rating.criteriaSetId);
    if (set === undefined) continue;
    for (const score of rating.scores) {
      const criterion = set.criteria.find((c) => c.id === score.criterionId);
      rows.push([
        rating.ratedOn,
        subjectKindLabel(rating.subject.kind),
        rating.subject.name,
        set.name,
        criterion?.name ?? score.criterionId,
        scoreLabel(set, score.score),
        String(score.score),
        String(scaleTop(set.scale)),
        score.evidence ?? '',
        ratedByWords(rating.ratedBy),
      ]);
    }
  }
  return {
    header: ['Rated on', 'Subject kind', 'Subject', 'Criteria set', 'Criterion', 'Score', 'Score (number)', 'Top of scale', 'Evidence', 'Rated by'],
    rows,
  };
}
