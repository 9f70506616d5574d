import type { Action, ActionDue } from '../../model';
import { ownerLabel } from '../actions';
import { formatLongDate } from '../british-dates';
import { capitalise, type PeopleIndex } from './people';

/** The owner as the council writes it: the person's name, the initials, the organisation, "To be confirmed". */
export const actionOwner = (owner: Action['owner'], people: PeopleIndex): string =>
  owner.kind === 'person' ? capitalise(people.name(owner.personId)) : ownerLabel(owner, new Map());

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2027-03" → "March 2027". */
export const monthWords = (month: string): string => `${MONTHS[Number(month.slice(5, 7)) - 1] ?? ''} ${month.slice(0, 4)}`;

/**
 * When it is due, as the council wrote it. "Next meeting" names the meeting's date where one is scheduled and the
 * caller knows it; nothing is printed as a date that was not recorded or scheduled.
 */
export function dueWords(due: ActionDue | undefined, nextMeetingDate?: string): string {
  switch (due?.kind) {
    case undefined:
      return 'No date set';
    case 'date':
      return formatLongDate(due.date);
    case 'month':
      return monthWords(due.month);
    case 'next-meeting':
      return nextMeetingDate === undefined ? 'Next meeting' : `Next meeting (${formatLongDate(nextMeetingDate)})`;
    case 'words':
      return due.words;
  }
}

/** The due as a spreadsheet cell: ISO where it is a day or a month, else the words. */
export function dueCell(due: ActionDue | undefined): string {
  switch (due?.kind) {
    case undefined:
      return '';
    case 'date':
      return due.date;
    case 'month':
      return due.month;
    case 'next-meeting':
      return 'Next meeting';
    case 'words':
      return due.words;
  }
}

/** The minutes it was raised against and the council's own references: "23, 24; A23/04". */
export function referenceWords(minuteLabels: readonly string[], references: readonly string[] | undefined): string {
  const labels = minuteLabels.map((l) => l.replace(/\.$/, '')).filter((l) => l !== '');
  return [labels.join(', '), (references ?? []).join(', ')].filter((part) => part !== '').join('; ');
}

/**
 * The minutes' "Minute" cell of an action: every item it was raised against and the council's own references
 * ("23, 24; A23/04"), or "General" when it names neither.
 */
export function actionMinuteCell(action: Pick<Action, 'itemId' | 'otherItemIds' | 'references'>, labelOf: ReadonlyMap<string, string>): string {
  const ids = [...(action.itemId === undefined ? [] : [action.itemId]), ...(action.otherItemIds ?? [])];
  const words = referenceWords(
    ids.map((id) => labelOf.get(id) ?? ''),
    action.references,
  );
  return words === '' ? 'General' : words;
}

const STATUS: Readonly<Record<Action['status'], string>> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const actionStatusLabel = (status: Action['status']): string => STATUS[status];

/** The latest update with a note, as printed: "Latest update, 3 March 2027: quotes requested". */
export function latestUpdateWords(action: Pick<Action, 'history'>): string | undefined {
  const latest = action.history.findLast((h) => h.note !== undefined && h.note !== '');
  return latest === undefined ? undefined : `Latest update, ${formatLongDate(latest.date)}: ${latest.note ?? ''}`;
}
