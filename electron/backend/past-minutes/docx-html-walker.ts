import type { SourceDocument, SourceFormat, TextLook } from '../../../shared/model';
import type { DocxMarkers } from './docx-list-markers';
import { SourceBuilder, tidy } from './source-builder';

/*
 * Walks mammoth's HTML once, in order, and hands each heading, paragraph, list entry and table row to a
 * SourceBuilder. mammoth writes only a few elements (h1–h6, p, ul/ol/li, table/tr/td/th, strong, em, u, br, a,
 * sup, sub, img), so a streaming parser and a little state are enough.
 */

type Line = { text: string; chars: number; bold: number; italic: number; underline: number };

type Open =
  | { readonly kind: 'heading'; readonly level: number; readonly marker: string }
  | { readonly kind: 'paragraph' }
  | { readonly kind: 'entry'; readonly marker: string; readonly level: number };

type List = { readonly ordered: boolean; count: number };

const HEADING = /^h([1-6])$/;

export class DocxHtmlWalker {
  readonly #builder = new SourceBuilder();
  readonly #markers: DocxMarkers | null;
  #entries: readonly string[] | null = null;
  #headings: readonly string[] | null = null;
  #entryIndex = 0;
  #headingIndex = 0;
  #open: Open | null = null;
  #lines: Line[] = [];
  readonly #lists: List[] = [];
  #bold = 0;
  #italic = 0;
  #underline = 0;
  /** Tables inside tables are read as text of the outer cell. */
  #tableDepth = 0;
  #table = -1;
  #row: string[][] | null = null;
  #cell: string[] | null = null;

  /** `markers`: Word's list and heading numbers as printed, in order, where they could be worked out. */
  constructor(markers: DocxMarkers | null) {
    this.#markers = markers;
  }

  async walk(html: string): Promise<void> {
    const { Parser } = await import('htmlparser2');
    // Only use Word's own markers when there is one for every list entry (heading) mammoth wrote; else list entries
    // are counted here, and headings go without their numbers.
    const entries = html.match(/<li>/g)?.length ?? 0;
    const headings = html.match(/<h[1-6]>/g)?.length ?? 0;
    this.#entries = this.#markers?.entries.length === entries ? this.#markers.entries : null;
    this.#headings = this.#markers?.headings.length === headings ? this.#markers.headings : null;
    const parser = new Parser(
      {
        onopentag: (name) => this.#openTag(name),
        onclosetag: (name) => this.#closeTag(name),
        ontext: (text) => this.#text(text),
      },
      { decodeEntities: true, lowerCaseTags: true },
    );
    parser.write(html);
    parser.end();
    this.#flush();
  }

  done(fileName: string, format: SourceFormat): SourceDocument {
    return this.#builder.done(fileName, format);
  }

