import type { Block, ListStyle, Run } from '../../document/model';

/**
 * Minute markup, as clerks type it: paragraphs separated by a blank line; lines starting "- " form a bulleted
 * list and "1. " a numbered one; *emphasis* and **strong** inline. Anything else is text, as typed.
 */

const BULLET = /^\s*[-•]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;

export type MarkupLine = { readonly kind: 'text' | 'bullet' | 'decimal'; readonly text: string };
type Line = MarkupLine;

/** What one line of minute markup is: text, or a bulleted or numbered list item (with its marker removed). */
export function classifyMarkupLine(line: string): Line {
  const bullet = BULLET.exec(line);
  if (bullet) return { kind: 'bullet', text: bullet[1] ?? '' };
  const numbered = NUMBERED.exec(line);
  if (numbered) return { kind: 'decimal', text: numbered[1] ?? '' };
  return { kind: 'text', text: line.trim() };
}

/** Runs from inline markup. An unmatched `*` is kept as typed. */
export function parseInline(text: string): Run[] {
  const runs: Run[] = [];
  const push = (piece: string, bold: boolean, italic: boolean): void => {
    if (piece === '') return;
    const last = runs.at(-1);
    if (last !== undefined && (last.bold ?? false) === bold && (last.italic ?? false) === italic) {
      runs[runs.length - 1] = { ...last, text: last.text + piece };
      return;
    }
    runs.push({ text: piece, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) });
  };
  // Strong first, so "**a**" is not read as two empty emphases; strong may hold a whole *emphasis*; an opening
  // marker must touch a word.
  const pattern = /\*\*(\S(?:[^*]|\*[^*\s][^*]*\*)*?)\*\*|\*(\S[^*]*?)\*/g;
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    push(text.slice(at, match.index), false, false);
    if (match[1] !== undefined) {
      for (const inner of parseInline(match[1])) push(inner.text, true, inner.italic ?? false);
    } else {
      push(match[2] ?? '', false, true);
    }
    at = match.index + match[0].length;
  }
  push(text.slice(at), false, false);
  return runs;
}

/** The blocks of one minute's text. Blank text gives no blocks. */
export function parseMinuteMarkup(text: string): Block[] {
  const blocks: Block[] = [];
  const chunks = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  for (const chunk of chunks) {
    const lines = chunk
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map(classifyMarkupLine);
    let i = 0;
    while (i < lines.length) {
      const kind = lines[i]?.kind ?? 'text';
      const run: Line[] = [];
      while (i < lines.length && lines[i]?.kind === kind) {
        const line = lines[i];
        if (line) run.push(line);
        i += 1;
      }
      if (kind === 'text') {
        blocks.push({ kind: 'paragraph', runs: parseInline(run.map((l) => l.text).join(' ')) });
      } else {
        const style: ListStyle = kind;
        const last = blocks.at(-1);
        const items = run.map((l) => parseInline(l.text));
        // A list split by a blank line is still one list.
        if (last?.kind === 'list' && last.style === style) blocks[blocks.length - 1] = { ...last, items: [...last.items, ...items] };
        else blocks.push({ kind: 'list', style, items });
      }
    }
  }
  return blocks;
}
