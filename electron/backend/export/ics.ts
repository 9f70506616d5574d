import type { CalendarEvent } from '../../../shared/domain/compose/calendar';

/** A meeting as an iCalendar file (RFC 5545), its times in UTC so every calendar places it right. */
export async function renderIcs(event: CalendarEvent): Promise<string> {
  const { createEvent } = await import('ics');
  const { error, value } = createEvent({
    productId: '-//Minute Book//Minute Book//EN',
    uid: event.uid,
    title: event.title,
    description: event.description,
    start: [...event.start],
    startInputType: 'utc',
    startOutputType: 'utc',
    end: [...event.end],
    endInputType: 'utc',
    endOutputType: 'utc',
    ...(event.location === undefined ? {} : { location: event.location }),
    ...(event.url === undefined ? {} : { url: event.url }),
    ...(event.organiser === undefined ? {} : { organizer: { name: event.organiser.name, email: event.organiser.email } }),
    status: event.cancelled ? 'CANCELLED' : 'CONFIRMED',
    busyStatus: 'BUSY',
  });
  if (error !== null || value === null) throw new Error(`The calendar file could not be written: ${error?.message ?? 'no output'}`);
  return value;
}
