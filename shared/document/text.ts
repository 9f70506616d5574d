import type { Block, DocModel, List, ListCounter, ListStyle, Runs, SignatureBlock } from './model';

export const runsText = (runs: Runs): string => runs.map((r) => r.text).join('');

/** The printed label of item `n` (from 1) of a list: "•", "3.", "(3)". */
export function listLabel(style: ListStyle, n: number): string {
  switch (style) {
    case 'bullet':
      return '•';
    case 'decimal':
      return `${n}.`;
    case 'parenthesised':
      return `(${n})`;
  }
}

const ROMAN: readonly (readonly [number, string])[] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** Item `n` (from 1) as a counter writes it: "3", "c" (then "aa", "bb" after "z"), "iii". */
export function counterText(counter: ListCounter, n: number): string {
  switch (counter) {
    case 'decimal':
      return String(n);
    case 'lower-alpha':
      return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.ceil(n / 26));
    case 'lower-roman': {
      let rest = n;
      let out = '';
      for (const [value, letters] of ROMAN) {
        while (rest >= value) {
          out += letters;
          rest -= value;
        }
      }
      return out;
    }
  }
}

/**
 * The printed label of each item of a list, in order: "•", "3.", "(3)"; in an outline or a list with counters,
 * each item counted within the item it sits in, by its depth's counter: "(1)", "(a)", "(i)", "(b)", "(2)".
 * Every renderer labels list items with these, so the numbers match.
 */
export function listItemLabels(list: Pick<List, 'style' | 'items' | 'depths' | 'counters'>): string[] {
  if (list.style !== 'parenthesised' || (list.depths === undefined && list.counters === undefined)) {
    return list.items.map((_, i) => listLabel(list.style, i + 1));
  }
  const counts: number[] = [];
  return list.items.map((_, i) => {
    const depth = Math.max(0, Math.min(list.depths?.[i] ?? 0, counts.length));
    counts.length = depth + 1;
    counts[depth] = (counts[depth] ?? 0) + 1;
    return `(${counterText(list.counters?.[depth] ?? 'decimal', counts[depth])})`;
  });
}

/**
 * The lines printed under a signature block's blank lines. Every renderer prints these, so the words match.
 * Unsigned: "Chair" and "Date" under rules to sign on; signed: the name and the date.
 */
export function signatureLines(block: SignatureBlock): readonly [string, string] {
  return [block.name === undefined ? block.role : `${block.name} (${block.role})`, block.date === undefined ? 'Date' : `Date: ${block.date}`];
}

/** A block's words in reading order, one string per line of text; list labels and rules left out. */
export function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [runsText(block.runs)];
    case 'list':
      return block.items.map(runsText);
    case 'table':
      return [...block.columns.map((c) => c.header), ...block.rows.flatMap((row) => row.map(runsText))];
    case 'signature':
      return [...signatureLines(block)];
    case 'image':
    case 'separator':
      return [];
  }
}

/** Every word of a document, as a reader would find it: what the property tests search for leaks. */
export function docText(doc: DocModel): string {
  return doc.blocks.flatMap(blockLines).join('\n');
}
