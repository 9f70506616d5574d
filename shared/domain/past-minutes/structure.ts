import { attendanceLabel } from './attendance-sections';
import { decisionOpening } from './decision-opening';
import { agendaItemLabel, isMinutesLabel, numberedHeading } from './item-headings';

/*
 * Lines that open something the rules read, even in the middle of a block: a PDF reader may hand over a page's
 * lines as one paragraph, so a block is split where one of these starts a line.
 */

const PART = /^\((?:\d{1,2}|[ivx]{1,4}|[a-h])\)\s/;
const ACTION = /^ACTIONS?\s*[:\-–]/;
const SIGNATURE = /^(?:signed|chair(?:man)?|date)\s*[:.…_]/i;
const VOTE_LIST = /^(?:for|against|abstain\w*|in\s+favour)(?:\s+the\s+\w+)?\s*(?:\(\d+\))?\s*[:–-]/i;
const DECLARATIONS = /^declarations?\s+of\s+interests?\b/i;
const HEADER_LABEL = /^(?:date|time|venue|location|place|held\s+at)\s*:/i;

/** Whether a line opens a structure the recogniser reads. */
export function startsStructure(line: string): boolean {
  return (
    PART.test(line) ||
    ACTION.test(line) ||
    SIGNATURE.test(line) ||
    VOTE_LIST.test(line) ||
    DECLARATIONS.test(line) ||
    HEADER_LABEL.test(line) ||
    isMinutesLabel(line) ||
    agendaItemLabel(line) !== undefined ||
    decisionOpening(line) !== undefined ||
    attendanceLabel(line) !== undefined ||
    numberedHeading({ kind: 'paragraph', text: line, lines: { from: 1, to: 1 } }) !== undefined
  );
}
