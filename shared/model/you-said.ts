import { z } from 'zod';
import { Audit, Id, IsoDate, Text } from './common';
import { PersonKind } from './person';

export const FEEDBACK_TARGET_KINDS = ['item', 'resolution', 'action'] as const;
export const FeedbackTargetKind = z.enum(FEEDBACK_TARGET_KINDS);

export const OUTCOME_STATUSES = ['open', 'done', 'changed', 'not-possible'] as const;
export const OutcomeStatus = z.enum(OUTCOME_STATUSES);
export type OutcomeStatus = z.infer<typeof OutcomeStatus>;

/**
 * "You said, we did": what members raised, traced to the item, resolution or action that took it up and to what
 * became of it.
 */
export const YouSaidWeDid = z
  .object({
    id: Id,
    boardId: Id,
    target: z.object({ kind: FeedbackTargetKind, meetingId: Id, recordId: Id }),
    /** What was said, in the raiser's words or a fair summary. */
    said: Text(2000),
    raised: z.object({
      /** The meeting it was raised at; left out when raised elsewhere (a workshop, an email). */
      meetingId: Id.optional(),
      on: IsoDate,
      raiserKind: PersonKind,
    }),
    outcome: z.object({
      status: OutcomeStatus,
      /** What was done; required when it was not possible ("because ..."). */
      text: z.string().trim().max(2000).optional(),
      on: IsoDate.optional(),
    }),
    ...Audit,
  })
  .refine((y) => y.outcome.status !== 'not-possible' || (y.outcome.text ?? '') !== '', {
    message: 'Say why it was not possible',
    path: ['outcome', 'text'],
  });
export type YouSaidWeDid = z.infer<typeof YouSaidWeDid>;
