import type { SourceDocument } from '../../model/past-minutes';
import { oneLine } from './unit';

/*
 * Page headers and footers that a PDF's text carries into the middle of the minutes: "Page 3 of 10", a bare page
 * number, and lines printed on every page (the council's name, "Planning Committee – 12 March 2015").
 */

const PAGE_NUMBER = /^(?:page\s*\d+(?:\s*(?:of|\/)\s*\d+)?|-?\s*\d{1,3}\s*-?|\d+\s*(?:of|\/)\s*\d+)$/i;

/** Whether a line is a page number in any of the usual forms. */
export const isPageNumber = (line: string): boolean => PAGE_NUMBER.test(oneLine(line));

const key = (line: string): string => oneLine(line).toLowerCase().replace(/\d+/g, '#');

/**
 * The numbers (1-based) of lines that are page furniture. With page starts known, a line is furniture when it is a
 * page number, or when the same line (digits aside) sits within two lines of a page's start or end on at least two
 * pages. Without pages, only page numbers standing alone and "Page n of m" count, and lines repeated three or more
 * times that are short, not sentences, and name a body, a number or a draft (not "Agenda item").
 */
export function furnitureLines(doc: SourceDocument): Set<number> {
  const found = new Set<number>();
  const starts = doc.pageStarts ?? [];
  doc.lines.forEach((line, i) => {
    const text = oneLine(line);
    if (/^page\s*\d+/i.test(text) && PAGE_NUMBER.test(text)) found.add(i + 1);
    else if (starts.length > 1 && PAGE_NUMBER.test(text)) found.add(i + 1);
  });
  if (starts.length > 1) {
    const edges = new Map<string, Set<number>>();
    const pages = new Map<string, Set<number>>();
    starts.forEach((start, p) => {
      const end = (starts[p + 1] ?? doc.lines.length + 1) - 1;
      const near = [start, start + 1, start + 2, end - 2, end - 1, end].filter((n) => n >= start && n <= end && n >= 1 && n <= doc.lines.length);
      for (const n of new Set(near)) {
        const k = key(doc.lines[n - 1] ?? '');
        if (k === '') continue;
        edges.set(k, (edges.get(k) ?? new Set()).add(n));
        pages.set(k, (pages.get(k) ?? new Set()).add(p));
      }
    });
    for (const [k, lines] of edges) if ((pages.get(k)?.size ?? 0) >= 2 && k.length <= 120) lines.forEach((n) => found.add(n));
  } else {
    const counts = new Map<string, number[]>();
    doc.lines.forEach((line, i) => {
      const text = oneLine(line);
      if (text.length === 0 || text.length > 80 || /[.:;]$/.test(text) || /^agenda item/i.test(text)) return;
      if (!/\d|council|committee|board|minutes|confidential|draft/i.test(text)) return;
      counts.set(key(text), [...(counts.get(key(text)) ?? []), i + 1]);
    });
    for (const lines of counts.values()) if (lines.length >= 3) lines.forEach((n) => found.add(n));
  }
  return found;
}
