import { agendaNotice, londonDate, type AgendaNotice } from '../../../../shared/domain';
import type { Meeting } from '../../../../shared/model/meeting';

/**
 * Where the meeting's agenda stands against its publication deadline, or null where that no longer matters:
 * a cancelled meeting, one whose papers went out before Minute Book knew of them, or one entered after it happened.
 */
export function meetingAgendaNotice(meeting: Meeting, closed: ReadonlySet<string>, today: string): AgendaNotice | null {
  if (meeting.status === 'cancelled' || meeting.historic !== undefined) return null;
  if (meeting.agendaPublishedAt !== undefined) {
    return agendaNotice({ meetingDate: meeting.date, today, publishedOn: londonDate(meeting.agendaPublishedAt), closed });
  }
  // A past meeting whose agenda was never published here has nothing left to warn about.
  if (meeting.status !== 'draft' || meeting.date < today) return null;
  return agendaNotice({ meetingDate: meeting.date, today, closed });
}
