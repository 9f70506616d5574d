import { z } from 'zod';
import { Audit, Id } from './common';

/**
 * Present (a member), apologies, absent, in attendance (an officer or guest who takes part), observing (someone who
 * watches and takes no part: a member of the public, a trainee, a visiting officer).
 */
export const ATTENDANCE_STATUSES = ['present', 'apologies', 'absent', 'in-attendance', 'observer'] as const;
export const AttendanceStatus = z.enum(ATTENDANCE_STATUSES);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

/**
 * When, against the item, a movement happened: during it (the default), before it began ("arrived at item 4",
 * "left before item 7") or once it was over ("left after item 6").
 */
export const MOVEMENT_TIMINGS = ['during', 'before', 'after'] as const;
export const MovementTiming = z.enum(MOVEMENT_TIMINGS);
export type MovementTiming = z.infer<typeof MovementTiming>;

/** An arrival after the start, or a departure before the end, at a named item. */
export const Movement = z.object({ kind: z.enum(['arrived', 'left']), itemId: Id, when: MovementTiming.optional() });
export type Movement = z.infer<typeof Movement>;

export const Attendance = z.object({
  id: Id,
  meetingId: Id,
  personId: Id,
  status: AttendanceStatus,
  /** A substitute attends for a named member. */
  substituteForPersonId: Id.optional(),
  movements: z.array(Movement).max(40),
  note: z.string().trim().max(500).optional(),
  ...Audit,
});
export type Attendance = z.infer<typeof Attendance>;

export const INTEREST_TYPES = ['disclosable-pecuniary', 'other-registrable', 'non-registrable'] as const;
export const InterestType = z.enum(INTEREST_TYPES);
export type InterestType = z.infer<typeof InterestType>;

export const Declaration = z.object({
  id: Id,
  meetingId: Id,
  itemId: Id,
  personId: Id,
  type: InterestType,
  nature: z.string().trim().min(1, 'Say what the interest is').max(1000),
  leftTheRoom: z.boolean(),
  ...Audit,
});
export type Declaration = z.infer<typeof Declaration>;
