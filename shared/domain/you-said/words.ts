import type { OutcomeStatus, YouSaidWeDid } from '../../model';
import { formatLongDate } from '../british-dates';
import { capitalise, roleLabel } from '../compose/people';

export const OUTCOME_LABELS: Readonly<Record<OutcomeStatus, string>> = {
  open: 'Not yet done',
  done: 'Done',
  changed: 'Changed',
  'not-possible': 'Not possible',
};

/** "Done: the leaflet was rewritten (12 March 2025)", "Not possible, because the budget was cut". */
export function outcomeWords(outcome: YouSaidWeDid['outcome']): string {
  const text = outcome.text?.trim() ?? '';
  const when = outcome.on === undefined ? '' : ` (${formatLongDate(outcome.on)})`;
  if (outcome.status === 'not-possible') return `Not possible, because ${lowerFirst(text)}${when}`;
  return `${OUTCOME_LABELS[outcome.status]}${text === '' ? '' : `: ${text}`}${when}`;
}

const lowerFirst = (text: string): string => (/^[A-Z][a-z]/.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text);

/** "Raised by a carer at the meeting on Tuesday 10 June 2025", or "elsewhere on ...". */
export function raisedWords(entry: YouSaidWeDid, raisedMeetingDate: string | undefined): string {
  const who = capitalise(`raised by ${roleLabel(entry.raised.raiserKind)}`);
  return raisedMeetingDate === undefined
    ? `${who} outside a meeting, on ${formatLongDate(entry.raised.on)}`
    : `${who} at the meeting on ${formatLongDate(raisedMeetingDate)}`;
}
