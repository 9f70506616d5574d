import type { SearchSnippet } from '../../../shared/api/search';
import { wordSpans } from './terms';

const WIDTH = 200;
/** How much of the snippet comes before the first matching word. */
const LEAD = 60;

/** Minute markup read as plain words: list markers and emphasis stars go, lines run together. */
export function plainText(markup: string): string {
  return markup
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-•]|\d{1,3}[.)])\s+/, ''))
    .join(' ')
    .replace(/\*+(?=\S)|(?<=\S)\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A stretch of `text` around the first word that matched, with every matching word in it marked. Cut at word
 * boundaries, with an ellipsis where text was left out. No match: the start of the text, unmarked.
 */
export function makeSnippet(text: string, matched: ReadonlySet<string>, width = WIDTH): SearchSnippet {
  const spans = wordSpans(text);
  const first = spans.find((span) => matched.has(span.term));
  let start = first === undefined ? 0 : Math.max(0, first.start - LEAD);
  let end = Math.min(text.length, start + width);
  // Whole words only: move the cuts to the nearest word boundary inside the window.
  if (start > 0) {
    const next = spans.find((span) => span.start >= start);
    start = next === undefined ? start : next.start;
  }
  if (end < text.length) {
    const last = spans.filter((span) => span.end <= end).at(-1);
    if (last !== undefined && last.end > start) end = last.end;
  }
  const before = start > 0 ? '…' : '';
  const after = end < text.length ? '…' : '';
  const marks: [number, number][] = [];
  for (const span of spans) {
    if (span.start < start || span.end > end || !matched.has(span.term)) continue;
    const offset = before.length - start;
    marks.push([span.start + offset, span.end + offset]);
  }
  return { text: `${before}${text.slice(start, end)}${after}`, marks };
}

/** Whether any word of `text` is one of the matched terms. */
export function hasMatch(text: string, matched: ReadonlySet<string>): boolean {
  return wordSpans(text).some((span) => matched.has(span.term));
}

export const NO_SNIPPET: SearchSnippet = { text: '', marks: [] };
