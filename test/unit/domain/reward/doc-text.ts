import type { Block, DocModel } from '../../../../shared/document/model';

/** A block's words, table cells joined by " | " and rows by lines, for assertions on what a reader sees. */
export const words = (block: Block): string => {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return block.runs.map((r) => r.text).join('');
    case 'table':
      return [
        block.columns.map((c) => c.header).join(' | '),
        ...block.rows.map((row) => row.map((cell) => cell.map((r) => r.text).join('')).join(' | ')),
      ].join('\n');
    case 'list':
      return block.items.map((i) => i.map((r) => r.text).join('')).join('\n');
    default:
      return '';
  }
};
export const textOf = (doc: DocModel): string => doc.blocks.map(words).join('\n');
