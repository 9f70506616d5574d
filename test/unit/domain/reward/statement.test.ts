import { describe, expect, it } from 'vitest';
import type { Table } from '../../../../shared/document/model';
import { composeRewardStatement } from '../../../../shared/domain/reward/statement';
import { board, meeting } from '../../../support/builders';
import { textOf, words } from './doc-text';
import { claim, person } from './reward-fixtures';

const dev = person({ id: 'p1', name: 'Dev Sharma' });
const base = {
  people: [dev],
  boards: [board({ id: 'b1', name: 'Riverside Co-production Board', organisation: 'Riverside Borough Council' })],
  meetings: [meeting({ id: 'm1', date: '2025-06-10' })],
  person: dev,
  taxYear: '2025/26',
  styleBoard: board({ id: 'b1', name: 'Riverside Co-production Board', organisation: 'Riverside Borough Council' }),
  today: '2025-07-01',
};

describe('a person’s reward statement', () => {
  it('sums up the tax year and lists each claim with its choice and status', () => {
    const doc = composeRewardStatement({
      ...base,
      claims: [
        claim({
          id: 'c1',
          meetingId: 'm1',
          expenses: [{ kind: 'travel', amountPence: 640, receiptReference: 'TR-0042', description: 'Bus fare' }],
          status: 'paid',
          approvedOn: '2025-06-11',
          paidOn: '2025-06-20',
          benefitsAdvice: { offered: true, offeredOn: '2025-06-10' },
        }),
        claim({ id: 'c2', date: '2025-06-24', activity: 'workshop', choice: { kind: 'declined' } }),
        claim({ id: 'c3', date: '2025-04-05' }),
        claim({ id: 'c4', personId: 'p2' }),
      ],
    });
    const text = textOf(doc);
    expect(doc.meta).toMatchObject({
      title: 'Reward statement: Dev Sharma, 2025/26',
      language: 'en-GB',
      audience: 'private',
      author: 'Riverside Borough Council',
    });
    expect(doc.blocks.filter((b) => b.kind === 'heading').map(words)).toEqual([
      'Reward statement for Dev Sharma',
      'Summary',
      'Claims',
      'Expenses and receipts',
      'Benefits advice',
    ]);
    expect(text).toContain('in the tax year 2025/26 (6 April 2025 to 5 April 2026), as at Tuesday 1 July 2025.');
    expect(text).toContain('Claims: 2');
    expect(text).toContain('Reward for your time: £50.00');
    expect(text).toContain('Reward you chose not to receive: £25.00');
    expect(text).toContain('Expenses repaid: £6.40 (travel £6.40)');
    expect(text).toContain('Paid so far: £31.40');
    expect(text).toContain('Meeting on 10 June 2025 | £25.00 (up to half a day) | £6.40 | Bank transfer | Paid on 20 June 2025');
    expect(text).toContain('24 June 2025 | Workshop | £25.00 (up to half a day) | £0.00 | Declined | Due');
    expect(text).toContain('10 June 2025 | Travel | Bus fare | £6.40 | TR-0042');
    expect(text).toContain('Benefits advice was offered to you on Tuesday 10 June 2025.');
    expect(text).toContain('It is not advice about benefits or tax.');
    // The claim of 5 April 2025 belongs to the tax year before; another person's claim is not here.
    const [claimsTable] = doc.blocks.filter((b): b is Table => b.kind === 'table');
    expect(claimsTable?.rows).toHaveLength(2);
  });

  it('says so when there are no claims in the year', () => {
    const text = textOf(composeRewardStatement({ ...base, claims: [] }));
    expect(text).toContain('No claims are recorded for you in the tax year 2025/26.');
    expect(text).toContain('No offer of benefits advice is recorded for this tax year.');
  });
});
