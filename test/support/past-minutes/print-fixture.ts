import { Buffer } from 'node:buffer';
import path from 'node:path';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
  type INumberingOptions,
} from 'docx';
import PDFDocument from 'pdfkit';
import type { SourceBlock, SourceDocument } from '../../../shared/model';
import { resourcesDir } from '../../../electron/backend/export/resources';
import { parseMarkup } from './markup';

/*
 * Fixture markup (markup.ts) → a real .docx and a real .pdf, as a council's word processor would make them: Word
 * headings, bold runs, Word numbering (the markers are not in the text) and tables; a PDF with larger bold headings,
 * paragraphs wrapped into hard lines, list markers set apart from their words, tables as aligned columns, and a
 * running header and "Page N of M" footer on every page. A reader given either file should give back the blocks
 * parseMarkup gives.
 */

type Paragraphish = Extract<SourceBlock, { kind: 'paragraph' }>;
type Row = Extract<SourceBlock, { kind: 'row' }>;

/** The markup's document, and the printed files. */
export async function printFixture(markup: string, fileName: string): Promise<{ source: SourceDocument; docx: Uint8Array; pdf: Uint8Array }> {
  const source = parseMarkup(markup, fileName);
  return { source, docx: await printDocx(source), pdf: await printPdf(source) };
}

/** The first line of each page in markup: where a page break goes before a block. */
const breaksBefore = (source: SourceDocument): Set<number> => new Set((source.pageStarts ?? []).filter((line) => line > 1));

// ---- Word ----

/** A marker as printed ("1.", "(a)", "iv)") → Word's number format and level text, and where it counts from. */
type Counter = { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: (level: number) => string; start: number };

export function counterOf(marker: string): Counter {
  if (marker === '•' || marker === '-' || marker === '–') return { format: LevelFormat.BULLET, text: () => '•', start: 1 };
  const match = /^(\(?)([0-9]+|[ivxlc]+|[IVXLC]+|[a-z]|[A-Z])([.)]?)$/.exec(marker);
  if (match === null) return { format: LevelFormat.BULLET, text: () => marker, start: 1 };
  const [, open = '', value = '1', close = ''] = match;
  const text = (level: number): string => `${open}%${level + 1}${close}`;
  if (/^[0-9]+$/.test(value)) return { format: LevelFormat.DECIMAL, text, start: Number(value) };
  // "i" alone is roman (a list of parts starting (i)); a single other letter is a letter.
  if (/^[ivxlc]+$/.test(value) && (value.length > 1 || value === 'i')) return { format: LevelFormat.LOWER_ROMAN, text, start: romanValue(value) };
  if (/^[IVXLC]+$/.test(value) && (value.length > 1 || value === 'I')) return { format: LevelFormat.UPPER_ROMAN, text, start: romanValue(value) };
  if (/^[a-z]$/.test(value)) return { format: LevelFormat.LOWER_LETTER, text, start: value.charCodeAt(0) - 96 };
  return { format: LevelFormat.UPPER_LETTER, text, start: value.charCodeAt(0) - 64 };
}

function romanValue(numeral: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  const digits = [...numeral.toLowerCase()].map((c) => values[c] ?? 0);
  return digits.reduce((sum, value, i) => sum + (value < (digits[i + 1] ?? 0) ? -value : value), 0);
}

export async function printDocx(source: SourceDocument): Promise<Uint8Array> {
  const breaks = breaksBefore(source);
  const children: (Paragraph | Table)[] = [];
  const numbering: INumberingOptions['config'][number][] = [];
  const blocks = source.blocks;
  let pageBreak: boolean;
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i];
    if (block === undefined) break;
    pageBreak = breaks.has(block.lines.from);
    if (block.kind === 'row') {
      const rows: Row[] = [];
      while (blocks[i]?.kind === 'row' && (blocks[i] as Row).table === block.table) rows.push(blocks[i++] as Row);
      if (pageBreak) children.push(new Paragraph({ pageBreakBefore: true, children: [] }));
      children.push(docxTable(rows));
      continue;
    }
    if (block.kind === 'heading') {
      const heading =
        [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4][block.level - 1] ?? HeadingLevel.HEADING_4;
      children.push(new Paragraph({ heading, pageBreakBefore: pageBreak, children: [new TextRun(flat(block.text))] }));
      i += 1;
      continue;
    }
    if (block.listMarker !== undefined) {
      // A run of list entries that count on from each other is one Word list; each level's format comes from its
      // first marker. An entry that does not follow (a bullet after "(c)", a "1." after "(b)") starts another list.
      const entries: Paragraphish[] = [];
      const levels = new Map<number, { counter: Counter; next: number }>();
      const follows = (entry: Paragraphish): boolean => {
        const counter = counterOf(entry.listMarker ?? '•');
        const level = levels.get(entry.listLevel ?? 0);
        if (level === undefined) return true;
        return (
          level.counter.format === counter.format &&
          level.counter.text(0) === counter.text(0) &&
          (counter.format === LevelFormat.BULLET || counter.start === level.next)
        );
      };
      while (blocks[i]?.kind === 'paragraph' && (blocks[i] as Paragraphish).listMarker !== undefined) {
        const entry = blocks[i] as Paragraphish;
        if (entries.length > 0 && (breaks.has(entry.lines.from) || !follows(entry))) break;
        const counter = counterOf(entry.listMarker ?? '•');
        const depth = entry.listLevel ?? 0;
        const level = levels.get(depth);
        levels.set(depth, { counter: level?.counter ?? counter, next: counter.start + 1 });
        // A shallower entry restarts the deeper levels' counting, as Word does.
        for (const key of [...levels.keys()]) if (key > depth) levels.delete(key);
        entries.push(entry);
        i += 1;
      }
      const reference = `list-${numbering.length}`;
      const definitions: ILevelsOptions[] = [];
      for (const entry of entries) {
        const level = entry.listLevel ?? 0;
        if (definitions.some((l) => l.level === level)) continue;
        const counter = counterOf(entry.listMarker ?? '•');
        definitions.push({
          level,
          format: counter.format,
          text: counter.text(level),
          start: counter.start,
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 540 } } },
        });
      }
      numbering.push({ reference, levels: definitions });
      for (const [n, entry] of entries.entries()) {
        children.push(
          new Paragraph({
            numbering: { reference, level: entry.listLevel ?? 0 },
            pageBreakBefore: n === 0 && pageBreak,
            children: [new TextRun(flat(entry.text))],
          }),
        );
      }
      continue;
    }
    children.push(
      new Paragraph({ pageBreakBefore: pageBreak, children: [new TextRun({ text: flat(block.text), bold: block.look?.bold === true })] }),
    );
    i += 1;
  }
  const document = new Document({ numbering: { config: numbering }, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** A paragraph's text as one run: Word wraps it, so the markup's hard lines are spaces. */
const flat = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

function docxTable(rows: readonly Row[]): Table {
  const columns = Math.max(1, ...rows.map((r) => r.cells.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row) =>
        new TableRow({
          children: Array.from(
            { length: columns },
            (_, c) =>
              new TableCell({
                width: { size: Math.floor(100 / columns), type: WidthType.PERCENTAGE },
                children: [new Paragraph(row.cells[c]?.text ?? '')],
              }),
          ),
        }),
    ),
  });
}

