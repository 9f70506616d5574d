import { DEFAULT_AGENDA_NOTICE_CLEAR_DAYS, formatLongDate, type AgendaNotice } from '../../../../shared/domain';

const days = (n: number): string => `${n} clear working ${n === 1 ? 'day' : 'days'}`;

function when(daysLeft: number): string {
  if (daysLeft === 0) return 'today';
  if (daysLeft === 1) return 'tomorrow';
  return `in ${daysLeft} days`;
}

/** A notice in a sentence or two, for the meeting and agenda screens. */
export function agendaNoticeSentence(notice: AgendaNotice): string {
  const required = DEFAULT_AGENDA_NOTICE_CLEAR_DAYS;
  switch (notice.kind) {
    case 'due':
      return `Publish the agenda by ${formatLongDate(notice.deadline)} (${when(notice.daysLeft)}), to give ${days(required)}’ notice of the meeting.`;
    case 'overdue':
      return `The agenda is late: it should have been published by ${formatLongDate(notice.deadline)}. Published today, it gives ${days(notice.clearDaysLeft)}’ notice instead of ${required}.`;
    case 'published':
      return notice.late
        ? `The agenda was published late, on ${formatLongDate(notice.publishedOn)}: ${days(notice.clearDays)} before the meeting, not ${required}.`
        : `The agenda was published on ${formatLongDate(notice.publishedOn)}, ${days(notice.clearDays)} before the meeting.`;
  }
}

/** A few words for a row in a list of meetings. */
export function agendaNoticeShort(notice: AgendaNotice): string {
  switch (notice.kind) {
    case 'due':
      return `Publish agenda by ${formatLongDate(notice.deadline)}`;
    case 'overdue':
      return `Agenda was due by ${formatLongDate(notice.deadline)}`;
    case 'published':
      return notice.late ? `Agenda published late (${days(notice.clearDays)})` : `Agenda published ${formatLongDate(notice.publishedOn)}`;
  }
}

/** Whether the notice is a warning: the deadline has passed, or the agenda went out late. */
export const isLate = (notice: AgendaNotice): boolean => notice.kind === 'overdue' || (notice.kind === 'published' && notice.late);
