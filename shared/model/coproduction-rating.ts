import { z } from 'zod';
import { Audit, Id, IsoDate, Text } from './common';
import { PersonKind } from './person';

export const Criterion = z.object({
  id: Id,
  name: Text(200),
  /** What the criterion asks, in plain English. */
  question: z.string().trim().max(1000).optional(),
});
export type Criterion = z.infer<typeof Criterion>;

/**
 * A set of criteria a board rates its work against (the six-point test, the SCIE principles, a ladder of
 * participation, or its own). Each criterion is scored on the set's scale, lowest first.
 */
export const CriteriaSet = z.object({
  id: Id,
  boardId: Id,
  name: Text(200),
  description: z.string().trim().max(2000).optional(),
  criteria: z.array(Criterion).min(1, 'A set needs at least one criterion').max(20),
  /** The points of the scale, lowest first: a score is a position on it (0 = the first). */
  scale: z.array(Text(100)).min(2, 'A scale needs at least two points').max(10),
  archived: z.boolean().default(false),
  ...Audit,
});
export type CriteriaSet = z.infer<typeof CriteriaSet>;

export const RATING_SUBJECT_KINDS = ['item', 'project', 'workstream'] as const;
export const RatingSubjectKind = z.enum(RATING_SUBJECT_KINDS);
export type RatingSubjectKind = z.infer<typeof RatingSubjectKind>;

export const RatingSubject = z.object({
  kind: RatingSubjectKind,
  /** The project's or workstream's name; an item's title. Ratings of one subject over time make its trend. */
  name: Text(300),
  meetingId: Id.optional(),
  itemId: Id.optional(),
});
export type RatingSubject = z.infer<typeof RatingSubject>;

export const CriterionScore = z.object({
  criterionId: Id,
  score: z.number().int().min(0).max(9),
  evidence: z.string().trim().max(4000).optional(),
});
export type CriterionScore = z.infer<typeof CriterionScore>;

/** A joint rating of an item, project or workstream against a criteria set. */
export const Rating = z.object({
  id: Id,
  boardId: Id,
  criteriaSetId: Id,
  subject: RatingSubject,
  ratedOn: IsoDate,
  scores: z.array(CriterionScore).max(20),
  /** Who took part in rating it, counted by kind of member. */
  ratedBy: z.array(z.object({ kind: PersonKind, count: z.number().int().min(1).max(500) })).max(20),
  /** Printed as an appendix to the minutes of `subject.meetingId`. */
  appendToMinutes: z.boolean().default(false),
  ...Audit,
});
export type Rating = z.infer<typeof Rating>;
