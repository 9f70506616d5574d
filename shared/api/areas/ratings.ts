import { z } from 'zod';
import { DEFAULT_SET_KEYS } from '../../domain/coproduction/default-sets';
import type { SubjectTrend } from '../../domain/coproduction/trend';
import { CriterionScore, Id, PersonKind, RatingSubjectKind, Text, type CriteriaSet, type Rating } from '../../model';
import { DateInput, periodInOrder } from '../dates';

const optionalText = (max: number): z.ZodOptional<z.ZodString> => z.string().trim().max(max).optional();

/** A criterion as a form sends it: an existing one keeps its id; a new one has none yet. */
export const CriterionFields = z.object({ id: Id.optional(), name: Text(200), question: optionalText(1000) });

export const CriteriaSetFields = z.object({
  name: Text(200),
  description: optionalText(2000),
  criteria: z.array(CriterionFields).min(1, 'A set needs at least one criterion').max(20, 'A set can have at most 20 criteria'),
  scale: z.array(Text(100)).min(2, 'A scale needs at least two points').max(10, 'A scale can have at most 10 points'),
});

export const RatingSubjectFields = z.object({
  kind: RatingSubjectKind,
  /** An item's title is filled in from the agenda when left out; a project or workstream must be named. */
  name: optionalText(300),
  meetingId: Id.optional(),
  itemId: Id.optional(),
});

export const RatedBy = z
  .array(z.object({ kind: PersonKind, count: z.number().int().min(1, 'Count at least 1, or leave the kind out').max(500) }))
  .max(20);

export const RatingFields = z.object({
  criteriaSetId: Id,
  subject: RatingSubjectFields,
  ratedOn: DateInput,
  scores: z.array(CriterionScore).min(1, 'Score at least one criterion').max(20),
  ratedBy: RatedBy,
  appendToMinutes: z.boolean().default(false),
});

export const RATINGS_INPUTS = {
  'criteriaSets.list': z.object({ boardId: Id, includeArchived: z.boolean().optional() }),
  'criteriaSets.addDefault': z.object({ boardId: Id, key: z.enum(DEFAULT_SET_KEYS) }),
  'criteriaSets.create': CriteriaSetFields.extend({ boardId: Id }),
  'criteriaSets.update': z.object({ id: Id, patch: CriteriaSetFields.partial().extend({ archived: z.boolean().optional() }) }),

  'ratings.list': z
    .object({
      boardId: Id,
      criteriaSetId: Id.optional(),
      subjectKind: RatingSubjectKind.optional(),
      /** Matches part of the subject's name, whatever the case. */
      subjectName: optionalText(300),
      meetingId: Id.optional(),
      from: DateInput.optional(),
      to: DateInput.optional(),
    })
    .superRefine(periodInOrder),
  'ratings.create': RatingFields.extend({ boardId: Id }),
  'ratings.update': z.object({ id: Id, patch: RatingFields.partial() }),
  'ratings.remove': z.object({ id: Id }),
  'ratings.trend': z.object({ boardId: Id, criteriaSetId: Id, subjectName: Text(300) }),
} as const;

/** A board's set with what the screen needs to edit it safely. */
export type CriteriaSetView = {
  readonly set: CriteriaSet;
  readonly ratingCount: number;
  /** Criteria that some rating has scored: they cannot be removed, only the set archived. */
  readonly scoredCriterionIds: readonly string[];
  /** The highest score any rating gave on this set: the scale cannot be shortened below it. */
  readonly highestScore: number | null;
};

export type RatingView = {
  readonly rating: Rating;
  readonly setName: string;
  /** The rating's mean score as a share of the scale's top, 0 to 1; null when nothing was scored. */
  readonly overall: number | null;
  /** The date of the meeting an item was rated at. */
  readonly meetingDate?: string;
  /** The item's agenda number at that meeting ("5"). */
  readonly itemNumber?: string;
};

export type RatingsOutputs = {
  'criteriaSets.list': readonly CriteriaSetView[];
  'criteriaSets.addDefault': CriteriaSet;
  'criteriaSets.create': CriteriaSet;
  'criteriaSets.update': CriteriaSet;
  'ratings.list': readonly RatingView[];
  'ratings.create': Rating;
  'ratings.update': Rating;
  'ratings.remove': { readonly removed: readonly string[] };
  'ratings.trend': SubjectTrend;
};
