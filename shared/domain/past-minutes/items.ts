import { tableColumns } from './action-tables';
import { attendanceLabel } from './attendance-sections';
import { bodyIn } from './board-name';
import { findDate } from './dates-times';
import { agendaItemLabel, isMinutesLabel, numberedHeading, unnumberedHeading, type ItemHeading } from './item-headings';
import { oneLine, type Unit } from './unit';

/*
 * Cutting the document into items. An item starts at a numbered heading ("4. Title", "HWB12/24 Title"), at
 * Modern.gov's "Agenda item" line (the title is the next line), or at a row of a minutes table with Item and
 * Discussion columns. Minutes that number nothing start items at headings and bold titles instead. Units before
 * the first item are the header (the board, date, attendance); "Minutes:" splits an item's agenda text from its
 * minute.
 */

export type RawItem = {
  readonly heading: ItemHeading;
  readonly headingUnits: readonly Unit[];
  /** The agenda's text, where the minutes print it before "Minutes:". */
  readonly description: Unit[];
  readonly body: Unit[];
  /** Where the item was a row of a minutes table: its cells. */
  readonly row?: { readonly unit: Unit; readonly discussion: string; readonly columns: NonNullable<ReturnType<typeof tableColumns>> };
};

export type Segments = { readonly header: Unit[]; readonly items: RawItem[] };

const cellText = (u: Unit, at: number | undefined): string => (at === undefined ? '' : oneLine(u.cells?.[at]?.text ?? ''));

/** A minutes-table row's heading, from its Item cell ("3. Welcome", or "3" with the title first in the discussion). */
function rowHeading(itemCell: string, discussion: string): ItemHeading {
  const fake: Unit = { kind: 'heading', text: itemCell, lines: { from: 1, to: 1 } };
  const numbered = numberedHeading(fake);
  if (numbered) return numbered;
  if (/^\d{1,3}(?:\.\d{1,2})?\.?$/.test(itemCell)) {
    const title = (discussion.split(/(?<=[.:])\s+/)[0] ?? '').replace(/[.:]$/, '').slice(0, 300);
    return { number: itemCell.replace(/\.$/, ''), title: title || `Item ${itemCell}` };
  }
  return { title: itemCell || 'Untitled item' };
}

/** The document cut into its header and items. */
export function segmentItems(units: readonly Unit[]): Segments {
  const numbered = units.some((u) => numberedHeading(u) || agendaItemLabel(u.text));
  const header: Unit[] = [];
  const items: RawItem[] = [];
  let current: (RawItem & { minutesSeen: boolean }) | undefined;
  const open = (heading: ItemHeading, headingUnits: Unit[], row?: RawItem['row']): void => {
    current = { heading, headingUnits, description: [], body: [], minutesSeen: row !== undefined, ...(row ? { row } : {}) };
    items.push(current);
  };
  let tableColumnsNow: { table: number; columns: NonNullable<ReturnType<typeof tableColumns>> } | undefined;
  for (let i = 0; i < units.length; i += 1) {
    const u = units[i];
    if (!u) continue;
    if (u.kind === 'row') {
      const columns = tableColumns((u.cells ?? []).map((c) => c.text));
      if (columns && tableColumnsNow?.table !== u.table) {
        tableColumnsNow = { table: u.table ?? -1, columns };
        if (columns.item !== undefined && columns.discussion !== undefined) continue;
      }
      const rowColumns = tableColumnsNow && tableColumnsNow.table === u.table ? tableColumnsNow.columns : undefined;
      if (rowColumns?.item !== undefined && rowColumns.discussion !== undefined) {
        const discussion = cellText(u, rowColumns.discussion);
        open(rowHeading(cellText(u, rowColumns.item), discussion), [u], { unit: u, discussion, columns: rowColumns });
        continue;
      }
    }
    const label = u.kind === 'row' ? undefined : agendaItemLabel(u.text);
    if (label) {
      const next = units[i + 1];
      const titleUnit = next && next.kind !== 'row' && !isMinutesLabel(next.text) ? next : undefined;
      const inner = titleUnit ? numberedHeading(titleUnit) : undefined;
      const heading: ItemHeading = inner
        ? {
            ...(label.number ? { number: label.number } : inner.number ? { number: inner.number } : {}),
            ...(inner.minuteNumber || (label.number && inner.number) ? { minuteNumber: inner.minuteNumber ?? inner.number } : {}),
            title: inner.title,
          }
        : { ...(label.number ? { number: label.number } : {}), title: titleUnit?.text.slice(0, 300) ?? 'Untitled item' };
      open(heading, titleUnit ? [u, titleUnit] : [u]);
      if (titleUnit) i += 1;
      continue;
    }
    const heading = numberedHeading(u) ?? (!numbered && startsUnnumberedItem(u, header, current !== undefined) ? unnumberedHeading(u) : undefined);
    if (heading) {
      open(heading, [u]);
      continue;
    }
    if (current && u.kind !== 'row' && isMinutesLabel(u.text)) {
      current.minutesSeen = true;
      current.description.push(...current.body);
      current.body.length = 0;
      continue;
    }
    if (current) current.body.push(u);
    else header.push(u);
  }
  // A Modern.gov extract of one item may start with the agenda's text and carry no title: the "Minutes:" line
  // still says where the minute starts.
  const label = header.findIndex((u) => u.kind !== 'row' && isMinutesLabel(u.text));
  if (items.length === 0 && label >= 0) {
    return {
      header: [],
      items: [{ heading: { title: 'Untitled item' }, headingUnits: [], description: header.slice(0, label), body: header.slice(label + 1) }],
    };
  }
  // A heading straight over a table of items ("Notes of the meeting") is not an item of its own.
  const kept = items.filter(
    (it, k) =>
      !(
        it.heading.number === undefined &&
        it.heading.minuteNumber === undefined &&
        it.body.length === 0 &&
        it.description.length === 0 &&
        items[k + 1]?.row !== undefined
      ),
  );
  return {
    header,
    items: kept.map(({ heading, headingUnits, description, body, row }) => ({ heading, headingUnits, description, body, ...(row ? { row } : {}) })),
  };
}

/** In minutes without numbers, whether a title starts an item rather than naming the board or the date. */
function startsUnnumberedItem(u: Unit, header: readonly Unit[], inItems: boolean): boolean {
  if (!unnumberedHeading(u)) return false;
  if (inItems) return true;
  if (header.length === 0 && (bodyIn(u.text) || /\bminutes\b/i.test(u.text))) return false;
  if (bodyIn(u.text) && header.length < 4) return false;
  if (findDate(u.text) || attendanceLabel(u.text)) return false;
  return header.some((h) => h.kind !== 'heading');
}
