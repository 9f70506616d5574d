import { addDays, parseIsoDate } from './british-dates';

/**
 * Agendas are published "at least five clear days" before the meeting (Local Government Act 1972, s.100B), and
 * clear days leave out weekends and bank holidays (Local Government (Access to Information) (Variation) Order
 * 2002). A board may choose a longer notice period; the law sets this floor.
 */
export const DEFAULT_AGENDA_NOTICE_CLEAR_DAYS = 5;

/** Days, `YYYY-MM-DD`, on which the office is shut: bank holidays and any the clerk adds. */
export type NonWorkingDays = ReadonlySet<string>;

function weekday(iso: string): number {
  const date = parseIsoDate(iso);
  if (date === null) throw new RangeError(`Not a calendar date: ${iso}`);
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** Monday to Friday, and not a bank holiday or other closed day. */
export function isWorkingDay(iso: string, closed: NonWorkingDays): boolean {
  const day = weekday(iso);
  return day !== 0 && day !== 6 && !closed.has(iso);
}

/**
 * Working days strictly between two dates: neither the day of publication nor the day of the meeting counts,
 * which is what "clear" means. Zero when `to` is not after `from`.
 */
export function clearWorkingDaysBetween(from: string, to: string, closed: NonWorkingDays): number {
  let count = 0;
  for (let day = addDays(from, 1); day < to; day = addDays(day, 1)) if (isWorkingDay(day, closed)) count += 1;
  return count;
}

/**
 * The last working day on which the agenda can be published and still leave `clearDays` clear working days
 * before the meeting. (Publishing on the weekend before would also do, but nobody is in the office to do it.)
 */
export function publicationDeadline(meetingDate: string, closed: NonWorkingDays, clearDays: number = DEFAULT_AGENDA_NOTICE_CLEAR_DAYS): string {
  let day = meetingDate;
  for (let counted = 0; counted < clearDays;) {
    day = addDays(day, -1);
    if (isWorkingDay(day, closed)) counted += 1;
  }
  day = addDays(day, -1);
  while (!isWorkingDay(day, closed)) day = addDays(day, -1);
  return day;
}

export type AgendaNotice =
  /** Not yet published and there is still time: `daysLeft` calendar days to the deadline (0 means today). */
  | { readonly kind: 'due'; readonly deadline: string; readonly daysLeft: number }
  /** Not yet published and the deadline has passed: publishing today leaves only `clearDaysLeft` clear days. */
  | { readonly kind: 'overdue'; readonly deadline: string; readonly clearDaysLeft: number }
  /** Published: with how many clear working days, and whether that was fewer than needed. */
  | {
      readonly kind: 'published';
      readonly deadline: string;
      readonly publishedOn: string;
      readonly clearDays: number;
      readonly late: boolean;
    };

/** Where a meeting's agenda stands against its publication deadline, on `today` (dates in Europe/London). */
export function agendaNotice(options: {
  readonly meetingDate: string;
  readonly today: string;
  readonly publishedOn?: string;
  readonly closed: NonWorkingDays;
  readonly clearDays?: number;
}): AgendaNotice {
  const required = options.clearDays ?? DEFAULT_AGENDA_NOTICE_CLEAR_DAYS;
  const deadline = publicationDeadline(options.meetingDate, options.closed, required);
  if (options.publishedOn !== undefined) {
    const clearDays = clearWorkingDaysBetween(options.publishedOn, options.meetingDate, options.closed);
    return { kind: 'published', deadline, publishedOn: options.publishedOn, clearDays, late: clearDays < required };
  }
  if (options.today <= deadline) return { kind: 'due', deadline, daysLeft: daysBetween(options.today, deadline) };
  return {
    kind: 'overdue',
    deadline,
    clearDaysLeft: clearWorkingDaysBetween(options.today, options.meetingDate, options.closed),
  };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
