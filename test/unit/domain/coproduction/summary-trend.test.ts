import { describe, expect, it } from 'vitest';
import { changeWords, percentWords, ratedByWords, shareChangeWords } from '../../../../shared/domain/coproduction/rating-words';
import { summariseRatings } from '../../../../shared/domain/coproduction/summary';
import { ratedSubjects, subjectTrend } from '../../../../shared/domain/coproduction/trend';
import { LADDER, rating, SIX_POINT } from './rating-fixture';

describe('summaries of ratings', () => {
  it('give each criterion its mean score as a share of the top of the scale, and the mean of those overall', () => {
    const summary = summariseRatings(SIX_POINT, [rating('r1', '2025-01-10', [3, 2, 1, 0, 3, 3]), rating('r2', '2025-03-10', [3, 3, 2, 1, null, 3])]);
    expect(summary.ratings).toBe(2);
    expect(summary.criteria.map((c) => [c.criterion.name, c.scored, c.mean, c.share])).toEqual([
      ['Whole-life involvement', 2, 3, 1],
      ['Blurred boundaries', 2, 2.5, 2.5 / 3],
      ['Reciprocal reward', 2, 1.5, 0.5],
      ['Diverse group involvement', 2, 0.5, 0.5 / 3],
      ['Equal valuation of assets', 1, 3, 1],
      ['Shared responsibility', 2, 3, 1],
    ]);
    expect(summary.overall).toBeCloseTo((1 + 2.5 / 3 + 0.5 + 0.5 / 3 + 1 + 1) / 6, 10);
    expect(percentWords(summary.overall ?? 0)).toBe('75%');
  });

  it('leave out ratings of other sets, and say nothing overall when nothing was scored', () => {
    const other = rating('r3', '2025-01-10', [3, 3, 3, 3, 3, 3], { criteriaSetId: LADDER.id });
    const summary = summariseRatings(SIX_POINT, [other]);
    expect(summary.ratings).toBe(0);
    expect(summary.overall).toBeNull();
    expect(summary.criteria.every((c) => c.mean === null && c.scored === 0)).toBe(true);
  });

  it('use the ladder’s five rungs as the scale: "Co-design" is three quarters of the way up', () => {
    const ladderRating = rating('r4', '2025-01-10', [], {
      criteriaSetId: LADDER.id,
      scores: [{ criterionId: 'how-far-did-people-take-part', score: 3 }],
    });
    expect(summariseRatings(LADDER, [ladderRating]).overall).toBe(0.75);
  });

  it('say who took part in plain words, by kind, experts by experience and partners first', () => {
    expect(
      ratedByWords([
        { kind: 'officer', count: 2 },
        { kind: 'carer', count: 1 },
        { kind: 'expert-by-experience', count: 3 },
      ]),
    ).toBe('3 experts by experience, 1 carer and 2 officers (6 people)');
    expect(ratedByWords([{ kind: 'champion', count: 1 }])).toBe('1 champion');
    expect(ratedByWords([])).toBe('Not recorded');
  });
});

describe('the trend of a subject', () => {
  const ratings = [
    rating('r2', '2025-03-10', [3, 3, 2, null, 2, 3]),
    rating('r1', '2025-01-10', [1, 2, 2, 0, 3, 3]),
    rating('r3', '2025-06-10', [3, 1, 2, 2, 2, 3], { subject: { kind: 'project', name: 'carers   STRATEGY' } }),
    rating('x1', '2025-02-10', [0, 0, 0, 0, 0, 0], { subject: { kind: 'project', name: 'Short breaks' } }),
    rating('x2', '2025-02-11', [0, 0, 0, 0, 0, 0], { criteriaSetId: LADDER.id }),
  ];

  it('lists the ratings of the same subject and set oldest first, whatever the case and spacing of the name', () => {
    const trend = subjectTrend(SIX_POINT, ratings, 'Carers strategy');
    expect(trend.ratings.map((r) => [r.ratingId, r.ratedOn])).toEqual([
      ['r1', '2025-01-10'],
      ['r2', '2025-03-10'],
      ['r3', '2025-06-10'],
    ]);
    expect(trend.subjectName).toBe('carers   STRATEGY');
  });

  it('gives each criterion its score by date and the change since the previous rating that scored it', () => {
    const trend = subjectTrend(SIX_POINT, ratings, 'carers strategy');
    const whole = trend.criteria.find((c) => c.criterion.id === 'whole-life-involvement');
    expect(whole?.scores.map((s) => [s.ratedOn, s.label, s.change])).toEqual([
      ['2025-01-10', 'Partly', null],
      ['2025-03-10', 'Fully', 2],
      ['2025-06-10', 'Fully', 0],
    ]);
    const diverse = trend.criteria.find((c) => c.criterion.id === 'diverse-group-involvement');
    expect(diverse?.scores.map((s) => [s.score, s.change])).toEqual([
      [0, null],
      [null, null],
      [2, 2],
    ]);
    const blurred = trend.criteria.find((c) => c.criterion.id === 'blurred-boundaries');
    expect(blurred?.scores.map((s) => changeWords(s.change))).toEqual(['First rating', 'Up 1 point', 'Down 2 points']);
  });

  it('gives the overall share by date and its change in percentage points', () => {
    const trend = subjectTrend(SIX_POINT, ratings, 'Carers strategy');
    expect(trend.ratings.map((r) => percentWords(r.overall ?? -1))).toEqual(['61%', '87%', '72%']);
    expect(trend.ratings.map((r) => shareChangeWords(r.change))).toEqual(['First rating', 'Up 26 percentage points', 'Down 14 percentage points']);
  });

  it('lists each rated subject once per set, with how often it was rated', () => {
    expect(ratedSubjects(ratings).map((s) => [s.name, s.criteriaSetId, s.ratings, s.latest])).toEqual([
      ['Carers strategy', LADDER.id, 1, '2025-02-11'],
      ['carers   STRATEGY', SIX_POINT.id, 3, '2025-06-10'],
      ['Short breaks', SIX_POINT.id, 1, '2025-02-10'],
    ]);
  });
});
