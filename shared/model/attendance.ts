import { z } from 'zod';
import { Audit, Id } from './common';

export const ATTENDANCE_STATUSES = ['present', 'apologies', 'absent', 'in-attendance'] as const;
export const AttendanceStatus = z.enum(ATTENDANCE_STATUSES);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

/** An arrival after the start, or a departure before the end, during a named item. */
export const Movement = z.object({ kind: z.enum(['arrived', 'left']), itemId: Id });
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
