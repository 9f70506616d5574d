import type { Input } from '../../../../shared/api/contract';
import { RATER_KINDS } from '../../../../shared/domain/coproduction/rating-words';
import type { PersonKind } from '../../../../shared/model/person';
import type { CriteriaSet, RatingSubjectKind } from '../../../../shared/model/coproduction-rating';
import type { FieldError } from '../../components/form/field-error';

export const NOT_SCORED = 'not-scored';

export type ScoreValue = { readonly score: string; readonly evidence: string };

export type RatingValues = {
  readonly kind: RatingSubjectKind;
  readonly meetingId: string;
  readonly itemId: string;
  readonly name: string;
  readonly setId: string;
  readonly ratedOn: string;
  /** By criterion id; `score` is the position on the scale as a string, or NOT_SCORED. */
  readonly scores: Readonly<Record<string, ScoreValue>>;
  /** How many of each kind took part, as typed. */
  readonly ratedBy: Readonly<Partial<Record<PersonKind, string>>>;
  readonly appendToMinutes: boolean;
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

const COUNT = /^\d{1,3}$/;

/** What is wrong with a rating before it is sent. */
export function ratingErrors(values: RatingValues, set: CriteriaSet | undefined): FieldError[] {
  const errors: FieldError[] = [];
  if (values.kind === 'item') {
    if (values.meetingId === '') errors.push({ fieldId: ratingFieldIds.meeting, message: 'Choose the meeting the item was on' });
    else if (values.itemId === '') errors.push({ fieldId: ratingFieldIds.item, message: 'Choose the agenda item that was rated' });
  } else if (values.name.trim() === '') {
    errors.push({ fieldId: ratingFieldIds.name, message: `Enter the name of the ${values.kind}` });
  }
  if (set === undefined) errors.push({ fieldId: ratingFieldIds.set, message: 'Choose the criteria to rate it against' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.ratedOn)) errors.push({ fieldId: ratingFieldIds.date, message: 'Enter the date of the rating, for example 5 December 2024' });
  if (set !== undefined && !set.criteria.some((c) => (values.scores[c.id]?.score ?? NOT_SCORED) !== NOT_SCORED)) {
    errors.push({ fieldId: ratingFieldIds.score(set.criteria[0]?.id ?? ''), message: 'Score at least one criterion' });
  }
  for (const kind of RATER_KINDS) {
    const typed = (values.ratedBy[kind] ?? '').trim();
    if (typed !== '' && (!COUNT.test(typed) || Number(typed) > 500)) {
      errors.push({ fieldId: ratingFieldIds.count(kind), message: 'Enter how many took part as a whole number, or leave it blank' });
    }
  }
  if (values.appendToMinutes && values.meetingId === '') {
    errors.push({ fieldId: ratingFieldIds.meeting, message: 'Choose the meeting whose minutes the rating is to be printed with' });
  }
  return errors;
}

/** The rating as the contract takes it. Call only once `ratingErrors` finds nothing. */
export function ratingInput(values: RatingValues, set: CriteriaSet, boardId: string): Input<'ratings.create'> {
  const scores = set.criteria.flatMap((c) => {
    const value = values.scores[c.id];
    if (value === undefined || value.score === NOT_SCORED) return [];
    const evidence = value.evidence.trim();
    return [{ criterionId: c.id, score: Number(value.score), ...(evidence === '' ? {} : { evidence }) }];
  });
  const ratedBy = RATER_KINDS.flatMap((kind) => {
    const count = Number((values.ratedBy[kind] ?? '').trim() || '0');
    return count > 0 ? [{ kind, count }] : [];
  });
  const name = values.name.trim();
  return {
    boardId,
    criteriaSetId: set.id,
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
}

/** Which field a refusal from the backend is about, by its path. */
export function fieldOfPath(path: string | undefined, set: CriteriaSet | undefined): string {
  if (path === undefined) return ratingFieldIds.set;
  if (path.startsWith('subject.meetingId')) return ratingFieldIds.meeting;
  if (path.startsWith('subject.itemId')) return ratingFieldIds.item;
  if (path.startsWith('subject')) return ratingFieldIds.name;
  if (path.startsWith('scores')) return ratingFieldIds.score(set?.criteria[0]?.id ?? '');
  if (path.startsWith('ratedBy')) return ratingFieldIds.count(RATER_KINDS[0] ?? 'expert-by-experience');
  if (path.startsWith('appendToMinutes')) return ratingFieldIds.append;
  if (path.startsWith('ratedOn')) return ratingFieldIds.date;
  return ratingFieldIds.set;
}
