/*
 * Edits to minute markup (blank-line paragraphs, "- " bullets, "1. " numbered lists, *emphasis*, **strong**) as
 * pure functions of the text and the selection, so the editor can apply them as one undoable insertion.
 */

/** Replace `from`..`to` with `insert`, then select `selectStart`..`selectEnd` (offsets in the new text). */
export type MarkupEdit = {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
  readonly selectStart: number;
  readonly selectEnd: number;
};

export type InlineMarker = '*' | '**';
export type ListKind = 'bullet' | 'numbered';

const BULLET = /^- /;
const NUMBERED = /^\d+\. /;

/** A marker stands alone when it is not part of a longer run of asterisks (so `*` inside `**x**` is not emphasis). */
function markerAt(text: string, at: number, marker: InlineMarker): boolean {
  if (text.slice(at, at + marker.length) !== marker) return false;
  return text[at - 1] !== '*' && text[at + marker.length] !== '*';
}

/**
 * Wraps the selection in `marker`, or unwraps it when it is already wrapped (markers just outside or just inside
 * the selection). With nothing selected, inserts a pair and puts the caret between them.
 */
export function toggleInline(text: string, start: number, end: number, marker: InlineMarker): MarkupEdit {
  const n = marker.length;
  const selected = text.slice(start, end);
  if (start >= n && markerAt(text, start - n, marker) && markerAt(text, end, marker)) {
    return { from: start - n, to: end + n, insert: selected, selectStart: start - n, selectEnd: end - n };
  }
  if (selected.length >= 2 * n && markerAt(selected, 0, marker) && markerAt(selected, selected.length - n, marker)) {
    const inner = selected.slice(n, selected.length - n);
    return { from: start, to: end, insert: inner, selectStart: start, selectEnd: start + inner.length };
  }
  // Markers hug the words: spaces the selection caught at either end stay outside.
  const lead = selected.length - selected.trimStart().length;
  const trail = selected.length - selected.trimEnd().length;
  const core = selected.slice(lead, selected.length - trail);
  const insert = `${selected.slice(0, lead)}${marker}${core}${marker}${selected.slice(selected.length - trail)}`;
  return { from: start, to: end, insert, selectStart: start + lead + n, selectEnd: start + lead + n + core.length };
}

/** The start and end of the whole lines the selection touches. */
function lineSpan(text: string, start: number, end: number): { from: number; to: number } {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  // A selection that ends at the very start of a line does not take that line in.
  const last = end > start && text[end - 1] === '\n' ? end - 1 : end;
  const next = text.indexOf('\n', last);
  return { from, to: next === -1 ? text.length : next };
}

const stripListPrefix = (line: string): string => line.replace(BULLET, '').replace(NUMBERED, '');

/**
 * Makes the lines the selection touches a bulleted or numbered list, or plain lines again when they already are
 * that kind of list. Blank lines inside the selection are left alone (they end a list in the markup).
 */
export function toggleList(text: string, start: number, end: number, kind: ListKind): MarkupEdit {
  const { from, to } = lineSpan(text, start, end);
  const lines = text.slice(from, to).split('\n');
  const pattern = kind === 'bullet' ? BULLET : NUMBERED;
  const filled = lines.filter((line) => line.trim() !== '');
  const already = filled.length > 0 && filled.every((line) => pattern.test(line));
  let counter = 0;
  const next = lines.map((line) => {
    if (already) return line.replace(pattern, '');
    if (line.trim() === '' && lines.length > 1) return line;
    counter += 1;
    return `${kind === 'bullet' ? '- ' : `${counter}. `}${stripListPrefix(line)}`;
  });
  const insert = next.join('\n');
  // One empty line made into a list item: leave the caret after the new prefix, ready to type.
  const caretOnly = start === end && lines.length === 1 && lines[0]?.trim() === '';
  return caretOnly
    ? { from, to, insert, selectStart: from + insert.length, selectEnd: from + insert.length }
    : { from, to, insert, selectStart: from, selectEnd: from + insert.length };
}

/**
 * What Enter does at the end of a list line: starts the next item ("- ", or the next number). On an empty item it
 * ends the list instead: the prefix goes and a blank line starts the next paragraph. Anywhere else it returns null
 * and Enter behaves as usual.
 */
export function continueList(text: string, caret: number): MarkupEdit | null {
  const from = text.lastIndexOf('\n', caret - 1) + 1;
  const lineEnd = text.indexOf('\n', caret);
  const line = text.slice(from, lineEnd === -1 ? text.length : lineEnd);
  if (caret - from < line.length && line.slice(caret - from).trim() !== '') return null;
  const bullet = BULLET.exec(line);
  const numbered = /^(\d+)\. /.exec(line);
  if (!bullet && !numbered) return null;
  const prefix = bullet ? bullet[0] : (numbered?.[0] ?? '');
  if (line.trim() === prefix.trim()) {
    // The second Enter of a pair: the list ends and a new paragraph starts, as in a word processor.
    return { from, to: from + line.length, insert: '\n', selectStart: from + 1, selectEnd: from + 1 };
  }
  const nextPrefix = numbered ? `${Number(numbered[1]) + 1}. ` : '- ';
  const insert = `\n${nextPrefix}`;
  return { from: caret, to: caret, insert, selectStart: caret + insert.length, selectEnd: caret + insert.length };
}

/** Appends a paragraph to the minute, separated by a blank line, and puts the caret at its end. */
export function appendParagraph(text: string, paragraph: string): MarkupEdit {
  const body = text.replace(/\s+$/, '');
  const insert = body === '' ? paragraph : `\n\n${paragraph}`;
  const at = body.length;
  return { from: at, to: text.length, insert, selectStart: at + insert.length, selectEnd: at + insert.length };
}
