import type { SourceDocument } from '../../../shared/model';
import { findFurniture, type PdfPage } from './pdf-furniture';
import { mainSize, type PdfLine, type Segment } from './pdf-lines';
import { SourceBuilder, tidy } from './source-builder';

/*
 * A PDF's lines → blocks. A PDF has no paragraphs, headings or tables, only text placed on pages, so they are
 * inferred as a reader's eye does: type larger than the body is a heading; lines close together in the same type
 * are one paragraph (the line breaks are where the text wrapped); a line that starts with "1.", "(a)" or "•" starts a
 * list entry; lines whose pieces line up in columns are a table.
 */

type BodyLine = PdfLine & {
  /** Its number among the document's lines. */
  readonly number: number;
  /** The first body line of a page after the first. */
  readonly afterPageBreak: boolean;
  /** The list marker it starts with, and where its words start. */
  readonly marker: string | undefined;
  readonly rest: string;
};

/** "1.", "12.", "3.2.", "(a)", "a)", "(iv)", "iv.", "A.", and bullets. */
const MARKER =
  /^(\(\s?(?:\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6}|[A-Z])\s?\)|(?:\d{1,3}|[a-z]|[ivxlc]{1,6}|[A-Z])[.)]|\d{1,3}(?:\.\d{1,3})+\.?|[•●▪◦‣∙·■□➢✓–-])(?:\s+|$)/;

export function blocksOfPages(pages: readonly PdfPage[], fileName: string): SourceDocument {
  const builder = new SourceBuilder();
  const furniture = findFurniture(pages);
  const body: BodyLine[] = [];
  for (const [p, page] of pages.entries()) {
    builder.startPage();
    let first = p > 0;
    for (const [i, line] of page.lines.entries()) {
      const { from: number } = builder.addLines([line.text]);
      if (furniture[p]?.has(i) === true) continue;
      body.push({ ...line, number, afterPageBreak: first, ...markerOf(line) });
      first = false;
    }
  }
  new BlockMaker(builder, body).make();
  return builder.done(fileName, 'pdf');
}

function markerOf(line: PdfLine): { marker: string | undefined; rest: string } {
  const match = MARKER.exec(line.text);
  const marker = match?.[1];
  if (match === null || marker === undefined) return { marker: undefined, rest: line.text };
  const rest = line.text.slice(match[0].length).trim();
  // A marker with nothing after it on its line, or a number of several parts inside running text ("2.5 million"),
  // is read as a list entry only when the PDF set it apart from its words (a tab: a segment of its own).
  const setApart = line.segments.length > 1 && line.segments[0]?.text === marker;
  if (rest === '' && !setApart) return { marker: undefined, rest: line.text };
  if (/^\d{1,3}(?:\.\d{1,3})+$/.test(marker) && !setApart) return { marker: undefined, rest: line.text };
  return { marker: marker.replace(/\s+/g, ''), rest };
}

/** The segments of a line that are table cells: a list marker tabbed from its words is not a cell. */
function cellsOf(line: BodyLine): readonly Segment[] {
  const [first, second, ...others] = line.segments;
  if (line.marker !== undefined && first !== undefined && second !== undefined && first.text === line.marker) {
    return [{ x: first.x, end: second.end, text: `${first.text} ${second.text}` }, ...others];
  }
  return line.segments;
}

type Open = { kind: 'heading'; level: number; lines: BodyLine[] } | { kind: 'paragraph'; lines: BodyLine[]; marker: string | undefined };

class BlockMaker {
  readonly #builder: SourceBuilder;
  readonly #lines: readonly BodyLine[];
  readonly #bodySize: number;
  readonly #headingLevels: Map<number, number>;
  readonly #pitch: number;
  readonly #markerLevels: number[];
  #open: Open | null = null;
  #table = -1;
  #tableColumns: number[] | null = null;

