import type { SourceCell } from '../../model/past-minutes';
import { oneLine, type Unit } from './unit';

/*
 * Minutes laid out in a two-column Word table: the minute's number in the left column, its heading and text in
 * the right ("| 23. | APOLOGIES FOR ABSENCE |", "| | Apologies were received from ... |"). Such a table is layout,
 * not data: its rows are read as the paragraphs they hold, the number in front of the first.
 */

const NUMBER_CELL = /^(?:minute\s+)?(?:[A-Z]{0,6}\s?\d{1,4}(?:[./]\d{1,4}){0,2}(?:\([a-z0-9]{1,3}\))?\.?)$/i;

const filled = (cells: readonly SourceCell[]): SourceCell[] => cells.filter((c) => oneLine(c.text) !== '');

/** Whether a table's rows are a number column and a text column, most of them numbered or blank on the left. */
export function isLayoutTable(rows: readonly Unit[]): boolean {
  if (rows.length < 2) return false;
  let fit = 0;
  let numbered = 0;
  for (const r of rows) {
    const cells = r.cells ?? [];
    const left = oneLine(cells[0]?.text ?? '');
    const right = filled(cells.slice(1));
    if (cells.length >= 2 && right.length === 1 && (left === '' || NUMBER_CELL.test(left))) fit += 1;
    if (NUMBER_CELL.test(left)) numbered += 1;
  }
  return numbered >= 1 && fit >= rows.length * 0.7;
}

/** A layout table's rows as paragraphs: each paragraph of the right cell a unit, the number before the first. */
export function unfoldLayoutRows(rows: readonly Unit[]): Unit[] {
  return rows.flatMap((r) => {
    const cells = r.cells ?? [];
    const left = oneLine(cells[0]?.text ?? '');
    const right = filled(cells.slice(1))[0];
    if (!right) return left === '' ? [] : [{ kind: 'paragraph' as const, text: left, lines: r.lines }];
    const paragraphs = right.text
      .split(/\n+/)
      .map(oneLine)
      .filter((p) => p !== '');
    return paragraphs.map((text, i) => {
      const numberedText = i === 0 && left !== '' ? `${left} ${text}` : text;
      // A numbered heading in capitals or short words reads as a title.
      const bold = i === 0 && left !== '' && (text === text.toUpperCase() || text.split(' ').length <= 12) && !/[.]$/.test(text);
      return { kind: 'paragraph' as const, text: numberedText, lines: right.lines, ...(bold ? { bold: true } : {}) };
    });
  });
}

/** The units with every layout table unfolded into paragraphs. */
export function unfoldLayoutTables(units: readonly Unit[]): Unit[] {
  const out: Unit[] = [];
  let i = 0;
  while (i < units.length) {
    const u = units[i];
    if (!u || u.kind !== 'row') {
      if (u) out.push(u);
      i += 1;
      continue;
    }
    const rows: Unit[] = [];
    while (i < units.length && units[i]?.kind === 'row' && units[i]?.table === u.table) {
      const r = units[i];
      if (r) rows.push(r);
      i += 1;
    }
    out.push(...(isLayoutTable(rows) ? unfoldLayoutRows(rows) : rows));
  }
  return out;
}
