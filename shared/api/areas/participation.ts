import { z } from 'zod';
import type { DiversityReport } from '../../domain/participation/diversity-report';
import type { ParticipationReport } from '../../domain/participation/measures';
import { DIVERSITY_QUESTIONS, Id, type DiversityQuestion, type DiversityResponse } from '../../model';
import { period, periodInOrder } from '../dates';

const answer = z.string().trim().min(1).max(100).optional();
const DiversityAnswers = z.object(Object.fromEntries(DIVERSITY_QUESTIONS.map((q) => [q, answer])) as Record<DiversityQuestion, typeof answer>);

/** The reports' periods: both ends optional, each falling back to the board's current municipal year. */
export const PARTICIPATION_INPUTS = {
  /** Per meeting and for the period: who took part, by kind; new and returning; items led; clear days; groups reached. */
  'participation.report': z.object({ boardId: Id, ...period }).superRefine(periodInOrder),
  /**
   * One person's own answers, for the form that records or corrects them: the only method that returns them.
   * Null when the person has not answered (or has withdrawn).
   */
  'diversity.get': z.object({ personId: Id }),
  /** Records or replaces a person's answers: opt-in, every question may be left out or answered "prefer not to say". */
  'diversity.record': z.object({
    personId: Id,
    answers: DiversityAnswers,
    seldomHeardGroups: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
  }),
  /** Withdraws a person's answers altogether. */
  'diversity.remove': z.object({ personId: Id }),
  /** The diversity of the people who took part in the board's meetings in the period: aggregate, small counts suppressed. */
  'diversity.report': z.object({ boardId: Id, ...period }).superRefine(periodInOrder),
} as const;

export type ParticipationOutputs = {
  'participation.report': ParticipationReport;
  'diversity.get': DiversityResponse | null;
  'diversity.record': DiversityResponse;
  'diversity.remove': { readonly removed: readonly string[] };
  'diversity.report': DiversityReport;
};
