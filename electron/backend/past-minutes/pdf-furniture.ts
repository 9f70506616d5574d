import type { PdfLine } from './pdf-lines';

/*
 * A page's furniture: the running header and footer a PDF repeats on every page, and its page number. They stay
 * among the document's lines (the clerk sees the page as printed) but make no blocks, so a paragraph or table that
 * runs over a page is not interrupted by "Health and Wellbeing Board – 5 December 2024 – Page 3 of 10".
 */

export type PdfPage = { readonly lines: readonly PdfLine[]; readonly height: number };

/** How far into the page from the top or bottom edge furniture sits, as a share of the page's height. */
const BAND = 0.1;
/** How many lines at each end of a page may be furniture. */
const EDGE_LINES = 3;

const PAGE_NUMBER = /^(?:page\s*)?-?\s*\d{1,4}\s*-?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

/** The same header on every page but with its page number changed is the same header. */
const shape = (text: string): string => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** For each page, the indexes of its lines that are furniture. */
export function findFurniture(pages: readonly PdfPage[]): Set<number>[] {
  const edges = pages.map((page) => edgeLines(page));
  // Where each shape of edge line sits, page by page: a running header is the same words in the same place.
  const seen = new Map<string, { page: number; y: number }[]>();
  for (const [p, edge] of edges.entries()) {
    for (const i of edge) {
      const key = shape(lineAt(pages, p, i));
      const places = seen.get(key) ?? [];
      places.push({ page: p, y: pages[p]?.lines[i]?.y ?? 0 });
      seen.set(key, places);
    }
  }
  // Repeated on at least half the pages (a first page often has its own header), and on two pages at least.
  const repeatedOn = Math.max(2, Math.ceil(pages.length / 2));
  const repeated = (text: string, y: number): boolean =>
    new Set((seen.get(shape(text)) ?? []).filter((place) => Math.abs(place.y - y) <= 3).map((place) => place.page)).size >= repeatedOn;
  return edges.map((edge, p) => {
    const furniture = new Set<number>();
    for (const i of edge) {
      const text = lineAt(pages, p, i);
      const y = pages[p]?.lines[i]?.y ?? 0;
      if (PAGE_NUMBER.test(text.trim()) || (pages.length >= 2 && repeated(text, y))) furniture.add(i);
    }
    return furniture;
  });
}

const lineAt = (pages: readonly PdfPage[], page: number, index: number): string => pages[page]?.lines[index]?.text ?? '';

/** The indexes of the lines at the top and bottom of a page that sit in the margins' band. */
function edgeLines(page: PdfPage): number[] {
  const { lines, height } = page;
  const found = new Set<number>();
  for (let i = 0; i < Math.min(EDGE_LINES, lines.length); i += 1) {
    const line = lines[i];
    if (line !== undefined && line.y > height * (1 - BAND)) found.add(i);
  }
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - EDGE_LINES); i -= 1) {
    const line = lines[i];
    if (line !== undefined && line.y < height * BAND) found.add(i);
  }
  return [...found];
}
