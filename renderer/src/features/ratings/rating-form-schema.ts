import { z } from 'zod';
import type { Input } from '../../../../shared/api/contract';
import { RatedBy, RatingFields, RatingSubjectFields } from '../../../../shared/api/areas/ratings';
import { RATER_KINDS } from '../../../../shared/domain/coproduction/rating-words';
import { CriterionScore, RatingSubjectKind, type CriteriaSet } from '../../../../shared/model/coproduction-rating';
import { PersonKind } from '../../../../shared/model/person';

export const NOT_SCORED = 'not-scored';

const scoreValue = z.object({ score: z.string(), evidence: z.string() });
export type ScoreValue = z.infer<typeof scoreValue>;

export type RatingValues = {
  kind: RatingSubjectKind;
  meetingId: string;
  itemId: string;
  name: string;
  setId: string;
  ratedOn: string;
  /** By criterion id; `score` is the position on the scale as a string, or NOT_SCORED. */
  scores: Record<string, ScoreValue>;
  /** How many of each kind took part, as typed. */
  ratedBy: Partial<Record<PersonKind, string>>;
  appendToMinutes: boolean;
};

export const RATING_FORM = 'rate';
export const ratingFieldIds = {
  kind: `${RATING_FORM}-kind`,
  meeting: `${RATING_FORM}-meeting`,
  item: `${RATING_FORM}-item`,
  name: `${RATING_FORM}-name`,
  set: `${RATING_FORM}-set`,
  date: `${RATING_FORM}-date`,
  append: `${RATING_FORM}-append`,
  score: (criterionId: string): string => `${RATING_FORM}-score-${criterionId}`,
  count: (kind: PersonKind): string => `${RATING_FORM}-count-${kind}`,
};

const subjectName = RatingSubjectFields.shape.name.unwrap();
const raterCount = RatedBy.element.shape.count;
/** How many of a kind took part, as typed: blank or 0 for none. */
const countOf = (typed: string | undefined): number | null => {
  const text = (typed ?? '').trim();
  if (text === '') return 0;
  return /^\d{1,3}$/.test(text) && (Number(text) === 0 || raterCount.safeParse(Number(text)).success) ? Number(text) : null;
};

/**
 * A rating as its form holds it, checked against the contract's RatingFields and the board's `sets`: the subject
 * (a meeting's item, or a named project or workstream), the set, the date, at least one score, whole-number counts
 * of who took part. Its output is the `ratings.create` input for `boardId`.
 */
export function ratingFormSchema(sets: readonly CriteriaSet[], boardId: string): z.ZodType<Input<'ratings.create'>, RatingValues> {
  const setOf = (id: string): CriteriaSet | undefined => sets.find((s) => s.id === id);
  return z
    .object({
      kind: RatingSubjectKind,
      meetingId: z.string(),
      itemId: z.string(),
      name: z.string(),
      setId: z.string(),
      ratedOn: z.string(),
      scores: z.record(z.string(), scoreValue),
      ratedBy: z.partialRecord(PersonKind, z.string()),
      appendToMinutes: z.boolean(),
    })
    .superRefine((values, ctx) => {
      const problem = (path: (string | number)[], message: string): void => ctx.addIssue({ code: 'custom', path, message });
      if (values.kind === 'item') {
        if (values.meetingId === '') problem(['meetingId'], 'Choose the meeting the item was on');
        else if (values.itemId === '') problem(['itemId'], 'Choose the agenda item that was rated');
      } else if (values.name.trim() === '' || !subjectName.safeParse(values.name).success) {
        problem(['name'], `Enter the name of the ${values.kind}`);
      }
      const set = setOf(values.setId);
      if (set === undefined) problem(['setId'], 'Choose the criteria to rate it against');
      if (!RatingFields.shape.ratedOn.safeParse(values.ratedOn).success)
        problem(['ratedOn'], 'Enter the date of the rating, for example 5 December 2024');
      if (set !== undefined && !set.criteria.some((c) => (values.scores[c.id]?.score ?? NOT_SCORED) !== NOT_SCORED)) {
        problem(['scores', set.criteria[0]?.id ?? ''], 'Score at least one criterion');
      }
      for (const kind of RATER_KINDS)
        if (countOf(values.ratedBy[kind]) === null) problem(['ratedBy', kind], 'Enter how many took part as a whole number, or leave it blank');
      if (values.appendToMinutes && values.meetingId === '')
        problem(['meetingId'], 'Choose the meeting whose minutes the rating is to be printed with');
    })
    .transform((values): Input<'ratings.create'> => {
      const set = setOf(values.setId);
      const scores = (set?.criteria ?? []).flatMap((c) => {
        const value = values.scores[c.id];
        if (value === undefined || value.score === NOT_SCORED) return [];
        return [
          CriterionScore.parse({
            criterionId: c.id,
            score: Number(value.score),
            ...(value.evidence.trim() === '' ? {} : { evidence: value.evidence }),
          }),
        ];
      });
      const ratedBy = RATER_KINDS.flatMap((kind) => {
        const count = countOf(values.ratedBy[kind]) ?? 0;
        return count > 0 ? [{ kind, count }] : [];
      });
      const name = values.name.trim();
      return {
        boardId,
        criteriaSetId: values.setId,
        subject: {
          kind: values.kind,
          ...(values.kind !== 'item' && name !== '' ? { name } : {}),
          ...(values.meetingId === '' ? {} : { meetingId: values.meetingId }),
          ...(values.kind === 'item' && values.itemId !== '' ? { itemId: values.itemId } : {}),
        },
        ratedOn: values.ratedOn,
        scores,
        ratedBy,
        appendToMinutes: values.appendToMinutes && values.meetingId !== '',
      };
    });
}

export const newRatingValues = (setId: string, today: string): RatingValues => ({
  kind: 'item',
  meetingId: '',
  itemId: '',
  name: '',
  setId,
  ratedOn: today,
  scores: {},
  ratedBy: {},
  appendToMinutes: false,
});

/** The field a problem at `path` is shown beside: a path in the form, or in the contract's input (a refusal). */
export function ratingFieldFor(path: string | undefined, set: CriteriaSet | undefined): string {
  if (path === undefined) return ratingFieldIds.set;
  const [first = '', second = ''] = path.split('.');
  if (first === 'scores' && second !== '' && !/^\d+$/.test(second)) return ratingFieldIds.score(second);
  if (first === 'ratedBy' && PersonKind.safeParse(second).success) return ratingFieldIds.count(PersonKind.parse(second));
  if (first === 'meetingId' || path.startsWith('subject.meetingId')) return ratingFieldIds.meeting;
  if (first === 'itemId' || path.startsWith('subject.itemId')) return ratingFieldIds.item;
  if (first === 'name' || first === 'subject') return ratingFieldIds.name;
  if (first === 'scores') return ratingFieldIds.score(set?.criteria[0]?.id ?? '');
  if (first === 'ratedBy') return ratingFieldIds.count(RATER_KINDS[0] ?? 'expert-by-experience');
  if (first === 'appendToMinutes') return ratingFieldIds.append;
  if (first === 'ratedOn') return ratingFieldIds.date;
  return ratingFieldIds.set;
}
