import {
  MINUTE_FIELDS,
  RESOLUTION_FIELDS,
  fillTemplate,
  municipalYearText,
  parseTemplate,
  type Board,
  type Meeting,
  type TemplateField,
  type TemplateValues,
} from '../model';
import type { NumberedAgendaItem } from './agenda-numbering';
import { municipalYearOf } from './municipal-year';

type NumberedMeeting = { readonly meeting: Meeting; readonly minuteNumbers: readonly number[] };

/**
 * Prints a board's pattern. A pattern from before patterns were checked in full (one with a field this version
 * does not know, or a stray brace) prints as it always did: known `{name}` fields filled in, the rest as written.
 */
function fill(template: string, fields: readonly TemplateField[], values: TemplateValues): string {
  const parsed = parseTemplate(template, fields, []);
  if (parsed.ok) return fillTemplate(parsed.parts, values);
  const year = values.municipalYear === undefined ? undefined : municipalYearText(values.municipalYear);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name === 'year' && year !== undefined ? year : (values.numbers[name]?.toString() ?? values.texts[name] ?? whole),
  );
}

function yearTexts(board: Board, meetingDate: string): Pick<TemplateValues, 'municipalYear'> & { readonly texts: Record<string, string> } {
  return {
    municipalYear: municipalYearOf(meetingDate, board.municipalYearStart),
    texts: { code: board.shortCode, yyyy: meetingDate.slice(0, 4), yy: meetingDate.slice(2, 4) },
  };
}

/** The printed label of minute `n`, e.g. "23.", "HWB/24/25/23" or "GBP/2425/023". */
export function minuteLabel(board: Board, meetingDate: string, n: number): string {
  return fill(board.minuteNumbering.template, MINUTE_FIELDS, { ...yearTexts(board, meetingDate), numbers: { n } });
}

/** A sub-item's minute label follows its parent's: "23.1". */
export function subMinuteLabel(parentLabel: string, position: number): string {
  return `${parentLabel.replace(/[.\s]+$/, '')}.${position}`;
}

/** A resolution's reference by the board's scheme, e.g. "ACPB/2025/23-1". */
export function resolutionReference(board: Board, meetingDate: string, minute: string, position: number): string {
  const years = yearTexts(board, meetingDate);
  const printed = minute.replace(/[.\s]+$/, '');
  return fill(board.resolutionReferencing.template, RESOLUTION_FIELDS, {
    ...years,
    numbers: { r: position },
    texts: { ...years.texts, minute: printed, n: printed },
  });
}

/**
 * The first minute number for a meeting whose minutes are being drafted: one after the highest number already
 * used by the board's earlier meetings in the same numbering period, or reached before Minute Book (`carriedFrom`),
 * and never below the first number the board set for the meeting's municipal year (`yearStarts`).
 */
export function firstMinuteNumber(board: Board, meeting: Meeting, others: readonly NumberedMeeting[]): number {
  if (board.minuteNumbering.restart === 'meeting') return 1;
  const year = municipalYearOf(meeting.date, board.municipalYearStart);
  const inPeriod = (date: string): boolean =>
    board.minuteNumbering.restart !== 'municipal-year' || municipalYearOf(date, board.municipalYearStart) === year;
  let highest = 0;
  for (const other of others) {
    if (other.meeting.id === meeting.id || other.meeting.boardId !== board.id || !inPeriod(other.meeting.date)) continue;
    for (const n of other.minuteNumbers) highest = Math.max(highest, n);
  }
  // The number the board had reached before Minute Book counts as an earlier meeting's, if it was before this one.
  const carried = board.minuteNumbering.carriedFrom;
  if (carried !== undefined && carried.date <= meeting.date && inPeriod(carried.date)) highest = Math.max(highest, carried.number);
  // A year's first number counts as if the minute before it had been used at the start of that year.
  for (const start of board.minuteNumbering.yearStarts ?? []) {
    const applies = board.minuteNumbering.restart === 'municipal-year' ? start.year === year : start.year <= year;
    if (applies) highest = Math.max(highest, start.first - 1);
  }
  return highest + 1;
}

/** The first minute number the board set for a municipal year, if it set one. */
export function yearStartFor(board: Pick<Board, 'minuteNumbering'>, year: number): number | undefined {
  return board.minuteNumbering.yearStarts?.find((start) => start.year === year)?.first;
}

/** "In the 2024/25 municipal year, the first minute is 45." */
export function yearStartSentence(start: { readonly year: number; readonly first: number }): string {
  return `In the ${municipalYearText(start.year, 'long')} municipal year, the first minute is ${start.first}.`;
}

/** Minute numbers for the top-level items, in agenda order, starting at `first`; unnumbered items take none. */
export function assignMinuteNumbers(items: readonly NumberedAgendaItem[], first: number): Map<string, number> {
  const numbers = new Map<string, number>();
  let next = first;
  for (const item of items) {
    if (item.depth !== 0 || (item.unnumbered === true && item.minuteNumber === undefined)) continue;
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
    if (parentLabel === undefined || item.unnumbered === true) continue;
    const position = (childCount.get(item.parentId) ?? 0) + 1;
    childCount.set(item.parentId, position);
    labels.set(item.id, subMinuteLabel(parentLabel, position));
  }
  return labels;
}
