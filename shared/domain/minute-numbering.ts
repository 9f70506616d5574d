import type { Board, Meeting } from '../model';
import type { NumberedAgendaItem } from './agenda-numbering';
import { municipalYearLabel, municipalYearOf } from './municipal-year';

type NumberedMeeting = { readonly meeting: Meeting; readonly minuteNumbers: readonly number[] };

const fill = (template: string, tokens: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => tokens[name] ?? whole);

/** The printed label of minute `n`, e.g. "23." or "HWB/24/25/23". */
export function minuteLabel(board: Board, meetingDate: string, n: number): string {
  const startYear = municipalYearOf(meetingDate, board.municipalYearStart);
  return fill(board.minuteNumbering.template, {
    n: String(n),
    code: board.shortCode,
    year: municipalYearLabel(startYear),
    yyyy: meetingDate.slice(0, 4),
  });
}

/** A sub-item's minute label follows its parent's: "23.1". */
export function subMinuteLabel(parentLabel: string, position: number): string {
  return `${parentLabel.replace(/[.\s]+$/, '')}.${position}`;
}

/** A resolution's reference by the board's scheme, e.g. "ACPB/2025/23-1". */
export function resolutionReference(board: Board, meetingDate: string, minute: string, position: number): string {
  const startYear = municipalYearOf(meetingDate, board.municipalYearStart);
  return fill(board.resolutionReferencing.template, {
    minute: minute.replace(/[.\s]+$/, ''),
    n: minute.replace(/[.\s]+$/, ''),
    r: String(position),
    code: board.shortCode,
    year: municipalYearLabel(startYear),
    yyyy: meetingDate.slice(0, 4),
  });
}

/**
 * The first minute number for a meeting whose minutes are being drafted: one after the highest number already
 * used by the board's earlier meetings in the same numbering period.
 */
export function firstMinuteNumber(board: Board, meeting: Meeting, others: readonly NumberedMeeting[]): number {
  if (board.minuteNumbering.restart === 'meeting') return 1;
  const year = municipalYearOf(meeting.date, board.municipalYearStart);
  let highest = 0;
  for (const other of others) {
    if (other.meeting.id === meeting.id || other.meeting.boardId !== board.id) continue;
    if (board.minuteNumbering.restart === 'municipal-year' && municipalYearOf(other.meeting.date, board.municipalYearStart) !== year) continue;
    for (const n of other.minuteNumbers) highest = Math.max(highest, n);
  }
  return highest + 1;
}

/** Minute numbers for the top-level items, in agenda order, starting at `first`. */
export function assignMinuteNumbers(items: readonly NumberedAgendaItem[], first: number): Map<string, number> {
  const numbers = new Map<string, number>();
  let next = first;
  for (const item of items) {
    if (item.depth !== 0) continue;
    numbers.set(item.id, item.minuteNumber ?? next);
    next = (item.minuteNumber ?? next) + 1;
  }
  return numbers;
}

/** Minute labels for every item (sub-items follow their parent), once numbers are assigned. */
export function minuteLabels(board: Board, meetingDate: string, items: readonly NumberedAgendaItem[]): Map<string, string> {
  const labels = new Map<string, string>();
  const childCount = new Map<string, number>();
  for (const item of items) {
    if (item.parentId === null) {
      if (item.minuteNumber !== undefined) labels.set(item.id, minuteLabel(board, meetingDate, item.minuteNumber));
      continue;
    }
    const parentLabel = labels.get(item.parentId);
    if (parentLabel === undefined) continue;
    const position = (childCount.get(item.parentId) ?? 0) + 1;
    childCount.set(item.parentId, position);
    labels.set(item.id, subMinuteLabel(parentLabel, position));
  }
  return labels;
}
