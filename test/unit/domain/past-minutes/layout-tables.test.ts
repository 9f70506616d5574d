import { describe, expect, it } from 'vitest';
import { isLayoutTable, unfoldLayoutTables } from '../../../../shared/domain/past-minutes/layout-tables';
import { recognisePastMinutes } from '../../../../shared/domain/past-minutes/recognise';
import { parseMarkup } from '../../../support/past-minutes/markup';
import { para, row } from '../../../support/past-minutes/units';

describe('minutes laid out in a two-column table', () => {
  const rows = [
    row(['23.', 'APOLOGIES FOR ABSENCE'], 0, 1),
    row(['', 'Apologies were received from Councillor A Lee.'], 0, 2),
    row(['24.', 'MINUTES'], 0, 3),
  ];

  it('knows a number column beside a text column, and not an action log', () => {
    expect(isLayoutTable(rows)).toBe(true);
    expect(isLayoutTable([row(['Ref', 'Action', 'Owner']), row(['A1', 'Do it', 'JB'])])).toBe(false);
  });

  it('reads the rows as paragraphs, the number before the heading', () => {
    expect(unfoldLayoutTables([para('Present: Cllr A Lee'), ...rows]).map((u) => [u.kind, u.text, u.bold])).toEqual([
      ['paragraph', 'Present: Cllr A Lee', undefined],
      ['paragraph', '23. APOLOGIES FOR ABSENCE', true],
      ['paragraph', 'Apologies were received from Councillor A Lee.', undefined],
      ['paragraph', '24. MINUTES', true],
    ]);
  });

  it('recognises items and decisions from such a table', () => {
    const doc = parseMarkup(
      '# Planning Committee\n\nMinutes of the meeting held on 4 May 2022\n\n| 23. | APOLOGIES FOR ABSENCE |\n| | None. |\n| 24. | MINUTES |\n| | RESOLVED: That the minutes be approved. |',
      'x.docx',
    );
    const draft = recognisePastMinutes(doc);
    expect(draft.items.map((i) => [i.number, i.title, i.decisions.map((d) => d.verb)])).toEqual([
      ['23', 'APOLOGIES FOR ABSENCE', []],
      ['24', 'MINUTES', ['RESOLVED']],
    ]);
  });
});
