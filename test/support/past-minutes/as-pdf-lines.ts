import type { SourceBlock, SourceDocument } from '../../../shared/model/past-minutes';

/**
 * The same document as a plain PDF reader might give it: format 'pdf', every source line a block of its own (a
 * wrapped paragraph is several blocks), list markers printed into the text ("(a) the conditions", "• Parity"),
 * headings as bold lines; table rows stay rows (a reader that finds tables keeps them).
 */
export function asPdfLines(doc: SourceDocument): SourceDocument {
  const lines = [...doc.lines];
  const blocks: SourceBlock[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'row') {
      blocks.push(b);
      continue;
    }
    const marker = b.kind === 'paragraph' && b.listMarker !== undefined ? `${b.listMarker} ` : '';
    const bold = b.kind === 'heading' || (b.kind === 'paragraph' && b.look?.bold === true);
    for (let n = b.lines.from; n <= b.lines.to; n += 1) {
      const text = `${n === b.lines.from ? marker : ''}${lines[n - 1] ?? ''}`;
      lines[n - 1] = text;
      blocks.push({ kind: 'paragraph', text, lines: { from: n, to: n }, ...(bold ? { look: { bold: true } } : {}) });
    }
  }
  return { ...doc, format: 'pdf', lines, blocks };
}
