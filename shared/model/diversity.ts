import { z } from 'zod';
import { Audit, Id, IsoDate } from './common';

/** An answer the person chose not to give. */
export const PREFER_NOT_TO_SAY = 'prefer-not-to-say';

export const DIVERSITY_QUESTIONS = ['ageBand', 'gender', 'ethnicity', 'disability', 'sexualOrientation', 'religion', 'carer'] as const;
export type DiversityQuestion = (typeof DIVERSITY_QUESTIONS)[number];

const Answer = z.string().trim().min(1).max(100).optional();

/**
 * A person's diversity monitoring answers: opt-in, one record per person, kept in its own collection and never
 * part of the person's record, shown only in aggregate (small counts suppressed), never in minutes or agendas.
 */
export const DiversityResponse = z.object({
  id: Id,
  personId: Id,
  recordedOn: IsoDate,
  ageBand: Answer,
  gender: Answer,
  ethnicity: Answer,
  disability: Answer,
  sexualOrientation: Answer,
  religion: Answer,
  carer: Answer,
  /**
   * The board's seldom-heard groups the person said they belong to ("young carers"), by name. As sensitive as the
   * answers above and kept with them: participation reports say which groups took part, never who.
   */
  seldomHeardGroups: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
  ...Audit,
});
export type DiversityResponse = z.infer<typeof DiversityResponse>;
