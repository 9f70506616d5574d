import { describe, expect, it } from 'vitest';
import { claimsInPeriod, composeRewardClaimsReport } from '../../../../shared/domain/reward/claims-report';
import { board, meeting } from '../../../support/builders';
import { textOf } from './doc-text';
import { claim, person } from './reward-fixtures';

const dev = person({ id: 'p1', name: 'Dev Sharma' });
const base = {
  people: [dev],
  boards: [board({ id: 'b1', name: 'Riverside Co-production Board', organisation: 'Riverside Borough Council' })],
  meetings: [meeting({ id: 'm1', date: '2025-06-10' })],
  styleBoard: board({ id: 'b1', name: 'Riverside Co-production Board', organisation: 'Riverside Borough Council' }),
  today: '2025-07-01',
};

describe('a board’s reward and expenses for finance', () => {
  const janet = person({ id: 'p2', name: 'Janet Morley', kind: 'carer' });
  const data = {
    ...base,
    people: [dev, janet],
    board: base.styleBoard,
    from: '2025-06-01',
    to: '2025-06-30',
    claims: [
      claim({
        id: 'c1',
        meetingId: 'm1',
        expenses: [{ kind: 'travel', amountPence: 640, receiptReference: 'TR-0042' }],
        status: 'paid',
        approvedOn: '2025-06-11',
        paidOn: '2025-06-20',
      }),
      claim({
        id: 'c2',
        personId: 'p2',
        date: '2025-06-30',
        activity: 'event',
        choice: { kind: 'declined' },
        expenses: [{ kind: 'carer', amountPence: 3000 }],
      }),
      claim({ id: 'c3', date: '2025-07-01' }),
      claim({ id: 'c4', boardId: 'b2', date: '2025-06-15' }),
    ],
  };

  it('totals each person and lists the period’s claims of the board, marked not for publication', () => {
    const doc = composeRewardClaimsReport(data);
    const text = textOf(doc);
    expect(doc.meta).toMatchObject({ title: 'Reward and expenses: Riverside Co-production Board, 1 June 2025 to 30 June 2025', audience: 'private' });
    expect(text).toContain('Not for publication: this report names people and what they are paid.');
    expect(text).toContain('2 claims, £61.40 to pay in all.');
    expect(text).toContain('Dev Sharma | 1 | £25.00 | £0.00 | £6.40 | £31.40 | £31.40');
    expect(text).toContain('Janet Morley | 1 | £25.00 | £25.00 | £30.00 | £30.00 | £0.00');
    expect(text).toContain(
      '10 June 2025 | Dev Sharma | Meeting on 10 June 2025 | £25.00 | Travel £6.40, receipt TR-0042 | £31.40 | Bank transfer | Paid 20 June 2025',
    );
    expect(text).toContain('30 June 2025 | Janet Morley | Event | £25.00 | Carer costs £30.00, no receipt | £30.00 | Declined | Due');
    expect(text).not.toContain('1 July 2025 |');
  });

  it('keeps both ends of the period and leaves out other boards', () => {
    expect(claimsInPeriod(data.claims, { boardId: 'b1', from: '2025-06-10', to: '2025-06-30' }).map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(claimsInPeriod(data.claims, { from: '2025-06-15' }).map((c) => c.id)).toEqual(['c2', 'c3', 'c4']);
  });
});