  constructor(builder: SourceBuilder, lines: readonly BodyLine[]) {
    this.#builder = builder;
    this.#lines = lines;
    this.#bodySize = mainSize(lines);
    // Each size of heading, largest first, is a level.
    const sizes = [...new Set(lines.map((l) => roundHalf(l.size)).filter((s) => this.#isHeadingSize(s)))].sort((a, b) => b - a);
    this.#headingLevels = new Map(sizes.map((size, i) => [size, Math.min(6, i + 1)]));
    this.#pitch = linePitch(lines);
    this.#markerLevels = clusters(lines.filter((l) => l.marker !== undefined).map((l) => l.x));
  }

  make(): void {
    const lines = this.#lines;
    let i = 0;
    while (i < lines.length) {
      const table = this.#tableAt(i);
      if (table !== null) {
        this.#flush();
        this.#rows(i, table.end, table.columns);
        i = table.end;
        continue;
      }
      const line = lines[i];
      i += 1;
      if (line === undefined) continue;
      this.#tableColumns = null;
      this.#line(line);
    }
    this.#flush();
  }

  #isHeadingSize(size: number): boolean {
    return size >= this.#bodySize * 1.12 && size - this.#bodySize >= 1;
  }

  #line(line: BodyLine): void {
    const open = this.#open;
    const size = roundHalf(line.size);
    if (this.#isHeadingSize(size)) {
      const level = this.#headingLevels.get(size) ?? 1;
      if (open?.kind === 'heading' && open.level === level && this.#close(open.lines.at(-1), line, 1.6)) open.lines.push(line);
      else this.#start({ kind: 'heading', level, lines: [line] });
      return;
    }
    if (open?.kind === 'paragraph' && line.marker === undefined && this.#continues(open, line)) {
      open.lines.push(line);
      return;
    }
    this.#start({ kind: 'paragraph', lines: [line], marker: line.marker });
  }

  /** Whether a line goes on with the open paragraph: same type, no wider gap than between lines, no new indent. */
  #continues(open: Open & { kind: 'paragraph' }, line: BodyLine): boolean {
    const last = open.lines.at(-1);
    const first = open.lines[0];
    if (last === undefined || first === undefined) return false;
    if (Math.abs(last.size - line.size) > 0.6 || last.bold !== line.bold || last.italic !== line.italic) return false;
    if (line.afterPageBreak) return !/[.:;!?]$/.test(last.text) && /^[a-z(]/.test(line.text);
    if (!this.#close(last, line, 1.25)) return false;
    // A first line indented further than the paragraph's other lines starts a new paragraph.
    if (open.marker === undefined) return line.x <= Math.min(...open.lines.map((l) => l.x)) + line.size;
    // A list entry's wrapped lines sit under its words (a hanging indent), right of its marker: a line back at the
    // marker is the paragraph after the list.
    return line.x >= first.x + line.size * 0.5 && line.x <= first.x + line.size * 4;
  }

  /** Whether two lines are no further apart than `times` the usual distance between lines. */
  #close(above: BodyLine | undefined, below: BodyLine, times: number): boolean {
    if (above === undefined || above.page !== below.page) return false;
    const gap = above.y - below.y;
    return gap > 0 && gap <= Math.max(this.#pitch, below.size * 1.05) * times + 0.5;
  }

  #start(open: Open): void {
    this.#flush();
    this.#open = open;
  }

  #flush(): void {
    const open = this.#open;
    this.#open = null;
    if (open === null) return;
    const first = open.lines[0];
    const last = open.lines.at(-1);
    if (first === undefined || last === undefined) return;
    const lines = { from: first.number, to: last.number };
    const words = open.lines.map((l, i) => (i === 0 ? l.rest : l.text));
    if (open.kind === 'heading') {
      this.#builder.block({ kind: 'heading', level: open.level, text: tidy(open.lines.map((l) => l.text).join(' ')), lines });
      return;
    }
    const text = tidy(open.marker === undefined ? open.lines.map((l) => l.text).join(' ') : words.join(' '));
    if (text === '') return;
    const look: { bold?: boolean; italic?: boolean; size: number } = { size: Math.round(first.size * 10) / 10 };
    if (open.lines.every((l) => l.bold)) look.bold = true;
    if (open.lines.every((l) => l.italic)) look.italic = true;
    if (open.marker === undefined) {
      this.#builder.block({ kind: 'paragraph', text, lines, look });
      return;
    }
    const level = Math.max(
      0,
      this.#markerLevels.findIndex((x) => Math.abs(x - first.x) <= 3),
    );
    this.#builder.block({ kind: 'paragraph', text, lines, look, listMarker: open.marker.slice(0, 20), listLevel: Math.min(8, level) });
  }

  /** A table starting at line `start`: two or more lines in a row whose pieces start at the same places. */
  #tableAt(start: number): { end: number; columns: number[] } | null {
    const first = this.#lines[start];
    if (first === undefined || cellsOf(first).length < 2 || this.#isHeadingSize(roundHalf(first.size))) return null;
    const tolerance = Math.max(4, first.size * 0.5);
    const columns = cellsOf(first).map((s) => s.x);
    const fits = (x: number): boolean => columns.some((c) => Math.abs(c - x) <= tolerance);
    let many = 1;
    let end = start + 1;
    for (; end < this.#lines.length; end += 1) {
      const line = this.#lines[end];
      const above = this.#lines[end - 1];
      if (line === undefined || above === undefined) break;
      const cells = cellsOf(line);
      if (!cells.every((s) => fits(s.x))) break;
      const nearby = line.afterPageBreak || (above.y - line.y > 0 && above.y - line.y <= Math.max(this.#pitch, line.size) * 3);
      if (!nearby) break;
      // One piece at the left is a line of its own, unless it carries on the rows of a table the page broke.
      if (cells.length < 2 && Math.abs((cells[0]?.x ?? 0) - (columns[0] ?? 0)) <= tolerance) break;
      if (cells.length >= 2) many += 1;
    }
    // A table goes on over a page with the same columns (the page's running header and footer are not blocks).
    const continuing = this.#tableColumns !== null && sameColumns(this.#tableColumns, columns, tolerance);
    if (many < 2 && !continuing) return null;
    return { end, columns };
  }

  #rows(start: number, end: number, columns: number[]): void {
    const tolerance = 6;
    if (this.#tableColumns === null || !sameColumns(this.#tableColumns, columns, tolerance)) this.#table = this.#builder.startTable();
    this.#tableColumns = columns;
    let cells: string[] = [];
    let from = 0;
    let to = 0;
    const emit = (): void => {
      if (cells.some((c) => c !== '')) {
        this.#builder.block({
          kind: 'row',
          table: this.#table,
          cells: cells.map((text) => ({ text: tidy(text), lines: { from, to } })),
          lines: { from, to },
        });
      }
    };
    for (let i = start; i < end; i += 1) {
      const line = this.#lines[i];
      if (line === undefined) continue;
      const pieces = cellsOf(line);
      const column = (x: number): number => {
        let best = 0;
        for (const [c, cx] of columns.entries()) if (Math.abs(cx - x) < Math.abs((columns[best] ?? 0) - x)) best = c;
        return best;
      };
      // A row starts with its first column; a line without one carries on the cells above (their text wrapped).
      const newRow = pieces.some((p) => column(p.x) === 0) || i === start;
      if (newRow) {
        if (i !== start) emit();
        cells = columns.map(() => '');
        from = line.number;
      }
      for (const piece of pieces) {
        const c = column(piece.x);
        cells[c] = cells[c] === '' || cells[c] === undefined ? piece.text : `${cells[c]} ${piece.text}`;
      }
      to = line.number;
    }
    emit();
  }
}

const roundHalf = (size: number): number => Math.round(size * 2) / 2;

function sameColumns(a: readonly number[], b: readonly number[], tolerance: number): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - (b[i] ?? Number.NaN)) <= tolerance);
}

/** The usual distance between the baselines of two lines of body text next to each other. */
function linePitch(lines: readonly BodyLine[]): number {
  const gaps = new Map<number, number>();
  for (let i = 1; i < lines.length; i += 1) {
    const above = lines[i - 1];
    const below = lines[i];
    if (above === undefined || below === undefined || above.page !== below.page) continue;
    const gap = Math.round((above.y - below.y) * 2) / 2;
    if (gap > 0 && gap < below.size * 3) gaps.set(gap, (gaps.get(gap) ?? 0) + 1);
  }
  // The smallest gap that is common: lines within a paragraph are closer than paragraphs are.
  const common = [...gaps.entries()].filter(([, n]) => n >= 2).sort((a, b) => a[0] - b[0]);
  return common[0]?.[0] ?? 14;
}

/** Distinct x positions (within 3 points), left to right: the indents lists are set at. */
function clusters(xs: readonly number[]): number[] {
  const found: number[] = [];
  for (const x of [...xs].sort((a, b) => a - b)) if (!found.some((f) => Math.abs(f - x) <= 3)) found.push(x);
  return found;
}
