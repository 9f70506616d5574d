import { describe, expect, it } from 'vitest';
import { docText } from '../../../../shared/document/text';
import { composeCoproductionReport, periodWords, type CoproductionReportData } from '../../../../shared/domain/coproduction/report';
import { board } from '../../../support/builders';
import { PEOPLE } from '../compose/meeting-fixture';
import { LADDER, rating, SIX_POINT } from './rating-fixture';

const data = (overrides: Partial<CoproductionReportData> = {}): CoproductionReportData => ({
  audience: 'private',
  board: board({ id: 'b1', organisation: 'Riverside Borough Council' }),
  people: PEOPLE,
  sets: [SIX_POINT, LADDER],
  ratings: [
    { rating: rating('r1', '2025-01-10', [1, 2, 2, 0, 3, 3]), fromPrivateItem: false },
    { rating: rating('r2', '2025-03-10', [3, 3, 2, 1, 2, 3]), fromPrivateItem: false },
    { rating: rating('r-old', '2024-02-10', [0, 0, 0, 0, 0, 0]), fromPrivateItem: false },
    {
      rating: rating('r-exempt', '2025-02-01', [2, 2, 2, 2, 2, 2], {
        subject: { kind: 'item', name: 'Home care contract extension negotiations', meetingId: 'm1', itemId: 'i-exempt' },
      }),
      fromPrivateItem: true,
    },
    {
      rating: rating('r-ladder', '2025-02-01', [], {
        criteriaSetId: LADDER.id,
        subject: { kind: 'workstream', name: 'Young carers' },
        scores: [{ criterionId: 'how-far-did-people-take-part', score: 3, evidence: 'Tomasz Nowak led the design sessions.' }],
      }),
      fromPrivateItem: false,
    },
  ],
  from: '2024-04-01',
  to: '2025-03-31',
  ...overrides,
});

describe('the co-production ratings report', () => {
  it('names the board and the period, and summarises each set by criterion', () => {
    const doc = composeCoproductionReport(data());
    const text = docText(doc);
    expect(doc.meta).toMatchObject({ kind: 'report', title: 'Co-production ratings: Riverside Co-production Board', audience: 'private' });
    expect(text).toContain(
      'How the Riverside Co-production Board rated its work as co-production, from Monday 1 April 2024 to Monday 31 March 2025.',
    );
    expect(text).toContain(
      'Six-point test\nThe six-point test of genuine co-production used by Co-production Oxfordshire.\n3 ratings of 2 pieces of work.',
    );
    expect(text).toContain('Whole-life involvement\n3\n2.0 out of 3\n67%');
    expect(text).toContain('Ladder of participation');
    expect(text).toContain('How far did people take part?\n1\n3.0 out of 4\n75%');
  });

  it('shows each subject’s ratings by date with the change, then its latest scores and evidence', () => {
    const text = docText(composeCoproductionReport(data()));
    expect(text).toContain('Carers strategy\nProject, rated 2 times.');
    expect(text).toContain('Friday 10 January 2025\n61%\nFirst rating\n3 experts by experience and 1 officer (4 people)');
    expect(text).toContain('Monday 10 March 2025\n78%\nUp 17 percentage points');
    expect(text).toContain('The latest rating, on Monday 10 March 2025:');
    expect(text).toContain('Evidence for Reciprocal reward on 2025-03-10');
    expect(text).not.toContain('2024-02-10');
  });

  it('leaves ratings of exempt items out of a public report and replaces unconsented names with roles', () => {
    expect(docText(composeCoproductionReport(data()))).toContain('Home care contract extension negotiations');
    const text = docText(composeCoproductionReport(data({ audience: 'public' })));
    expect(text).not.toContain('Home care contract extension negotiations');
    expect(text).toContain('An expert by experience led the design sessions.');
    expect(text).not.toContain('Tomasz');
  });

  it('says so when nothing was rated in the period', () => {
    const text = docText(composeCoproductionReport(data({ from: '2026-04-01', to: undefined })));
    expect(text).toContain('from Wednesday 1 April 2026.');
    expect(text).toContain('No work was rated against the board’s criteria in this period.');
    expect(periodWords(undefined, '2025-03-31')).toBe('up to Monday 31 March 2025');
    expect(periodWords(undefined, undefined)).toBe('since records began');
  });
});
