import type { ReactNode } from 'react';
import { formatDuration, formatTime, type AgendaTiming } from '../../../../shared/domain';
import type { Meeting } from '../../../../shared/model/meeting';
import { FactList } from '../../components/FactList';

/** How long the agenda runs: from the start time, all the allowances added up, and when it should end. */
export function TimingSummary({ meeting, timing }: { meeting: Meeting; timing: AgendaTiming }): ReactNode {
  return (
    <div className="timing-summary" data-testid="timing-summary">
      <FactList
        inline
        facts={[
          { term: 'Starts', detail: formatTime(meeting.startTime) },
          { term: 'Time allowed in all', detail: formatDuration(timing.totalMinutes) },
          { term: 'Projected end', detail: formatTime(timing.projectedEnd) },
          { term: 'Planned end', detail: meeting.endTime ? formatTime(meeting.endTime) : undefined },
        ]}
      />
      {timing.overrunMinutes !== undefined && meeting.endTime ? (
        <p className="callout callout--warning">
          <strong>Warning: </strong>the items take {formatDuration(timing.overrunMinutes)} longer than the meeting, which is planned to end at{' '}
          {formatTime(meeting.endTime)}.
        </p>
      ) : null}
    </div>
  );
}
