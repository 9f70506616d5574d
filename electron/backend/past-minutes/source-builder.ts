import type { SourceBlock, SourceCell, SourceDocument, SourceFormat, SourceLines, TextLook } from '../../../shared/model';

/** The longest text a line, block or cell may hold (the schema's limit): longer is cut there. */
const MAX_TEXT = 100_000;

/**
 * White space as a reader sees it: runs (tabs, non-breaking spaces, line breaks) become one space; none at the ends.
 * Text past the schema's limit is cut, so a document is never refused by the contract for one enormous paragraph.
 */
export const tidy = (text: string): string =>
  text
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim()
    .slice(0, MAX_TEXT);

/** A look worth keeping: only the flags that are set, or nothing at all. */
export function lookOf(look: TextLook): TextLook | undefined {
  const kept: TextLook = {};
  if (look.bold === true) kept.bold = true;
  if (look.italic === true) kept.italic = true;
  if (look.underline === true) kept.underline = true;
  if (look.size !== undefined) kept.size = look.size;
  return Object.keys(kept).length > 0 ? kept : undefined;
}

export type ParagraphInput = {
  /** The paragraph's lines as printed, each already tidied, without the list marker. */
  readonly lines: readonly string[];
  readonly look?: TextLook | undefined;
  readonly listMarker?: string | undefined;
  readonly listLevel?: number | undefined;
};

/**
 * Builds a SourceDocument line by line and block by block, so every block names the lines it was read from. The
 * readers decide what a block is; this keeps the numbering of lines and tables in one place.
 */
export class SourceBuilder {
  readonly #lines: string[] = [];
  readonly #blocks: SourceBlock[] = [];
  readonly #pageStarts: number[] = [];
  #tables = 0;

  /** Adds lines that belong to no block (a page's running header, "Page 3 of 10"); answers their range. */
  addLines(texts: readonly string[]): SourceLines {
    const from = this.#lines.length + 1;
    for (const text of texts) this.#lines.push(text.slice(0, MAX_TEXT));
    return { from, to: Math.max(from, this.#lines.length) };
  }

  /** The number the next line will have. */
  get nextLine(): number {
    return this.#lines.length + 1;
  }

  /** Marks the next line as the first of a page. */
  startPage(): void {
    this.#pageStarts.push(this.nextLine);
  }

  heading(level: number, lines: readonly string[]): void {
    const text = tidy(lines.join(' '));
    if (text === '') return;
    this.#blocks.push({ kind: 'heading', level: Math.min(6, Math.max(1, level)), text, lines: this.addLines(lines) });
  }

  paragraph(input: ParagraphInput): void {
    const text = tidy(input.lines.join(' '));
    if (text === '') return;
    const marker = input.listMarker;
    // The review screen shows the marker as printed, so it starts the first line; the block keeps it apart.
    const shown = marker === undefined || marker === '' ? input.lines : input.lines.map((line, i) => (i === 0 ? `${marker} ${line}` : line));
    const block: SourceBlock = { kind: 'paragraph', text, lines: this.addLines(shown) };
    const look = input.look === undefined ? undefined : lookOf(input.look);
    if (look !== undefined) block.look = look;
    if (marker !== undefined) {
      block.listMarker = marker.slice(0, 20);
      block.listLevel = Math.min(8, Math.max(0, input.listLevel ?? 0));
    }
    this.#blocks.push(block);
  }

  /** Starts a new table: rows added after this belong to it. */
  startTable(): number {
    this.#tables += 1;
    return this.#tables - 1;
  }

  /**
   * A table row whose cells are each a list of paragraphs. The row is one line per paragraph of its fullest cell,
   * the cells side by side, so the review screen shows a row as it reads across.
   */
  row(table: number, cells: readonly (readonly string[])[]): void {
    const tidied = cells.slice(0, 50).map((paragraphs) => paragraphs.map(tidy).filter((p) => p !== ''));
    if (tidied.every((paragraphs) => paragraphs.length === 0)) return;
    const height = Math.max(1, ...tidied.map((paragraphs) => paragraphs.length));
    const shown: string[] = [];
    for (let i = 0; i < height; i += 1) shown.push(tidied.map((paragraphs) => paragraphs[i] ?? '').join(' | '));
    const lines = this.addLines(shown);
    const sourceCells: SourceCell[] = tidied.map((paragraphs) => {
      const last = paragraphs.length === 0 ? lines.from : lines.from + paragraphs.length - 1;
      return { text: paragraphs.join('\n').slice(0, MAX_TEXT), lines: { from: lines.from, to: last } };
    });
    this.#blocks.push({ kind: 'row', table, cells: sourceCells, lines });
  }

  /** A block over lines already added. */
  block(block: SourceBlock): void {
    this.#blocks.push(block);
  }

  done(fileName: string, format: SourceFormat): SourceDocument {
    const document: SourceDocument = { fileName, format, lines: this.#lines, blocks: this.#blocks };
    if (this.#pageStarts.length > 0) document.pageStarts = this.#pageStarts;
    return document;
  }
}
