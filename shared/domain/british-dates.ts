import { londonParts } from './london-time';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export type CalendarDate = { readonly year: number; readonly month: number; readonly day: number };

/** Reads `YYYY-MM-DD`; null when it is not a real calendar date. */
export function parseIsoDate(iso: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls 31 April over to 1 May: a round trip catches dates that do not exist.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

/**
 * "Thursday 5 December 2024", the house style. Built by hand rather than with Intl, whose en-GB output
 * ("Thursday, 5 December 2024") puts in a comma the style guide leaves out and varies between ICU versions.
 * Anything that is not a date comes back unchanged, so a bad record still shows what it holds.
 */
export function formatLongDate(iso: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  const weekday = WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()];
  return `${weekday} ${date.day} ${MONTHS[date.month - 1]} ${date.year}`;
}

/** "5 December 2024", for places where the weekday would be clutter. */
export function formatShortDate(iso: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  return `${date.day} ${MONTHS[date.month - 1]} ${date.year}`;
}

/** "Thursday 5 December 2024 at 2.05 pm" in Europe/London; unchanged if the timestamp cannot be read. */
export function formatTimestamp(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const { date, time } = londonParts(instant);
  return `${formatLongDate(date)} at ${formatTime(time)}`;
}

/** "2.00 pm", "9.30 am", "12.00 pm" (midday): the house style for a 24-hour `HH:MM`. */
export function formatTime(clock: string): string {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(clock);
  if (!match) return clock;
  const hours = Number(match[1]);
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour12}.${match[2]} ${hours < 12 ? 'am' : 'pm'}`;
}

/** "2.00 pm to 4.00 pm", or just the start when the end is not known. */
export function formatTimeRange(start: string, end?: string): string {
  return end ? `${formatTime(start)} to ${formatTime(end)}` : formatTime(start);
}

/** Adds days to a calendar date. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
