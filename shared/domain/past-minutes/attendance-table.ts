import type { AttendanceStatus } from '../../model/attendance';
import type { DraftPerson } from '../../model/past-minutes';
import type { MemberRole } from '../../model/person';
import { peopleIn } from './attendance-lines';
import { attendanceLabel } from './attendance-sections';
import { isNameLike, isOrganisation } from './names';
import { oneLine, type Unit } from './unit';

/*
 * Attendance in a Word table: rows grouped under a label row ("Councillors", "Experts by experience", "Officers in
 * attendance", "Apologies"), one person a row (name | role | organisation, or with an initials column), or a label
 * in the first cell and a list of names in the second. A header row ("Name | Role | Organisation") says which
 * column is which; an "Attendance" column may give each person's status.
 */

type Columns = { name: number; role?: number; organisation?: number; initials?: number; status?: number };

const HEADER_WORDS: readonly [RegExp, keyof Columns][] = [
  [/^(?:name|member|attendee|person|who)s?$/i, 'name'],
  [/^(?:role|title|job\s*title|position|representing\s+as|capacity|designation)$/i, 'role'],
  [/^(?:organisation|organization|body|representing|agency|employer)$/i, 'organisation'],
  [/^initials?$/i, 'initials'],
  [/^(?:attendance|attended|status|present)$/i, 'status'],
];

function headerColumns(cells: readonly string[]): Columns | undefined {
  const found: Partial<Columns> = {};
  let hits = 0;
  cells.forEach((c, i) => {
    const hit = HEADER_WORDS.find(([re]) => re.test(c.trim()));
    if (hit && found[hit[1]] === undefined) {
      found[hit[1]] = i;
      hits += 1;
    }
  });
  return hits >= 2 && found.name !== undefined ? { ...found, name: found.name } : undefined;
}

function statusWord(text: string): AttendanceStatus | undefined {
  const t = text.trim().toLowerCase();
  if (/^(?:present|yes|y|✓|✔|attended|p)$/.test(t)) return 'present';
  if (/^(?:apologies|apols?|a|sent apologies)$/.test(t)) return 'apologies';
  if (/^(?:absent|no|n|x|✗|did not attend)$/.test(t)) return 'absent';
  if (/^(?:in attendance|attending)$/.test(t)) return 'in-attendance';
  return undefined;
}

const groupStatus = (label: string): { status: AttendanceStatus; role?: MemberRole } => {
  const found = attendanceLabel(label.replace(/:$/, ''));
  if (found) return { status: found.status, ...(found.role ? { role: found.role } : {}) };
  return /officer|staff|support|advis/i.test(label) ? { status: 'in-attendance' } : { status: 'present' };
};

/** Whether the rows read as an attendance table: most rows start with a name, a group label or a header. */
export function isAttendanceTable(rows: readonly Unit[]): boolean {
  let votes = 0;
  for (const r of rows) {
    const cells = (r.cells ?? []).map((c) => oneLine(c.text)).filter((c) => c !== '');
    const first = cells[0] ?? '';
    if (cells.length === 0) continue;
    const bare = (c: string): string => c.replace(/\([^)]*\)/g, '').trim();
    if (headerColumns(cells) || attendanceLabel(first) || isNameLike(bare(first)) || isNameLike(bare(cells[1] ?? ''))) votes += 1;
    else votes -= 1;
  }
  return votes > 0;
}

/** The people a table of attendance names, each with the lines of their row. */
export function attendanceFromTable(rows: readonly Unit[]): DraftPerson[] {
  const people: DraftPerson[] = [];
  let columns: Columns | undefined;
  let group: { status: AttendanceStatus; role?: MemberRole } = { status: 'present' };
  for (const row of rows) {
    const cells = (row.cells ?? []).map((c) => oneLine(c.text));
    const filled = cells.filter((c) => c !== '');
    if (filled.length === 0) continue;
    const header = headerColumns(cells);
    if (header) {
      columns = header;
      continue;
    }
    const only = filled.length === 1 ? (filled[0] ?? '') : undefined;
    if (only !== undefined && !isNameLike(only.replace(/\([^)]*\)/g, ''))) {
      group = groupStatus(only);
      continue;
    }
    const first = cells[0] ?? '';
    const label = attendanceLabel(first.replace(/:$/, ''));
    if (label && label.rest === '' && filled.length >= 2) {
      // A label in the first cell and the names beside it.
      const context = { status: label.status, ...(label.role ? { role: label.role } : {}), lines: row.lines };
      for (const cell of cells.slice(1)) for (const line of cell.split(/\n/)) people.push(...peopleIn(line, context));
      continue;
    }
    // Names side by side ("| Cllr A Lee | Cllr B Kay |"): each cell is a person.
    const bare = cells.map((c) => c.replace(/\([^)]*\)/g, '').trim()).filter((c) => c !== '');
    if (!columns && bare.length >= 2 && bare.every((c) => isNameLike(c))) {
      for (const cell of cells)
        if (cell.trim() !== '')
          people.push(...peopleIn(cell, { status: group.status, ...(group.role ? { role: group.role } : {}), lines: row.lines }));
      continue;
    }
    const nameAt = columns?.name ?? (isNameLike(first.replace(/\([^)]*\)/g, '')) || !isNameLike(cells[1] ?? '') ? 0 : 1);
    const name = cells[nameAt] ?? '';
    if (name === '') continue;
    const rowStatus = columns?.status !== undefined ? statusWord(cells[columns.status] ?? '') : undefined;
    const context = { status: rowStatus ?? group.status, ...(group.role ? { role: group.role } : {}), lines: row.lines };
    const rest = cells.filter((c, i) => i !== nameAt && i !== columns?.status && i !== columns?.initials && c !== '');
    const [person] = peopleIn(name, context);
    if (!person) continue;
    const initialsCell = columns?.initials !== undefined ? (cells[columns.initials] ?? '').replace(/[()]/g, '').trim() : undefined;
    const roleCell = columns?.role !== undefined ? cells[columns.role] : rest.find((c) => !isOrganisation(c) && !/^\(?[A-Z]{2,4}\)?$/.test(c));
    const orgCell = columns?.organisation !== undefined ? cells[columns.organisation] : rest.find((c) => isOrganisation(c) && c !== roleCell);
    const initialsGuess =
      (initialsCell && /^[A-Za-z.]{1,12}$/.test(initialsCell) ? initialsCell : undefined) ||
      rest.find((c) => /^\(?[A-Z]{2,4}\)?$/.test(c))?.replace(/[()]/g, '');
    const role = roleCell ? roleFromText(roleCell) : undefined;
    people.push({
      ...person,
      ...(initialsGuess ? { initials: initialsGuess } : {}),
      ...(role ? { role } : {}),
      ...(roleCell && !role && !person.jobTitle ? { jobTitle: roleCell.slice(0, 200) } : {}),
      ...(orgCell && !person.organisation ? { organisation: orgCell.slice(0, 200) } : {}),
    });
  }
  return people;
}

function roleFromText(text: string): MemberRole | undefined {
  const t = text.trim().toLowerCase();
  if (/^(?:vice|deputy)[- ]?chair/.test(t)) return 'vice-chair';
  if (/^co-?chair/.test(t)) return 'co-chair';
  if (/^chair(?:man|woman|person)?$/.test(t)) return 'chair';
  if (/^substitute/.test(t)) return 'substitute';
  if (/^observer/.test(t)) return 'observer';
  if (/^co-?opted/.test(t)) return 'co-opted';
  return undefined;
}
