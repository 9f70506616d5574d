import type { SourceBlock, SourceDocument } from '../../model/past-minutes';
import { isNameLike } from './names';
import { furnitureLines } from './page-furniture';
import { oneLine, type Unit } from './unit';

/** Whether a line opens something the rules look for (a decision, an attendance label, a part "(2)"...). */
export type StartsStructure = (line: string) => boolean;

type Piece = { readonly line: number; readonly text: string };

/**
 * The block's text line by line, with page furniture left out. A block over several source lines is read from the
 * document's lines when they hold the block's text (a PDF's hard-wrapped paragraph); otherwise as one piece.
 */
function piecesOf(block: Exclude<SourceBlock, { kind: 'row' }>, doc: SourceDocument, furniture: Set<number>): Piece[] {
  const { from, to } = block.lines;
  if (to > from) {
    // The review screen's lines show a list entry's marker before its first line; the block's text leaves it out.
    const marker = block.kind === 'paragraph' ? block.listMarker : undefined;
    const slice = doc.lines.slice(from - 1, to).map((text, i) => ({
      line: from + i,
      text: i === 0 && marker && oneLine(text).startsWith(`${marker} `) ? oneLine(text).slice(marker.length + 1) : text,
    }));
    if (oneLine(slice.map((p) => p.text).join(' ')) === oneLine(block.text))
      return slice.filter((p) => !furniture.has(p.line) && oneLine(p.text) !== '');
  }
  if (to === from && furniture.has(from)) return [];
  return [{ line: from, text: block.text }];
}

const joined = (pieces: readonly Piece[]): string =>
  pieces.reduce((text, p) => {
    const next = oneLine(p.text);
    if (text === '') return next;
    // A word a PDF broke at the end of a line ("co-" / "production") joins without a space.
    return /[a-z]-$/.test(text) && /^[a-z]/.test(next) ? `${text}${next}` : `${text} ${next}`;
  }, '');

/**
 * The document as units, in reading order: page furniture dropped, a block split where a line inside it opens a
 * structure (PDF readers often hand over a whole page's lines as one block), and a paragraph that a line or page
 * break cut in two joined again (the second half starts in lower case after a first half with no full stop).
 */
export function unitsOf(doc: SourceDocument, startsStructure: StartsStructure): Unit[] {
  const furniture = furnitureLines(doc);
  const units: Unit[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'row') {
      const live = block.cells.filter((c) => !furniture.has(c.lines.from));
      if (block.cells.length > 0 && live.length === 0) continue;
      units.push({
        kind: 'row',
        text: block.cells.map((c) => oneLine(c.text)).join(' | '),
        lines: block.lines,
        table: block.table,
        cells: block.cells,
      });
      continue;
    }
    const pieces = piecesOf(block, doc, furniture);
    const groups: Piece[][] = [];
    for (const p of pieces) {
      const last = groups.at(-1);
      if (last && !startsStructure(oneLine(p.text))) last.push(p);
      else groups.push([p]);
    }
    groups.forEach((group, g) => {
      const text = joined(group);
      if (text === '') return;
      const lines = { from: group[0]?.line ?? block.lines.from, to: group.at(-1)?.line ?? block.lines.to };
      if (block.kind === 'heading') {
        units.push({ kind: 'heading', text, lines, level: block.level });
        return;
      }
      const first = g === 0;
      const lineTexts = group.length > 1 ? group.map((p) => oneLine(p.text)) : undefined;
      units.push({
        ...(lineTexts ? { lineTexts } : {}),
        kind: 'paragraph',
        text,
        lines,
        ...(block.look?.bold ? { bold: true } : {}),
        ...(first && block.listMarker !== undefined ? { listMarker: block.listMarker, listLevel: block.listLevel ?? 0 } : {}),
      });
    });
  }
  return joinBrokenParagraphs(
    units,
    startsStructure,
    doc.format === 'pdf' ? wrapWidth(doc) : undefined,
    (n) => oneLine(doc.lines[n - 1] ?? '').length,
  );
}

/**
 * How long a line is when a PDF wrapped it: most of the width of the document's longer lines. A line this long
 * that ends without a full stop ran on to the next; a short one (a title, a name in a list) did not.
 */
function wrapWidth(doc: SourceDocument): number | undefined {
  const lengths = doc.lines
    .map((l) => oneLine(l).length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const p80 = lengths[Math.floor(lengths.length * 0.8)];
  return p80 !== undefined && p80 >= 40 ? Math.round(p80 * 0.75) : undefined;
}

// Lines that each start with a person's name ("Tracey Holt, Chief Executive, ...") are entries of a list printed a
// person a line, however long they run.
const startsWithName = (text: string): boolean => isNameLike((text.split(/\s*[,(–—;]\s*|\s+-\s+/)[0] ?? '').trim());

function joinBrokenParagraphs(
  units: readonly Unit[],
  startsStructure: StartsStructure,
  width: number | undefined,
  lineLength: (line: number) => number,
): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const prev = out.at(-1);
    const mayJoin =
      prev !== undefined &&
      prev.kind === 'paragraph' &&
      u.kind === 'paragraph' &&
      u.listMarker === undefined &&
      (prev.bold ?? false) === (u.bold ?? false) &&
      !/[.:;!?)]$/.test(prev.text) &&
      !startsStructure(u.text) &&
      !(startsWithName(prev.text) && startsWithName(u.text));
    // In lower case, the next line can only be the same sentence; in capitals, only if the line above ran to the
    // wrapping width of a PDF (or broke after a comma).
    const continues = mayJoin && (/^[a-z]/.test(u.text) || (width !== undefined && (lineLength(prev.lines.to) >= width || /,$/.test(prev.text))));
    if (continues) {
      const text = /[a-z]-$/.test(prev.text) ? `${prev.text}${u.text}` : `${prev.text} ${u.text}`;
      out[out.length - 1] = { ...prev, text, lines: { from: prev.lines.from, to: u.lines.to } };
    } else out.push(u);
  }
  return out;
}
