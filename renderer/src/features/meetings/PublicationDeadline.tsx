import type { ReactNode } from 'react';
import { londonDateOf } from '../../../../shared/domain';
import type { Meeting } from '../../../../shared/model/meeting';
import { meetingAgendaNotice } from './agenda-notice';
import { agendaNoticeSentence, isLate } from './agenda-notice-words';
import type { NonWorkingDays } from './use-non-working-days';

/**
 * The date by which the agenda must be published, and a warning once that is missed. Says so when the meeting
 * falls after the years whose bank holidays Minute Book knows.
 */
export function PublicationDeadline({ meeting, days }: { meeting: Meeting; days: NonWorkingDays | null }): ReactNode {
  if (days === null) return null;
  const notice = meetingAgendaNotice(meeting, days.closed, londonDateOf(new Date()));
  if (notice === null) return null;
  const late = isLate(notice);
  const unknownYear = Number(meeting.date.slice(0, 4)) > days.view.knownThroughYear;
  return (
    <div className={late ? 'callout callout--warning deadline' : 'callout deadline'} data-testid="publication-deadline">
      <p>
        {late ? <strong>Warning: </strong> : null}
        {agendaNoticeSentence(notice)}
      </p>
      {unknownYear ? (
        <p>
          Minute Book knows bank holidays only up to {days.view.knownThroughYear}, so this date counts weekends only. Add later bank holidays to{' '}
          <code>{days.view.file}</code>.
        </p>
      ) : null}
      {days.view.problem ? <p>{days.view.problem} Only the shipped bank holidays were counted.</p> : null}
    </div>
  );
}
