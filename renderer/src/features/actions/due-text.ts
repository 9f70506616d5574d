import { formatShortDate } from '../../../../shared/domain/british-dates';
import { dueWords } from '../../../../shared/domain/compose/action-words';
import type { ActionDue } from '../../../../shared/model/action';

/** When an action is due, as the screens say it: the documents' words, a day in short form where asked. */
export const dueText = (due: ActionDue, short = false): string => (short && due.kind === 'date' ? formatShortDate(due.date) : dueWords(due));

/** "Due by Friday 5 March 2027", "Due March 2027", "Due at the next meeting", "Due before the budget is set". */
export function dueSentence(due: ActionDue): string {
  switch (due.kind) {
    case 'date':
      return `Due by ${dueWords(due)}`;
    case 'next-meeting':
      return 'Due at the next meeting';
    default:
      return `Due ${dueWords(due)}`;
  }
}
