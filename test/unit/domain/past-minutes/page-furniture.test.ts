import { describe, expect, it } from 'vitest';
import { furnitureLines, isPageNumber } from '../../../../shared/domain/past-minutes/page-furniture';
import type { SourceDocument } from '../../../../shared/model/past-minutes';

const doc = (lines: string[], pageStarts?: number[]): SourceDocument => ({
  fileName: 'x.pdf',
  format: 'pdf',
  lines,
  blocks: [],
  ...(pageStarts ? { pageStarts } : {}),
});

describe('page headers and footers', () => {
  it('knows page numbers in their usual forms', () => {
    expect(['Page 3 of 10', '3', '- 4 -', '7/12'].every(isPageNumber)).toBe(true);
    expect(isPageNumber('3. Minutes')).toBe(false);
  });

  it('finds a line repeated at the top of every page, digits aside', () => {
    const lines = [
      'Planning Committee – 12 March 2015',
      'RESOLVED: That',
      'Page 1 of 2',
      'Planning Committee – 12 March 2015',
      'text',
      'Page 2 of 2',
    ];
    expect([...furnitureLines(doc(lines, [1, 4]))].sort()).toEqual([1, 3, 4, 6]);
  });

  it('without pages, leaves repeated labels such as "Agenda item" alone', () => {
    const lines = ['Agenda item', 'A', 'Agenda item', 'B', 'Agenda item', 'C', 'Page 2'];
    expect([...furnitureLines(doc(lines))]).toEqual([7]);
  });
});
