import { CLOSED_ACTION_STATUSES, type Action, type Meeting, type Person } from '../model';

export const isOutstanding = (action: Pick<Action, 'status'>): boolean => !CLOSED_ACTION_STATUSES.includes(action.status);

/** Overdue: still outstanding and its due date is before today. */
export const isOverdue = (action: Pick<Action, 'status' | 'dueDate'>, today: string): boolean =>
  isOutstanding(action) && action.dueDate !== undefined && action.dueDate < today;

export function ownerLabel(owner: Action['owner'], people: ReadonlyMap<string, Person>): string {
  if (owner.kind === 'organisation') return owner.name;
  return people.get(owner.personId)?.name ?? 'Unknown person';
}

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
