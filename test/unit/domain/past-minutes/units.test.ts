import { describe, expect, it } from 'vitest';
import { startsStructure } from '../../../../shared/domain/past-minutes/structure';
import { unitsOf } from '../../../../shared/domain/past-minutes/units';
import { parseMarkup } from '../../../support/past-minutes/markup';

describe('the document as units', () => {
  it('joins a paragraph that a page break cut in two, leaving out the page furniture', () => {
    const doc = parseMarkup(
      'Shelbourne County Council\n\nThe report set out the priorities following engagement with 340\n\nPage 1 of 2\n---page---\nShelbourne County Council\n\ncarers and 12 groups.\n\nPage 2 of 2',
      'x.pdf',
    );
    const units = unitsOf(doc, startsStructure);
    expect(units.map((u) => u.text)).toEqual(['The report set out the priorities following engagement with 340 carers and 12 groups.']);
    expect(units[0]?.lines).toEqual({ from: 2, to: 5 });
  });

  it('splits a block where a line inside it opens a decision or a part', () => {
    const doc = parseMarkup('Members welcomed the report.\nRESOLVED:\n(1) That the report be noted.\n(2) That a workshop be held.', 'x.pdf');
    expect(unitsOf(doc, startsStructure).map((u) => [u.text, u.lines.from])).toEqual([
      ['Members welcomed the report.', 1],
      ['RESOLVED:', 2],
      ['(1) That the report be noted.', 3],
      ['(2) That a workshop be held.', 4],
    ]);
  });

  it('keeps the lines of a list printed a name a line', () => {
    const doc = parseMarkup('Councillor A Smith\nCouncillor B Jones', 'x.pdf');
    expect(unitsOf(doc, startsStructure)[0]?.lineTexts).toEqual(['Councillor A Smith', 'Councillor B Jones']);
  });
});

describe('a list entry whose lines show its marker', () => {
  it('reads the entry line by line without the marker, as the file reader gives it', () => {
    const doc = {
      fileName: 'x.pdf',
      format: 'pdf' as const,
      lines: ['(a) That the report be noted and', 'RESOLVED: That it be published.'],
      blocks: [
        {
          kind: 'paragraph' as const,
          text: 'That the report be noted and RESOLVED: That it be published.',
          lines: { from: 1, to: 2 },
          listMarker: '(a)',
          listLevel: 0,
        },
      ],
    };
    expect(unitsOf(doc, startsStructure).map((u) => [u.text, u.listMarker])).toEqual([
      ['That the report be noted and', '(a)'],
      ['RESOLVED: That it be published.', undefined],
    ]);
  });
});
