import { z } from 'zod';
import { Audit, Id, IsoDate, Text, Timestamp } from './common';

export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'cancelled'] as const;
export const ActionStatus = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof ActionStatus>;
export const CLOSED_ACTION_STATUSES: readonly ActionStatus[] = ['done', 'cancelled'];

/**
 * Who is to do it, as the council records it: a member or officer on file, initials only (logs that name owners
 * "JB"), an organisation, or "to be confirmed" when the meeting named nobody yet.
 */
export const ActionOwner = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), personId: Id }),
  z.object({
    kind: z.literal('initials'),
    initials: z
      .string()
      .trim()
      .min(1, 'Give the initials, such as JB')
      .max(12, 'Initials are at most 12 characters')
      .regex(/^[\p{L}][\p{L}.'\- ]*$/u, 'Initials are letters, such as JB or J.B.'),
  }),
  z.object({ kind: z.literal('organisation'), name: Text(200) }),
  z.object({ kind: z.literal('tbc') }),
]);
export type ActionOwner = z.infer<typeof ActionOwner>;

/** A month, `YYYY-MM`. */
export const IsoMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Give a month as YYYY-MM, such as 2027-03')
  .describe('Month, YYYY-MM');

/**
 * When it is due, as the council words it: a day, a month ("March 2027"), the board's next meeting, or words
 * ("before the budget is set"). Only a day, a month and a scheduled next meeting can make an action overdue.
 */
export const ActionDue = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), date: IsoDate }),
  z.object({ kind: z.literal('month'), month: IsoMonth }),
  z.object({ kind: z.literal('next-meeting') }),
  z.object({ kind: z.literal('words'), words: Text(200) }),
]);
export type ActionDue = z.infer<typeof ActionDue>;

export const ActionUpdate = z.object({
  at: Timestamp,
  /** The day the update applies to, as the clerk gives it. */
  date: IsoDate,
  status: ActionStatus,
  note: z.string().trim().max(2000).optional(),
});
export type ActionUpdate = z.infer<typeof ActionUpdate>;

/** The council's own reference for an action, kept as typed ("A23/04"). */
export const ActionReference = Text(40);

/** An action belongs to the meeting that raised it and is carried forward until it is done or cancelled. */
export const Action = z.object({
  id: Id,
  meetingId: Id,
  /** The item that raised it. */
  itemId: Id.optional(),
  /** Further items of the same meeting it was raised against (minutes 23 and 24). */
  otherItemIds: z.array(Id).max(20).optional(),
  resolutionId: Id.optional(),
  /** The council's own references, as typed. */
  references: z.array(ActionReference).max(10).optional(),
  text: Text(2000),
  owner: ActionOwner,
  due: ActionDue.optional(),
  status: ActionStatus,
  history: z.array(ActionUpdate).max(500),
  ...Audit,
});
export type Action = z.infer<typeof Action>;
