import type { CalendarEvent } from '../../../shared/domain/compose/calendar';

/** A meeting as an iCalendar file (RFC 5545), its times in UTC so every calendar places it right. */
export async function renderIcs(event: CalendarEvent): Promise<string> {
  const { createEvent } = await import('ics');
  const write = (withLinks: boolean): ReturnType<typeof createEvent> =>
    createEvent({
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
      ...(!withLinks || event.url === undefined ? {} : { url: event.url }),
      ...(!withLinks || event.organiser === undefined ? {} : { organizer: { name: event.organiser.name, email: event.organiser.email } }),
      status: event.cancelled ? 'CANCELLED' : 'CONFIRMED',
      busyStatus: 'BUSY',
    });
  let { error, value } = write(true);
  // The ics library checks the link and the clerk's e-mail against patterns of its own, stricter than the forms'
  // (a port of one digit, an address typed as free text). The entry is still worth having without them: the
  // description carries the link, and the organiser is optional.
  if (error !== null && (event.url !== undefined || event.organiser !== undefined)) ({ error, value } = write(false));
  if (error !== null || value === null) throw new Error(`The calendar file could not be written: ${error?.message ?? 'no output'}`);
  return value;
}
