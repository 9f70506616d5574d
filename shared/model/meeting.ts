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
      /** The later meeting at which the minutes were approved. */
      atMeetingId: Id,
      approvedAt: Timestamp,
      signature: Signature,
    })
    .optional(),
  cancellation: z.object({ at: Timestamp, reason: z.string().trim().max(500).optional() }).optional(),
  ...Audit,
});
export type Meeting = z.infer<typeof Meeting>;
