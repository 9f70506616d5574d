import type { ReactNode } from 'react';
import type { Meeting } from '../../../../shared/model/meeting';
import { FactList } from '../../components/FactList';
import { formatShortDate, formatTimeRange } from '../../../../shared/domain';
import { MeetingStatusTag } from '../meetings/MeetingStatusTag';

/** When and where, and how far the meeting has got. */
export function MeetingFacts({ meeting }: { meeting: Meeting }): ReactNode {
  const signature = meeting.approval?.signature;
  return (
    <FactList
      facts={[
        { term: 'Time', detail: formatTimeRange(meeting.startTime, meeting.endTime) },
        { term: 'Venue', detail: meeting.venue },
        {
          term: 'Online',
          detail: meeting.onlineLink ? (
            <a href={meeting.onlineLink} rel="noreferrer" target="_blank">
              Join the meeting online<span className="visually-hidden"> (opens outside Minute Book)</span>
            </a>
          ) : undefined,
        },
        { term: 'Status', detail: <MeetingStatusTag status={meeting.status} /> },
        {
          term: 'Signed',
          detail: signature ? `By ${signature.name} on ${formatShortDate(signature.signedOn)}` : undefined,
        },
        { term: 'Reason for cancelling', detail: meeting.cancellation?.reason },
      ]}
    />
  );
}
