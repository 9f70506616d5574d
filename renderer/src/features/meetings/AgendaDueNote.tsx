import type { ReactNode } from 'react';
import type { Meeting } from '../../../../shared/model/meeting';
import { Tag } from '../../components/Tag';
import { meetingAgendaNotice } from './agenda-notice';
import { agendaNoticeShort, isLate } from './agenda-notice-words';
import type { NonWorkingDays } from './use-non-working-days';

/** Under an upcoming meeting in a list: when its agenda is due, with a warning when it is late. */
export function AgendaDueNote({ meeting, days, today }: { meeting: Meeting; days: NonWorkingDays | null; today: string }): ReactNode {
  if (days === null) return null;
  const notice = meetingAgendaNotice(meeting, days.closed, today);
  if (notice === null) return null;
  const late = isLate(notice);
  return (
    <span className={late ? 'meeting-list__note meeting-list__note--late' : 'meeting-list__note'} data-testid="agenda-due">
      {late ? <Tag tone="warning">Late</Tag> : null} {agendaNoticeShort(notice)}
    </span>
  );
}
