import { z } from 'zod';

/** Opaque identifier. The backend generates them; nothing may read meaning into one. */
export const Id = z.string().min(1).max(120).describe('Opaque identifier');
export type Id = z.infer<typeof Id>;

/** A calendar date, `YYYY-MM-DD`, in Europe/London. */
export const IsoDate = z.iso.date().describe('Calendar date, YYYY-MM-DD');
export type IsoDate = z.infer<typeof IsoDate>;

/** A clock time on the 24-hour clock, `HH:MM`, in Europe/London. */
export const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time such as 14:00')
  .describe('Time of day, HH:MM, 24-hour clock');
export type ClockTime = z.infer<typeof ClockTime>;

/** An instant, ISO 8601 with offset. */
export const Timestamp = z.iso.datetime({ offset: true }).describe('Instant, ISO 8601');
export type Timestamp = z.infer<typeof Timestamp>;

/** Text a person typed: trimmed, never empty. */
export const Text = (max: number): z.ZodString => z.string().trim().min(1, 'This cannot be empty').max(max);

export const Audit = {
  createdAt: Timestamp,
  updatedAt: Timestamp,
};
