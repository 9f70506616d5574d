import { describe, expect, it } from 'vitest';
import { claimSums } from '../../../../shared/domain/reward/claim-sums';
import { rewardTotals } from '../../../../shared/domain/reward/totals';
import { claim } from './reward-fixtures';

const travel = (pence: number, receiptReference?: string): { kind: 'travel'; amountPence: number; receiptReference?: string } =>
  receiptReference === undefined ? { kind: 'travel', amountPence: pence } : { kind: 'travel', amountPence: pence, receiptReference };

describe('what one claim adds up to', () => {
  it('adds reward and expenses', () => {
    const sums = claimSums(claim({ id: 'c1', expenses: [travel(640, 'TR-1'), { kind: 'carer', amountPence: 3000 }] }));
    expect(sums).toEqual({
      rewardPence: 2500,
      expensesPence: 3640,
      expensesByKind: { travel: 640, carer: 3000, other: 0 },
      declinedRewardPence: 0,
      payablePence: 6140,
    });
  });

  it('pays nothing for a declined reward but still repays the expenses', () => {
    const sums = claimSums(claim({ id: 'c1', choice: { kind: 'declined' }, expenses: [travel(640)] }));
    expect(sums.declinedRewardPence).toBe(2500);
    expect(sums.payablePence).toBe(640);
  });
});

describe('totals per person per tax year', () => {
  const claims = [
    // 2024/25: the last day of the tax year.
    claim({ id: 'c0', date: '2025-04-05', status: 'paid', approvedOn: '2025-04-05', paidOn: '2025-04-20' }),
    // 2025/26 from here: the first day of the tax year.
    claim({ id: 'c1', date: '2025-04-06', status: 'paid', approvedOn: '2025-04-07', paidOn: '2025-04-30', expenses: [travel(640, 'TR-1')] }),
    claim({
      id: 'c2',
      date: '2025-06-10',
      status: 'approved',
      approvedOn: '2025-06-11',
      choice: { kind: 'donation', charity: 'Riverside Food Bank' },
    }),
    claim({ id: 'c3', date: '2025-09-10', choice: { kind: 'declined' }, expenses: [{ kind: 'carer', amountPence: 3000 }] }),
    claim({ id: 'c4', date: '2026-02-10', choice: { kind: 'vouchers' } }),
    claim({ id: 'c5', date: '2025-07-01', personId: 'p2', choice: { kind: 'donation', charity: 'Riverside Food Bank' } }),
  ];

  it('puts each claim in the tax year of its date, 5 and 6 April falling either side', () => {
    const totals = rewardTotals(claims);
    expect(totals.map((t) => [t.taxYear, t.personId, t.claims])).toEqual([
      ['2025/26', 'p1', 4],
      ['2025/26', 'p2', 1],
      ['2024/25', 'p1', 1],
    ]);
  });

  it('adds reward, expenses by kind, status and payment choice, with declined rewards paying nothing', () => {
    const [p1] = rewardTotals(claims);
    expect(p1).toEqual({
      personId: 'p1',
      taxYear: '2025/26',
      claims: 4,
      rewardPence: 10000,
      declinedRewardPence: 2500,
      expensesPence: 3640,
      expensesByKind: { travel: 640, carer: 3000, other: 0 },
      payablePence: 11140,
      byStatus: { paid: 3140, approved: 2500, due: 5500 },
      byChoice: {
        'bank-transfer': { claims: 1, rewardPence: 2500 },
        vouchers: { claims: 1, rewardPence: 2500 },
        donation: { claims: 1, rewardPence: 2500 },
        declined: { claims: 1, rewardPence: 0 },
      },
      donations: [{ charity: 'Riverside Food Bank', rewardPence: 2500 }],
    });
  });

  it('is empty without claims', () => {
    expect(rewardTotals([])).toEqual([]);
  });
});
