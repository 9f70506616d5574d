import type { SourceBlock, SourceDocument } from '../../../shared/model/past-minutes';

/*
 * A light markup for fixture documents of past minutes, parsed into the `SourceDocument` a file reader would give
 * (format 'text'). A printer can turn the same markup into real .docx and .pdf files, so keep the two in step.
 *
 *   # Title / ## Title / ### Title   a heading of level 1, 2 or 3
 *   (blank line)                     ends the block before it; blank lines are not source lines
 *   **Whole line in bold**           a bold paragraph (the stars are not in the text)
 *   - text                           a bulleted list entry (marker "•")
 *   {1.} text  /  {(a)} text         an auto-numbered list entry with that marker, kept out of the text (as Word
 *                                    numbering is); two leading spaces per level of nesting, before "-" or "{"
 *   | a | b | c |                    a table row; consecutive rows make one table; `|---|` separator lines are skipped
 *   ---page---                       a page break: the next source line starts a new page (`pageStarts`)
 *   anything else                    a paragraph; consecutive non-blank plain lines are one paragraph wrapped over
 *                                    several source lines (as a PDF hard-wraps them); its text keeps the breaks
 *                                    as "\n". A plain line straight after a list entry continues that entry.
 *
 * Each markup line (other than blank, separator and page-break lines) is one source line, numbered from 1, holding
 * the text without its markup; a table row's source line is its cells joined by a tab.
 */

type Look = { bold?: boolean };
type OpenParagraph = { kind: 'paragraph'; text: string; from: number; to: number; look?: Look; listMarker?: string; listLevel?: number };

const HEADING = /^(#{1,3})\s+(.*)$/;
const BOLD = /^\*\*(.+)\*\*$/;
const BULLET = /^((?: {2})*)-\s+(.*)$/;
const NUMBERED = /^((?: {2})*)\{([^}]{1,20})\}\s*(.*)$/;
const ROW = /^\s*\|(.*)\|\s*$/;
const SEPARATOR = /^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$/;
const PAGE_BREAK = /^\s*---page---\s*$/;

/** Parses fixture markup (documented above) into the document a reader would hand the recogniser. */
export function parseMarkup(text: string, fileName: string): SourceDocument {
  const lines: string[] = [];
  const blocks: SourceBlock[] = [];
  const pageStarts: number[] = [1];
  let open: OpenParagraph | undefined;
  let tableOpen = false;
  let tables = 0;

  const close = (): void => {
    if (open) blocks.push(toBlock(open));
    open = undefined;
  };
  const endTable = (): void => {
    if (tableOpen) tables += 1;
    tableOpen = false;
  };
  const addLine = (line: string): number => {
    lines.push(line);
    return lines.length;
  };

  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') {
      close();
      endTable();
      continue;
    }
    if (PAGE_BREAK.test(line)) {
      close();
      endTable();
      pageStarts.push(lines.length + 1);
      continue;
    }
    if (SEPARATOR.test(line)) continue;
    const row = ROW.exec(line);
    if (row) {
      close();
      tableOpen = true;
      const cells = (row[1] ?? '').split('|').map((c) => c.trim());
      const at = addLine(cells.join('\t'));
      blocks.push({ kind: 'row', table: tables, cells: cells.map((c) => ({ text: c, lines: { from: at, to: at } })), lines: { from: at, to: at } });
      continue;
    }
    endTable();
    const heading = HEADING.exec(line);
    if (heading) {
      close();
      const at = addLine(heading[2] ?? '');
      blocks.push({ kind: 'heading', level: (heading[1] ?? '#').length, text: heading[2] ?? '', lines: { from: at, to: at } });
      continue;
    }
    const bold = BOLD.exec(line.trim());
    if (bold) {
      close();
      const at = addLine(bold[1] ?? '');
      open = { kind: 'paragraph', text: bold[1] ?? '', from: at, to: at, look: { bold: true } };
      close();
      continue;
    }
    const numbered = NUMBERED.exec(line);
    const bullet = numbered ? null : BULLET.exec(line);
    if (numbered || bullet) {
      close();
      const indent = (numbered ?? bullet)?.[1] ?? '';
      const body = numbered ? (numbered[3] ?? '') : (bullet?.[2] ?? '');
      const at = addLine(body);
      open = { kind: 'paragraph', text: body, from: at, to: at, listMarker: numbered ? (numbered[2] ?? '') : '•', listLevel: indent.length / 2 };
      continue;
    }
    const at = addLine(line.trim());
    if (open) {
      open.text += `\n${line.trim()}`;
      open.to = at;
    } else {
      open = { kind: 'paragraph', text: line.trim(), from: at, to: at };
    }
  }
  close();
  return { fileName, format: 'text', lines, blocks, ...(pageStarts.length > 1 ? { pageStarts } : {}) };
}

function toBlock(p: OpenParagraph): SourceBlock {
  return {
    kind: 'paragraph',
    text: p.text,
    lines: { from: p.from, to: p.to },
    ...(p.look ? { look: p.look } : {}),
    ...(p.listMarker !== undefined ? { listMarker: p.listMarker, listLevel: p.listLevel ?? 0 } : {}),
  };
}
