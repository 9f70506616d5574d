import type { Block, DocModel, ListStyle, Runs, SignatureBlock } from './model';

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
