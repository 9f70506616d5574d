import { useId } from 'react';
import type { ReactNode } from 'react';
import type { Meeting } from '../../../../shared/model/meeting';
import { formatLongDate, formatTimeRange } from '../../../../shared/domain';
import { hrefFor } from '../../routing/routes';
import { MeetingStatusTag } from './MeetingStatusTag';

/** One titled group of meetings ("Upcoming meetings"), each a link to its agenda. */
export function MeetingList({
  title,
  meetings,
  whenEmpty,
  note,
}: {
  title: string;
  meetings: readonly Meeting[];
  whenEmpty: string;
  /** A line under a meeting, such as when its agenda is due. */
  note?: (meeting: Meeting) => ReactNode;
}): ReactNode {
  const headingId = useId();
  return (
    <section className="meeting-group" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span className="count">({meetings.length})</span>
      </h2>
      {meetings.length === 0 ? (
        <p className="quiet">{whenEmpty}</p>
      ) : (
        <ul className="meeting-list">
          {meetings.map((meeting) => (
            <li key={meeting.id} className="meeting-list__item" data-meeting-id={meeting.id}>
              <a className="meeting-list__link" href={hrefFor({ name: 'meeting', meetingId: meeting.id })}>
                {formatLongDate(meeting.date)}
                {meeting.title ? `: ${meeting.title}` : ''}
              </a>
              <span className="meeting-list__time">{formatTimeRange(meeting.startTime, meeting.endTime)}</span>
              <span className="meeting-list__status">
                <MeetingStatusTag status={meeting.status} />
              </span>
              <span className="meeting-list__place">{placeOf(meeting)}</span>
              {note ? note(meeting) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function placeOf(meeting: Meeting): string {
  if (meeting.venue && meeting.onlineLink) return `${meeting.venue} and online`;
  return meeting.venue ?? (meeting.onlineLink ? 'Online' : 'Venue to be confirmed');
}
