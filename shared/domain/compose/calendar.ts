import { londonParts } from '../london-time';
import { withArticle } from './people';
import type { MeetingData } from './meeting-data';

/** [year, month, day, hours, minutes], as calendar files want a date-time. */
export type DateTimeParts = readonly [number, number, number, number, number];

export type CalendarEvent = {
  readonly uid: string;
  readonly title: string;
  readonly start: DateTimeParts;
  readonly end: DateTimeParts;
  readonly location?: string;
  readonly url?: string;
  readonly description: string;
  readonly organiser?: { readonly name: string; readonly email: string };
  readonly cancelled: boolean;
};

/**
 * The UTC instant of a wall-clock time in London. Of the two offsets London uses, the one whose round trip gives
 * the same wall clock back; in the hour skipped in March, the time as if it were GMT.
 */
export function londonToUtc(date: string, time: string): Date {
  const asUtc = new Date(`${date}T${time}:00Z`).getTime();
  for (const offsetHours of [0, 1]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000);
    const back = londonParts(candidate);
    if (back.date === date && back.time === time) return candidate;
  }
  return new Date(asUtc);
}

const parts = (d: Date): DateTimeParts => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];

/** A meeting as a calendar event, in UTC; without an end time it is given two hours. */
export function meetingEvent(data: MeetingData): CalendarEvent {
  const { meeting, board } = data;
  const start = londonToUtc(meeting.date, meeting.startTime);
  const end = meeting.endTime === undefined ? new Date(start.getTime() + 2 * 3_600_000) : londonToUtc(meeting.date, meeting.endTime);
  const agenda = data.items
    .filter((i) => i.depth === 0)
    .map((i) => `${i.number}. ${data.audience === 'public' && i.part === 'private' ? 'Item not for publication' : i.title}`);
  const description = [
    `Meeting of ${withArticle(board.name)}.`,
    ...(meeting.onlineLink === undefined ? [] : [`Join online: ${meeting.onlineLink}`]),
    ...(agenda.length === 0 ? [] : ['', 'Agenda:', ...agenda]),
  ].join('\n');
  const email = board.clerk?.email;
  return {
    uid: `${meeting.id}@minute-book`,
    title: meeting.title !== undefined && meeting.title !== '' ? `${board.name}: ${meeting.title}` : board.name,
    start: parts(start),
    end: parts(end),
    ...(meeting.venue === undefined || meeting.venue === '' ? {} : { location: meeting.venue }),
    ...(meeting.onlineLink === undefined ? {} : { url: meeting.onlineLink }),
    description,
    ...(email === undefined || email === '' ? {} : { organiser: { name: board.clerk?.name ?? board.name, email } }),
    cancelled: meeting.status === 'cancelled',
  };
}
