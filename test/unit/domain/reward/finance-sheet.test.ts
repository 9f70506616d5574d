import { describe, expect, it } from 'vitest';
import { FINANCE_COLUMNS, rewardFinanceSheet } from '../../../../shared/domain/reward/finance-sheet';
import { board, meeting } from '../../../support/builders';
import { claim, person } from './reward-fixtures';

const records = {
  people: [
    person({ id: 'p1', name: 'Dev Sharma', accessNeeds: [{ kind: 'bsl-interpreter' }] }),
    person({ id: 'p2', name: 'Janet Morley', kind: 'carer' }),
  ],
  boards: [board({ id: 'b1', name: 'Riverside Co-production Board' })],
  meetings: [meeting({ id: 'm1', boardId: 'b1', date: '2025-06-10', title: 'June meeting' })],
};

describe('the finance export', () => {
  const sheet = rewardFinanceSheet({
    ...records,
    claims: [
      claim({
        id: 'c2',
        personId: 'p2',
        date: '2025-07-01',
        meetingId: undefined,
        activity: 'training',
        description: 'Level 2 course',
        choice: { kind: 'donation', charity: 'Riverside Food Bank' },
        status: 'approved',
        approvedOn: '2025-07-02',
        benefitsAdvice: { offered: true, offeredOn: '2025-07-01' },
        note: 'Has a hospital appointment on Tuesdays',
      }),
      claim({
        id: 'c1',
        meetingId: 'm1',
        reward: [
          { band: 'up-to-half-day', rateId: 'r1', quantity: 1, unitPence: 2500, amountPence: 2500 },
          { band: 'preparation-hour', rateId: 'r2', quantity: 1.5, unitPence: 1000, amountPence: 1500 },
        ],
        expenses: [
          { kind: 'travel', amountPence: 640, receiptReference: 'TR-0042', description: 'Bus fare' },
          { kind: 'travel', amountPence: 300, receiptReference: 'TR-0043' },
          { kind: 'carer', amountPence: 3000 },
        ],
        choice: { kind: 'declined' },
      }),
    ],
  });
  const rows = sheet.rows.map((row) => Object.fromEntries(FINANCE_COLUMNS.map((c, i) => [c, row[i]])));

  it('has one row per claim, oldest first, with the columns finance needs', () => {
    expect(sheet.header).toEqual([...FINANCE_COLUMNS]);
    expect(rows.map((r) => r['Claim id'])).toEqual(['c1', 'c2']);
    expect(rows[0]).toMatchObject({
      Person: 'Dev Sharma',
      Board: 'Riverside Co-production Board',
      Date: '2025-06-10',
      'Tax year': '2025/26',
      Activity: 'Meeting',
      Meeting: 'June meeting',
      'Reward (£)': '40.00',
      'Reward worked out': 'Up to half a day: 1 × 25.00 = 25.00; Preparation, per hour: 1.5 h × 10.00 = 15.00',
      'Travel (£)': '9.40',
      'Travel receipts': 'TR-0042; TR-0043',
      'Carer costs (£)': '30.00',
      'Carer cost receipts': '',
      'Expenses in detail': 'Travel 6.40 (receipt TR-0042): Bus fare; Travel 3.00 (receipt TR-0043); Carer costs 30.00 (no receipt)',
      // Declined: the reward is not paid, the expenses are.
      'Total to pay (£)': '39.40',
      'Payment choice': 'Declined',
      Status: 'Due',
    });
    expect(rows[1]).toMatchObject({
      Activity: 'Training',
      Meeting: '',
      Description: 'Level 2 course',
      'Payment choice': 'Donation to charity',
      Charity: 'Riverside Food Bank',
      Status: 'Approved',
      'Approved on': '2025-07-02',
      'Paid on': '',
    });
  });

  it('carries no notes, access needs or record of benefits advice', () => {
    const everything = [sheet.header, ...sheet.rows].flat().join('|');
    expect(everything).not.toMatch(/hospital|benefit|bsl|interpreter/i);
  });
});
