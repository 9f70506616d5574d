import { attendanceLabel } from './attendance-sections';
import { decisionOpening } from './decision-opening';
import { agendaItemLabel, isMinutesLabel, numberedHeading } from './item-headings';
import type { Unit } from './unit';

/*
 * Whether a document is minutes at all. Minutes show at least two of: a title saying "minutes", an attendance
 * label, a "Minutes:" or "Agenda item" label, numbered item headings, decisions (RESOLVED, AGREED...), "The
 * meeting closed at". Slides and reports show few of these and have marks of their own ("PowerPoint", "Slide 3",
 * many short numbered lines; "This report", "Recommendations", "Executive summary").
 */

export type MinutesSignals = {
  readonly title: boolean;
  readonly attendance: boolean;
  readonly labels: boolean;
  readonly headings: number;
  readonly decisions: number;
  readonly closed: boolean;
};

/** What in the units suggests minutes. */
export function minutesSignals(units: readonly Unit[]): MinutesSignals {
  let title = false;
  let attendance = false;
  let labels = false;
  let headings = 0;
  let decisions = 0;
  let closed = false;
  units.forEach((u, i) => {
    if (
      i < 12 &&
      /\bminutes\b|\bnotes\s+of\s+the\s+meeting\b|\bmeeting\s+(?:of|held)\b/i.test(u.text) &&
      u.text.length < 300 &&
      !isMinutesLabel(u.text)
    )
      title = true;
    if (u.kind !== 'row' && attendanceLabel(u.text)) attendance = true;
    if (isMinutesLabel(u.text) || agendaItemLabel(u.text)) labels = true;
    if (numberedHeading(u)) headings += 1;
    if (u.kind === 'row') {
      if ((u.cells ?? []).some((c) => decisionOpening(c.text.replace(/\s+/g, ' ').trim()) || /\b(?:RESOLVED|AGREED|NOTED)\b/.test(c.text)))
        decisions += 1;
    } else if (decisionOpening(u.text)) decisions += 1;
    if (/\bmeeting\s+(?:closed|ended|finished|concluded)\b/i.test(u.text)) closed = true;
  });
  return { title, attendance, labels, headings, decisions, closed };
}

/** In plain English, why the document is not minutes; nothing when it is. */
export function minutesProblemOf(units: readonly Unit[]): string | undefined {
  if (units.length === 0) return 'The file has no text to read: it may be a scanned image, which needs to be typed or read by OCR first.';
  const s = minutesSignals(units);
  const score = [s.title, s.attendance, s.labels, s.headings >= 2, s.decisions >= 1, s.closed].filter(Boolean).length;
  if (score >= 2 || (s.decisions >= 2 && s.headings >= 1)) return undefined;
  const all = units.map((u) => u.text).join('\n');
  const numberedShort = units.filter((u) => /^\d{1,2}\.\s/.test(u.text) || (u.listMarker !== undefined && /^\d/.test(u.listMarker))).length;
  if (/\b(?:powerpoint|presentation|slides?\s+\d|slideshow)\b/i.test(all) || (numberedShort >= 8 && s.decisions === 0)) {
    return 'This looks like a set of slides, not minutes: it has no attendance, no minute items and no decisions (RESOLVED, AGREED and the like).';
  }
  if (
    /\b(?:agenda)\b/i.test(
      units
        .slice(0, 5)
        .map((u) => u.text)
        .join(' '),
    ) &&
    s.decisions === 0
  ) {
    return 'This looks like an agenda, not minutes: it lists items but records no decisions or attendance.';
  }
  return 'This looks like a report or a statement, not minutes: it has no attendance list, no minute items and no decisions (RESOLVED, AGREED and the like).';
}
