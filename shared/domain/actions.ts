import { CLOSED_ACTION_STATUSES, type Action, type ActionDue, type ActionStatus, type ActionUpdate, type Meeting, type Person } from '../model';

export const isOutstanding = (action: Pick<Action, 'status'>): boolean => !CLOSED_ACTION_STATUSES.includes(action.status);

const DAYS_IN_MONTH = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The last day of a `YYYY-MM` month, as `YYYY-MM-DD`. */
export function lastDayOfMonth(month: string): string {
  const [year = 0, m = 1] = month.split('-').map(Number);
  return `${month}-${String(DAYS_IN_MONTH(year, m)).padStart(2, '0')}`;
}

/** What "next meeting" means for an action: the date of the board's next meeting, when one is scheduled. */
export type DueContext = { readonly nextMeetingDate?: string | undefined };

/**
 * The last day by which an action is due, where that is known: its date; the last day of its month; the date of
 * the board's next meeting when one is scheduled. Words never give a day.
 */
export function dueBy(due: ActionDue | undefined, context: DueContext = {}): string | undefined {
  switch (due?.kind) {
    case 'date':
      return due.date;
    case 'month':
      return lastDayOfMonth(due.month);
    case 'next-meeting':
      return context.nextMeetingDate;
    default:
      return undefined;
  }
}

/** Overdue: still outstanding, and the last day it was due (where known) is before today. */
export function isOverdue(action: Pick<Action, 'status' | 'due'>, today: string, context: DueContext = {}): boolean {
  const by = dueBy(action.due, context);
  return isOutstanding(action) && by !== undefined && by < today;
}

/**
 * The board's next meeting after the one that raised an action (by date, then start time), leaving out cancelled
 * ones: what "due at the next meeting" points at.
 */
export function nextMeetingAfter(raisedAt: Meeting, boardMeetings: readonly Meeting[]): Meeting | undefined {
  const key = (m: Meeting): string => `${m.date} ${m.startTime}`;
  return boardMeetings
    .filter((m) => m.boardId === raisedAt.boardId && m.id !== raisedAt.id && m.status !== 'cancelled' && key(m) > key(raisedAt))
    .toSorted((a, b) => key(a).localeCompare(key(b)))[0];
}

export function ownerLabel(owner: Action['owner'], people: ReadonlyMap<string, Person>): string {
  switch (owner.kind) {
    case 'organisation':
      return owner.name;
    case 'initials':
      return owner.initials;
    case 'tbc':
      return 'To be confirmed';
    case 'person':
      return people.get(owner.personId)?.name ?? 'Unknown person';
  }
}

/** Updates dated on or before a day, in the order they were made. */
export const updatesUpTo = (action: Pick<Action, 'history'>, asAt: string): ActionUpdate[] => action.history.filter((h) => h.date <= asAt);

/**
 * The status as it stood at the end of a day, from the history: the last update dated on or before it. Before
 * any update an action was open; one with no history at all (imported so) has only the status it has now.
 */
export function statusOn(action: Pick<Action, 'status' | 'history'>, asAt: string): ActionStatus {
  if (action.history.length === 0) return action.status;
  return updatesUpTo(action, asAt).at(-1)?.status ?? 'open';
}

/**
 * An action as it stood at the end of a day: its status then and only the updates dated by then. Whether it had
 * been raised by then is the raising meeting's date, which the caller knows (a record's `createdAt` is when it was
 * typed or imported, not when it was raised).
 */
export const actionAsAt = (action: Action, asAt: string): Action => ({
  ...action,
  status: statusOn(action, asAt),
  history: updatesUpTo(action, asAt),
});

/**
 * The actions to carry into a meeting's matters arising: outstanding actions raised at earlier meetings of the
 * same board (earlier by date, or the same date and start time before).
 */
export function carriedForward(meeting: Meeting, boardMeetings: readonly Meeting[], actionsOf: (meetingId: string) => readonly Action[]): Action[] {
  const key = (m: Meeting): string => `${m.date} ${m.startTime}`;
  return boardMeetings
    .filter((m) => m.boardId === meeting.boardId && m.id !== meeting.id && key(m) < key(meeting))
    .sort((a, b) => key(a).localeCompare(key(b)))
    .flatMap((m) => actionsOf(m.id).filter(isOutstanding));
}
