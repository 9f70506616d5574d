import { z } from 'zod';
import { Audit, Id, IsoDate, Text, Timestamp } from './common';

export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'cancelled'] as const;
export const ActionStatus = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof ActionStatus>;
export const CLOSED_ACTION_STATUSES: readonly ActionStatus[] = ['done', 'cancelled'];

export const ActionOwner = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), personId: Id }),
  z.object({ kind: z.literal('organisation'), name: Text(200) }),
]);
export type ActionOwner = z.infer<typeof ActionOwner>;

export const ActionUpdate = z.object({
  at: Timestamp,
  /** The day the update applies to, as the clerk gives it. */
  date: IsoDate,
  status: ActionStatus,
  note: z.string().trim().max(2000).optional(),
});
export type ActionUpdate = z.infer<typeof ActionUpdate>;

/** An action belongs to the meeting that raised it and is carried forward until it is done or cancelled. */
export const Action = z.object({
  id: Id,
  meetingId: Id,
  itemId: Id.optional(),
  resolutionId: Id.optional(),
  text: Text(2000),
  owner: ActionOwner,
  dueDate: IsoDate.optional(),
  status: ActionStatus,
  history: z.array(ActionUpdate).max(500),
  ...Audit,
});
export type Action = z.infer<typeof Action>;
