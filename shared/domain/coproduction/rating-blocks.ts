import type { Block } from '../../document/model';
import { formatLongDate } from '../british-dates';
import { fact, para, table } from '../compose/blocks';
import { percentWords, ratedByWords, scoreLabel } from './rating-words';
import type { RatingWithSet } from './rating-with-set';
import { overallShare } from './summary';

/** One rating's scores as a table, criterion by criterion, with the evidence for each. */
export function scoresTable({ rating, set }: RatingWithSet): Block {
  const rows = set.criteria.map((criterion) => {
    const score = rating.scores.find((s) => s.criterionId === criterion.id);
    return [criterion.name, score === undefined ? 'Not scored' : scoreLabel(set, score.score), score?.evidence ?? ''];
  });
  return table(
    [
      ['Criterion', 3],
      ['Score', 2],
      ['Evidence', 6],
    ],
    rows,
  );
}

/** "Overall: 67% of the highest score on the scale (Not yet to Fully)." */
export function overallBlock({ rating, set }: RatingWithSet): Block {
  const share = overallShare(set, rating);
  const range = `${set.scale[0] ?? ''} to ${set.scale.at(-1) ?? ''}`;
  return share === null
    ? fact('Overall', 'no criterion was scored.')
    : fact('Overall', `${percentWords(share)} of the highest score on the scale (${range}).`);
}

/** The facts of a rating every document prints: the set, the date and who took part. */
export function ratingFacts({ rating, set }: RatingWithSet): Block[] {
  return [
    fact('Rated against', set.name),
    fact('Rated on', formatLongDate(rating.ratedOn)),
    fact('Who took part in rating it', ratedByWords(rating.ratedBy)),
  ];
}

export const jointRatingNote = (): Block =>
  para('Each score was agreed jointly by the people who took part in the rating, with the evidence for it in their own words.', 'note');
