import { describe, expect, it } from 'vitest';
import { SourceDocument } from '../../../../shared/model/past-minutes';
import { parseMarkup } from '../../../support/past-minutes/markup';

describe('the fixture markup', () => {
  it('parses headings, bold lines, lists, tables, wrapped paragraphs and page breaks into a valid document', () => {
    const doc = parseMarkup(
      [
        '# Board',
        '',
        '**Present:**',
        '',
        '- A Lee',
        '  {(a)} nested',
        '',
        '| Ref | Action |',
        '|---|---|',
        '| A1 | Do it |',
        '',
        'One paragraph',
        'wrapped.',
        '---page---',
        'Page 2',
      ].join('\n'),
      'x.docx',
    );
    expect(SourceDocument.safeParse(doc).success).toBe(true);
    expect(doc.lines).toEqual(['Board', 'Present:', 'A Lee', 'nested', 'Ref\tAction', 'A1\tDo it', 'One paragraph', 'wrapped.', 'Page 2']);
    expect(doc.pageStarts).toEqual([1, 9]);
    expect(doc.blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Board', lines: { from: 1, to: 1 } },
      { kind: 'paragraph', text: 'Present:', lines: { from: 2, to: 2 }, look: { bold: true } },
      { kind: 'paragraph', text: 'A Lee', lines: { from: 3, to: 3 }, listMarker: '•', listLevel: 0 },
      { kind: 'paragraph', text: 'nested', lines: { from: 4, to: 4 }, listMarker: '(a)', listLevel: 1 },
      {
        kind: 'row',
        table: 0,
        lines: { from: 5, to: 5 },
        cells: [
          { text: 'Ref', lines: { from: 5, to: 5 } },
          { text: 'Action', lines: { from: 5, to: 5 } },
        ],
      },
      {
        kind: 'row',
        table: 0,
        lines: { from: 6, to: 6 },
        cells: [
          { text: 'A1', lines: { from: 6, to: 6 } },
          { text: 'Do it', lines: { from: 6, to: 6 } },
        ],
      },
      { kind: 'paragraph', text: 'One paragraph\nwrapped.', lines: { from: 7, to: 8 } },
      { kind: 'paragraph', text: 'Page 2', lines: { from: 9, to: 9 } },
    ]);
  });

  it('numbers tables apart when a blank line separates them', () => {
    const doc = parseMarkup('| a |\n\n| b |', 'x.docx');
    expect(doc.blocks.map((b) => (b.kind === 'row' ? b.table : -1))).toEqual([0, 1]);
  });
});
