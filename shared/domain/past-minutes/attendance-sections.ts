import type { AttendanceStatus } from '../../model/attendance';
import type { DraftPerson } from '../../model/past-minutes';
import type { MemberRole } from '../../model/person';
import { peopleIn } from './attendance-lines';
import { isNameLike } from './names';
import type { Unit } from './unit';

/*
 * Attendance sections: "Present:", "Members present", "Councillors", "In attendance", "Officers present", "Also
 * present", "Apologies for absence", "Apologies were received from", "Absent". A label either carries its list on
 * the same line ("Present: Councillors A, B and C") or heads the entries that follow (list entries, short
 * paragraphs, table rows) up to the next label or the first item.
 */

export type AttendanceLabel = { readonly status: AttendanceStatus; readonly role?: MemberRole; readonly rest: string };

const LABELS: readonly { readonly re: RegExp; readonly status: AttendanceStatus; readonly role?: MemberRole }[] = [
  {
    re: /^(?:apologies(?:\s+for\s+absence)?(?:\s+(?:were|was|had\s+been))?(?:\s+(?:received|submitted|given|tendered|noted))?(?:\s+from)?|apologies\s+received)\b/i,
    status: 'apologies',
  },
  { re: /^(?:absent|not\s+present|absent\s+without\s+apologies)\b/i, status: 'absent' },
  {
    re: /^(?:(?:other\s+)?(?:members|councillors)\s+(?:also\s+)?(?:in\s+attendance|attending)|in\s+attendance|officers?(?:\s+(?:present|in\s+attendance))?|also\s+(?:present|in\s+attendance|attending)|attending|minute\s+taker|minutes\s+taken\s+by|clerk(?:\s+to\s+the\s+\w+)?|supporting\s+officers?|advisers?|officers\s+attending)\b/i,
    status: 'in-attendance',
  },
  { re: /^(?:observers?|observing|members\s+of\s+the\s+public|public\s+present)\b/i, status: 'observer' },
  { re: /^(?:co-?opted\s+members?)\b/i, status: 'present', role: 'co-opted' },
  { re: /^(?:substitutes?|substitute\s+members?)\b/i, status: 'present', role: 'substitute' },
  {
    re: /^(?:present|members\s+present|councillors\s+present|councillors|members|board\s+members|voting\s+members|trustees(?:\s+present)?|attendees|attendance|those\s+present|experts\s+by\s+experience|carers['’]?\s+representatives?|partners|partner\s+members|members\s+attending)\b/i,
    status: 'present',
  },
];

/**
 * The attendance label a unit opens with, and what follows it on the line. A label must stand alone or be followed
 * by ":" or a dash, except forms that run into their list ("Apologies were received from ...", "Councillors A and B").
 */
export function attendanceLabel(text: string): AttendanceLabel | undefined {
  for (const { re, status, role } of LABELS) {
    const m = re.exec(text);
    if (!m) continue;
    const after = text.slice(m[0].length);
    const rest = after.replace(/^\s*(?::-|:|–|—|-)\s*/, '').trim();
    const punctuated = /^\s*(?::|–|—|-|$)/.test(after);
    const runsIn = /\bfrom$/i.test(m[0]) || (/^councillors$/i.test(m[0]) && isNameLike(`Councillor ${rest.split(/[,;]| and /)[0] ?? ''}`));
    if (!punctuated && !runsIn) continue;
    // "Councillors: Smith (Chair), Jones and Brown": the label's title covers the surnames after it.
    const listed = rest.replace(/^from\s+/i, '');
    const titled =
      /^(?:councillors|cllrs)(?:\s+present)?$/i.test(m[0].trim()) && punctuated && listed !== '' && !/^(?:councillors?|cllrs?)\b/i.test(listed);
    return { status, ...(role ? { role } : {}), rest: titled ? `Councillors ${listed}` : listed };
  }
  return undefined;
}

/** Whether a unit under a label reads as more entries rather than prose: short, or starting with a name. */
function looksLikeEntry(u: Unit): boolean {
  if (u.kind === 'row') return false;
  if (u.listMarker !== undefined) return true;
  if (u.lineTexts && entriesOf(u).length > 1) return true;
  const words = u.text.split(' ').length;
  if (/\b(?:was|were|had|has|is|are|noted|received|asked|explained|welcomed|thanked)\b/.test(u.text) && words > 12) return false;
  const first = u.text.split(/[,;(–—]| - /)[0] ?? '';
  return isNameLike(first.trim(), /^(?:councillors|cllrs)\s/i.test(first)) || words <= 12;
}

export type AttendanceFound = { readonly people: DraftPerson[]; readonly used: ReadonlySet<number> };

/** A unit's entries: a paragraph printed a name a line is read a line at a time. */
function entriesOf(u: Unit, rest?: string): string[] {
  const lines = u.lineTexts;
  if (lines && lines.length > 1 && lines.every((l) => isNameLike((l.split(/[,(–—]| - /)[0] ?? '').trim())))
    return rest !== undefined ? [] : [...lines];
  return [rest ?? u.text];
}

/** The people every label among the units names; `used` gives the indexes of the units read as attendance. */
export function attendanceIn(units: readonly Unit[]): AttendanceFound {
  const people: DraftPerson[] = [];
  const used = new Set<number>();
  let i = 0;
  while (i < units.length) {
    const u = units[i];
    const label = u && u.kind !== 'row' ? attendanceLabel(u.text) : undefined;
    if (!u || !label) {
      i += 1;
      continue;
    }
    used.add(i);
    const context = { status: label.status, ...(label.role ? { role: label.role } : {}) };
    if (label.rest !== '') people.push(...peopleIn(label.rest, { ...context, lines: u.lines }));
    let j = i + 1;
    for (; j < units.length; j += 1) {
      const next = units[j];
      if (!next || next.kind === 'heading' || next.kind === 'row' || attendanceLabel(next.text) || !looksLikeEntry(next)) break;
      // After a label with its list on the same line, only list entries or lines that start with a title go on.
      if (label.rest !== '' && next.listMarker === undefined && !/^(?:councillors?|cllrs?\.?|dr|mr|mrs|ms|miss|prof(?:essor)?)\s/i.test(next.text))
        break;
      used.add(j);
      for (const entry of entriesOf(next)) people.push(...peopleIn(entry, { ...context, lines: next.lines }));
    }
    i = j;
  }
  return { people, used };
}
