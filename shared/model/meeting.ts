import { z } from 'zod';
import { Audit, ClockTime, Id, IsoDate, Text, Timestamp } from './common';

export const MEETING_STATUSES = ['draft', 'agenda-published', 'held', 'minutes-drafted', 'minutes-signed', 'cancelled'] as const;
export const MeetingStatus = z.enum(MEETING_STATUSES);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

export const Signature = z.object({
  /** The chair who signed, as printed under the signature. */
  name: Text(200),
  personId: Id.optional(),
  signedOn: IsoDate,
});
export type Signature = z.infer<typeof Signature>;

export const Meeting = z.object({
  id: Id,
  boardId: Id,
  title: z.string().trim().max(200).optional(),
  date: IsoDate,
  startTime: ClockTime,
  endTime: ClockTime.optional(),
  venue: z.string().trim().max(300).optional(),
  onlineLink: z.url({ protocol: /^https?$/ }).optional(),
  status: MeetingStatus,
  agendaPublishedAt: Timestamp.optional(),
  minutesDraftedAt: Timestamp.optional(),
  minutesCirculatedAt: Timestamp.optional(),
  /** Set when the minutes are approved as a correct record and signed; from then on the meeting is locked. */
  approval: z
    .object({
      /** The later meeting at which the minutes were approved; left out for minutes entered from the past. */
      atMeetingId: Id.optional(),
      /** The day of the approving meeting, for minutes entered from the past when that meeting is not on file. */
      atMeetingOn: IsoDate.optional(),
      approvedAt: Timestamp,
      signature: Signature,
    })
    .optional(),
  /**
   * A meeting entered after the fact, from its paper or file: it has no publication deadline, no late warnings and
   * no prompts to send its agenda. Imported minutes name the file they came from.
   */
  historic: z
    .object({
      enteredAt: Timestamp,
      source: z.object({ fileName: z.string().min(1).max(1000), format: z.string().min(1).max(20) }).optional(),
    })
    .optional(),
  cancellation: z.object({ at: Timestamp, reason: z.string().trim().max(500).optional() }).optional(),
  /**
   * The clerk's word that no apologies were received. Without it, an empty list of apologies prints as nothing
   * (it may simply not have been recorded), never as "there were no apologies".
   */
  noApologiesReceived: z.boolean().optional(),
  /** Who took the minutes, as the minutes print it: "Jo Bloggs, Democratic Services Officer". */
  minuteTaker: z.string().trim().min(1).max(200).optional(),
  ...Audit,
});
export type Meeting = z.infer<typeof Meeting>;