// ---- PDF ----

const PAGE = { width: 595.28, height: 841.89, margin: 72, top: 90, bottom: 80 };
const BODY = 11;
const HEADING_SIZES = [18, 15, 13, 12];
const font = (style: 'Regular' | 'Bold'): string => path.join(resourcesDir(), 'fonts', `LiberationSans-${style}.ttf`);

export function printPdf(source: SourceDocument): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    autoFirstPage: true,
  });
  doc.registerFont('body', font('Regular'));
  doc.registerFont('bold', font('Bold'));
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  const breaks = breaksBefore(source);
  const width = PAGE.width - 2 * PAGE.margin;
  const bottom = PAGE.height - PAGE.bottom;
  const room = (height: number): void => {
    if (doc.y + height > bottom) doc.addPage();
  };
  let previousTable: number | null = null;
  for (const block of source.blocks) {
    if (breaks.has(block.lines.from)) doc.addPage();
    if (block.kind === 'row') {
      if (previousTable !== null && previousTable !== block.table) doc.y += BODY;
      previousTable = block.table;
      const columnWidth = width / Math.max(1, block.cells.length);
      doc.font('body').fontSize(BODY);
      const height = Math.max(...block.cells.map((cell) => doc.heightOfString(cell.text, { width: columnWidth - 12 }))) + 5;
      room(height);
      const y = doc.y;
      for (const [c, cell] of block.cells.entries()) doc.text(cell.text, PAGE.margin + c * columnWidth, y, { width: columnWidth - 12 });
      doc.x = PAGE.margin;
      doc.y = y + height;
      continue;
    }
    if (previousTable !== null) doc.y += BODY * 0.8;
    previousTable = null;
    if (block.kind === 'heading') {
      const size = HEADING_SIZES[block.level - 1] ?? BODY + 1;
      room(size * 3);
      doc.y += size * 0.4;
      doc.font('bold').fontSize(size).text(flat(block.text), PAGE.margin, doc.y, { width });
      doc.y += size * 0.35;
      continue;
    }
    doc.font(block.look?.bold === true ? 'bold' : 'body').fontSize(BODY);
    // The markup's own line breaks are kept as hard lines, and long lines wrap: as a PDF made from Word is.
    const text = block.text.split('\n').join('\n');
    if (block.listMarker === undefined) {
      room(BODY * 2.5);
      doc.text(text, PAGE.margin, doc.y, { width });
      doc.y += BODY * 0.6;
      continue;
    }
    const indent = PAGE.margin + (block.listLevel ?? 0) * 22;
    room(BODY * 2.5);
    const y = doc.y;
    doc.text(block.listMarker, indent, y, { lineBreak: false });
    doc.text(text, indent + 26, y, { width: width - (indent - PAGE.margin) - 26 });
    doc.x = PAGE.margin;
    doc.y += BODY * 0.3;
  }
  furniture(doc, source);
  doc.end();
  return done;
}

/** The running header (the document's first heading) and "Page N of M" footer, drawn once every page is laid out. */
function furniture(doc: PDFKit.PDFDocument, source: SourceDocument): void {
  const title = source.blocks.find((b) => b.kind === 'heading')?.text ?? source.fileName;
  const { start, count } = doc.bufferedPageRange();
  for (let page = start; page < start + count; page += 1) {
    doc.switchToPage(page);
    // Text in the margins would start a new page: pdfkit only breaks a page below its bottom margin.
    const margins = doc.page.margins;
    doc.page.margins = { top: 0, bottom: 0, left: margins.left, right: margins.right };
    doc.font('body').fontSize(9);
    doc.text(`${flat(title)} – minutes`, PAGE.margin, 40, { width: PAGE.width - 2 * PAGE.margin, lineBreak: false });
    doc.text(`Page ${page - start + 1} of ${count}`, PAGE.margin, PAGE.height - 50, {
      width: PAGE.width - 2 * PAGE.margin,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins = margins;
  }
}