  #openTag(name: string): void {
    const heading = HEADING.exec(name);
    if (heading !== null) {
      this.#flush();
      const marker = this.#headings?.[this.#headingIndex] ?? '';
      this.#headingIndex += 1;
      this.#start({ kind: 'heading', level: Number(heading[1]), marker });
      return;
    }
    switch (name) {
      case 'p':
        this.#flush();
        this.#start({ kind: 'paragraph' });
        return;
      case 'ul':
      case 'ol':
        // A nested list starts after its parent entry's own words.
        this.#flush();
        this.#lists.push({ ordered: name === 'ol', count: 0 });
        return;
      case 'li': {
        this.#flush();
        const list = this.#lists.at(-1);
        const count = list === undefined ? 1 : (list.count += 1);
        const fallback = list?.ordered === false ? '•' : `${count}.`;
        const marker = this.#entries?.[this.#entryIndex] ?? fallback;
        this.#entryIndex += 1;
        this.#start({ kind: 'entry', marker, level: Math.max(0, this.#lists.length - 1) });
        return;
      }
      case 'table':
        this.#flush();
        this.#tableDepth += 1;
        if (this.#tableDepth === 1) this.#table = this.#builder.startTable();
        return;
      case 'tr':
        if (this.#tableDepth === 1) this.#row = [];
        else this.#flush();
        return;
      case 'td':
      case 'th':
        this.#flush();
        if (this.#tableDepth === 1) this.#cell = [];
        return;
      case 'br':
        this.#lines.push(emptyLine());
        return;
      case 'strong':
      case 'b':
        this.#bold += 1;
        return;
      case 'em':
      case 'i':
        this.#italic += 1;
        return;
      case 'u':
        this.#underline += 1;
        return;
      default:
        return;
    }
  }

  #closeTag(name: string): void {
    if (HEADING.test(name) || name === 'p' || name === 'li') {
      this.#flush();
      return;
    }
    switch (name) {
      case 'ul':
      case 'ol':
        this.#flush();
        this.#lists.pop();
        return;
      case 'td':
      case 'th':
        this.#flush();
        if (this.#tableDepth === 1 && this.#cell !== null) {
          this.#row?.push(this.#cell);
          this.#cell = null;
        }
        return;
      case 'tr':
        this.#flush();
        if (this.#tableDepth === 1 && this.#row !== null) {
          this.#builder.row(this.#table, this.#row);
          this.#row = null;
        }
        return;
      case 'table':
        this.#flush();
        this.#tableDepth = Math.max(0, this.#tableDepth - 1);
        return;
      case 'strong':
      case 'b':
        this.#bold = Math.max(0, this.#bold - 1);
        return;
      case 'em':
      case 'i':
        this.#italic = Math.max(0, this.#italic - 1);
        return;
      case 'u':
        this.#underline = Math.max(0, this.#underline - 1);
        return;
      default:
        return;
    }
  }

  #text(text: string): void {
    // Text outside any paragraph (mammoth writes little) still counts: it starts one.
    if (this.#open === null) {
      if (tidy(text) === '') return;
      this.#start({ kind: 'paragraph' });
    }
    let line = this.#lines.at(-1);
    if (line === undefined) {
      line = emptyLine();
      this.#lines.push(line);
    }
    line.text += text;
    // Look is judged by the letters in each style, so spaces between a bold run and the next do not count.
    const letters = text.replace(/\s+/g, '').length;
    line.chars += letters;
    if (this.#bold > 0) line.bold += letters;
    if (this.#italic > 0) line.italic += letters;
    if (this.#underline > 0) line.underline += letters;
  }

  #start(open: Open): void {
    this.#open = open;
    this.#lines = [emptyLine()];
  }

  /** Ends the open paragraph: into the current table cell, or as a block. */
  #flush(): void {
    const open = this.#open;
    this.#open = null;
    const lines = this.#lines.map((line) => ({ ...line, text: tidy(line.text) })).filter((line) => line.text !== '');
    this.#lines = [];
    if (open === null || lines.length === 0) return;
    const texts = lines.map((line) => line.text);
    if (this.#cell !== null) {
      const marker = open.kind === 'entry' ? `${open.marker} ` : '';
      this.#cell.push(`${marker}${texts.join(' ')}`);
      return;
    }
    if (this.#tableDepth > 0) return;
    if (open.kind === 'heading') {
      // A heading numbered by Word ("4. Minutes of the last meeting") is printed with its number: keep it.
      const [first = '', ...rest] = texts;
      this.#builder.heading(open.level, open.marker === '' ? texts : [`${open.marker} ${first}`, ...rest]);
      return;
    }
    const look = lookOfLines(lines);
    if (open.kind === 'entry') {
      this.#builder.paragraph({ lines: texts, look, listMarker: open.marker, listLevel: open.level });
      return;
    }
    this.#builder.paragraph({ lines: texts, look });
  }
}

const emptyLine = (): Line => ({ text: '', chars: 0, bold: 0, italic: 0, underline: 0 });

/** A paragraph is bold (italic, underlined) when all its letters are. */
function lookOfLines(lines: readonly Line[]): TextLook {
  const sum = (key: 'chars' | 'bold' | 'italic' | 'underline'): number => lines.reduce((total, line) => total + line[key], 0);
  const chars = sum('chars');
  if (chars === 0) return {};
  return { bold: sum('bold') === chars, italic: sum('italic') === chars, underline: sum('underline') === chars };
}
