import type { Block, DocModel } from '../../document/model';
import { resolveHouseStyle } from '../../document/house-style';
import type { Board, CriteriaSet, Person, Rating } from '../../model';
import { formatLongDate } from '../british-dates';
import { heading, masthead, para, table } from '../compose/blocks';
import type { Audience } from '../compose/meeting-data';
import { withArticle } from '../compose/people';
import { nameScrubber } from '../compose/public-view';
import { jointRatingNote, overallBlock, scoresTable } from './rating-blocks';
import { percentWords, ratedByWords, scaleTop, shareChangeWords, subjectKindLabel } from './rating-words';
import { summariseRatings } from './summary';
import { ratedSubjects, subjectTrend } from './trend';

export type ReportRating = {
  readonly rating: Rating;
  /** A rating of an exempt item: a public report leaves it out. */
  readonly fromPrivateItem: boolean;
};

/** Everything a board's co-production ratings report is composed from, gathered by the backend. */
export type CoproductionReportData = {
  readonly audience: Audience;
  readonly board: Board;
  readonly people: readonly Person[];
  /** The board's criteria sets, archived ones included (old ratings were made against them). */
  readonly sets: readonly CriteriaSet[];
  readonly ratings: readonly ReportRating[];
  /** The period, inclusive, `YYYY-MM-DD`; either end may be open. */
  readonly from?: string;
  readonly to?: string;
};

export function periodWords(from: string | undefined, to: string | undefined): string {
  if (from !== undefined && to !== undefined) return `from ${formatLongDate(from)} to ${formatLongDate(to)}`;
  if (from !== undefined) return `from ${formatLongDate(from)}`;
  if (to !== undefined) return `up to ${formatLongDate(to)}`;
  return 'since records began';
}

/** The ratings the report covers: in the period and, for a public report, not of an exempt item, names scrubbed. */
export function reportRatings(data: CoproductionReportData): Rating[] {
  const scrub = data.audience === 'public' ? nameScrubber(data.people) : (text: string): string => text;
  return data.ratings
    .filter((r) => r.rating.boardId === data.board.id)
    .filter((r) => (data.from === undefined || r.rating.ratedOn >= data.from) && (data.to === undefined || r.rating.ratedOn <= data.to))
    .filter((r) => data.audience === 'private' || !r.fromPrivateItem)
    .map(({ rating }) => ({
      ...rating,
      subject: { ...rating.subject, name: scrub(rating.subject.name) },
      scores: rating.scores.map((s) => (s.evidence === undefined ? s : { ...s, evidence: scrub(s.evidence) })),
    }));
}

function summaryTable(set: CriteriaSet, ratings: readonly Rating[]): Block[] {
  const summary = summariseRatings(set, ratings);
  const top = scaleTop(set.scale);
  const rows = summary.criteria.map((c) => [
    c.criterion.name,
    String(c.scored),
    c.mean === null ? 'Not scored' : `${c.mean.toFixed(1)} out of ${top}`,
    c.share === null ? '' : percentWords(c.share),
  ]);
  return [
    table(
      [
        ['Criterion', 4],
        ['Times scored', 2],
        ['Average score', 2],
        ['Share of the highest score', 2],
      ],
      rows,
    ),
    para(
      summary.overall === null
        ? 'Overall: no criterion was scored.'
        : `Overall: ${percentWords(summary.overall)} of the highest score on the scale (${set.scale[0] ?? ''} = 0, ${set.scale.at(-1) ?? ''} = ${top}).`,
    ),
  ];
}

function subjectBlocks(set: CriteriaSet, ratings: readonly Rating[], name: string): Block[] {
  const trend = subjectTrend(set, ratings, name);
  const mine = ratings.filter((r) => trend.ratings.some((t) => t.ratingId === r.id));
  const latest = mine.find((r) => r.id === trend.ratings.at(-1)?.ratingId);
  const blocks: Block[] = [heading(3, trend.subjectName)];
  if (latest !== undefined)
    blocks.push(para(`${subjectKindLabel(latest.subject.kind)}, rated ${trend.ratings.length === 1 ? 'once' : `${trend.ratings.length} times`}.`));
  blocks.push(
    table(
      [
        ['Date', 3],
        ['Overall', 2],
        ['Change since the previous rating', 3],
        ['Who took part', 4],
      ],
      trend.ratings.map((t) => [
        formatLongDate(t.ratedOn),
        t.overall === null ? 'Not scored' : percentWords(t.overall),
        shareChangeWords(t.change),
        ratedByWords(mine.find((r) => r.id === t.ratingId)?.ratedBy ?? []),
      ]),
    ),
  );
  if (latest !== undefined) {
    const entry = { rating: latest, set };
    blocks.push(para(`The latest rating, on ${formatLongDate(latest.ratedOn)}:`), scoresTable(entry), overallBlock(entry));
  }
  return blocks;
}

/**
 * A board's co-production ratings for a period: for each criteria set, how its criteria scored on average, then
 * each subject's ratings over time and its latest scores with their evidence. For `minute-book report
 * coproduction` and the board's annual report.
 */
export function composeCoproductionReport(data: CoproductionReportData): DocModel {
  const style = resolveHouseStyle(data.board);
  const period = periodWords(data.from, data.to);
  const ratings = reportRatings(data);
  const blocks: Block[] = [...masthead(style), heading(1, `Co-production ratings: ${data.board.name}`)];
  blocks.push(para(`How ${withArticle(data.board.name)} rated its work as co-production, ${period}.`, 'lead'));
  if (ratings.length === 0) {
    blocks.push(para('No work was rated against the board’s criteria in this period.'));
  } else {
    blocks.push(jointRatingNote());
    for (const set of data.sets) blocks.push(...coproductionSetBlocks(set, ratings));
  }
  return {
    meta: {
      kind: 'report',
      title: `Co-production ratings: ${data.board.name}`,
      subject: `Co-production ratings of ${withArticle(data.board.name)}, ${period}`,
      author: style.organisation,
      language: 'en-GB',
      header: { left: data.board.name, right: 'Co-production ratings' },
      audience: data.audience,
    },
    style,
    blocks,
  };
}

/**
 * One set's part of the report (its summary, then each subject), with headings from level 2: the annual report
 * can print it under its own heading. Nothing when no rating was made against the set.
 */
export function coproductionSetBlocks(set: CriteriaSet, ratings: readonly Rating[]): Block[] {
  const mine = ratings.filter((r) => r.criteriaSetId === set.id);
  if (mine.length === 0) return [];
  const subjects = ratedSubjects(mine);
  const blocks: Block[] = [heading(2, set.name)];
  if (set.description !== undefined && set.description !== '') blocks.push(para(set.description));
  blocks.push(
    para(
      `${mine.length === 1 ? '1 rating' : `${mine.length} ratings`} of ${subjects.length === 1 ? '1 piece of work' : `${subjects.length} pieces of work`}.`,
    ),
    ...summaryTable(set, mine),
  );
  for (const subject of subjects) blocks.push(...subjectBlocks(set, mine, subject.name));
  return blocks;
}
