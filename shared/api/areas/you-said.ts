import { z } from 'zod';
import type { YouSaidReport } from '../../domain/you-said/report';
import type { YouSaidView } from '../../domain/you-said/targets';
import { FeedbackTargetKind, Id, OutcomeStatus, PersonKind, Text, type YouSaidWeDid } from '../../model';
import { DateInput, period, periodInOrder } from '../dates';

const Target = z.object({ kind: FeedbackTargetKind, meetingId: Id, recordId: Id });
const Raised = z.object({
  /** Left out when it was raised outside a meeting (a workshop, an email). */
  meetingId: Id.optional(),
  /** The day it was raised; the meeting's date when left out. */
  on: DateInput.optional(),
  raiserKind: PersonKind,
});
const Outcome = z.object({
  status: OutcomeStatus,
  /** What was done; for "not possible", why not (required). */
  text: z.string().trim().max(2000).optional(),
  /** The day of the outcome; today when the status is not "open" and this is left out. */
  on: DateInput.optional(),
});

export const YOU_SAID_INPUTS = {
  'youSaid.list': z.object({ boardId: Id, ...period, status: OutcomeStatus.optional() }).superRefine(periodInOrder),
  'youSaid.create': z.object({ boardId: Id, target: Target, said: Text(2000), raised: Raised, outcome: Outcome.optional() }),
  'youSaid.update': z.object({ id: Id, patch: z.object({ said: Text(2000).optional(), target: Target.optional(), raised: Raised.optional() }) }),
  'youSaid.recordOutcome': z.object({ id: Id, outcome: Outcome }),
  'youSaid.remove': z.object({ id: Id }),
  /** The report for a period; public (the default) hides what was taken in private and unconsented names. */
  'youSaid.report': z.object({ boardId: Id, ...period, audience: z.enum(['public', 'private']).default('public') }).superRefine(periodInOrder),
} as const;

export type YouSaidOutputs = {
  'youSaid.list': readonly YouSaidView[];
  'youSaid.create': YouSaidWeDid;
  'youSaid.update': YouSaidWeDid;
  'youSaid.recordOutcome': YouSaidWeDid;
  'youSaid.remove': { readonly removed: readonly string[] };
  'youSaid.report': YouSaidReport;
};
