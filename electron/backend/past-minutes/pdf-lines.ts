/*
 * A PDF page's text runs (pdf.js's text items: a string, where it starts, how wide and in which font) → the page's
 * lines, top to bottom, each left to right. A line keeps its runs grouped into segments split at wide gaps, so a
 * table's columns (and a list marker tabbed away from its text) can be told apart later.
 */

/** One run of text as pdf.js gives it, in PDF units (points, y upwards). */
export type TextRun = {
  readonly text: string;
  readonly x: number;
  /** The baseline. */
  readonly y: number;
  readonly width: number;
  readonly size: number;
  readonly bold: boolean;
  readonly italic: boolean;
};

/** Text on one line between wide gaps. */
export type Segment = { readonly x: number; readonly end: number; readonly text: string };

export type PdfLine = {
  readonly text: string;
  readonly segments: readonly Segment[];
  readonly x: number;
  readonly end: number;
  readonly y: number;
  /** The size most of the line's letters are in. */
  readonly size: number;
  /** Every letter bold (italic). */
  readonly bold: boolean;
  readonly italic: boolean;
  readonly page: number;
};

/** A gap wider than this many ems splits a line into segments (columns of a table, a tabbed list marker). */
const SEGMENT_GAP_EMS = 1;

export function linesOfPage(runs: readonly TextRun[], page: number): PdfLine[] {
  const kept = runs.filter((run) => run.text.trim() !== '' && Number.isFinite(run.x) && Number.isFinite(run.y) && run.size > 0);
  // Top to bottom; within a line, left to right. Runs whose baselines are within a third of their size share a line
  // (superscripts and a font's own offsets move them a little).
  const sorted = [...kept].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextRun[][] = [];
  for (const run of sorted) {
    const row = rows.at(-1);
    const first = row?.[0];
    if (row !== undefined && first !== undefined && Math.abs(first.y - run.y) <= Math.max(2, Math.min(first.size, run.size) * 0.35)) row.push(run);
    else rows.push([run]);
  }
  return rows.map((row) =>
    lineOf(
      row.sort((a, b) => a.x - b.x),
      page,
    ),
  );
}

function lineOf(runs: readonly TextRun[], page: number): PdfLine {
  const size = mainSize(runs);
  const segments: Segment[] = [];
  let text = '';
  let segmentText = '';
  let segmentX = runs[0]?.x ?? 0;
  let previousEnd: number | null = null;
  for (const run of runs) {
    const gap = previousEnd === null ? 0 : run.x - previousEnd;
    if (previousEnd !== null && gap > size * SEGMENT_GAP_EMS) {
      segments.push({ x: segmentX, end: previousEnd, text: segmentText.trim() });
      segmentText = '';
      segmentX = run.x;
    }
    // pdf.js leaves out the spaces a PDF makes by moving the pen: a gap of a fifth of an em is a space.
    const joiner = previousEnd !== null && gap > size * 0.18 && !/\s$/.test(segmentText) && !/^\s/.test(run.text) ? ' ' : '';
    segmentText += joiner + run.text;
    previousEnd = Math.max(previousEnd ?? run.x + run.width, run.x + run.width);
  }
  segments.push({ x: segmentX, end: previousEnd ?? segmentX, text: segmentText.trim() });
  for (const segment of segments) text += (text === '' ? '' : ' ') + segment.text;
  const lettered = runs.filter((run) => /\S/.test(run.text));
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    segments: segments.map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ') })),
    x: runs[0]?.x ?? 0,
    end: previousEnd ?? 0,
    y: runs[0]?.y ?? 0,
    size,
    bold: lettered.length > 0 && lettered.every((run) => run.bold),
    italic: lettered.length > 0 && lettered.every((run) => run.italic),
    page,
  };
}

/** The size (to a tenth of a point) that most letters are set in. */
export function mainSize(runs: readonly { readonly text: string; readonly size: number }[]): number {
  const letters = new Map<number, number>();
  for (const run of runs) {
    const size = Math.round(run.size * 10) / 10;
    letters.set(size, (letters.get(size) ?? 0) + run.text.replace(/\s+/g, '').length);
  }
  let best = 0;
  let bestCount = -1;
  for (const [size, count] of letters) {
    if (count > bestCount) {
      best = size;
      bestCount = count;
    }
  }
  return best;
}
