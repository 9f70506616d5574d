import { describe, expect, it } from 'vitest';
import { rateHistory, rateInForce } from '../../../../shared/domain/reward/rates';
import { rate } from './reward-fixtures';

const rates = [
  rate({ id: 'all-2024', amountPence: 2000, effectiveFrom: '2024-04-06' }),
  rate({ id: 'all-2025', amountPence: 2500, effectiveFrom: '2025-09-01' }),
  rate({ id: 'b1-2025', boardId: 'b1', amountPence: 3000, effectiveFrom: '2025-06-01' }),
  rate({ id: 'carer', role: 'carer', amountPence: 1800, effectiveFrom: '2024-04-06' }),
  rate({ id: 'prep', band: 'preparation-hour', amountPence: 1000, effectiveFrom: '2024-04-06' }),
];

const inForce = (boardId: string, date: string, role: 'expert-by-experience' | 'carer' = 'expert-by-experience'): string | undefined =>
  rateInForce(rates, { role, band: 'up-to-half-day', boardId, date })?.id;

describe('the rate in force', () => {
  it('is the latest rate from on or before the date', () => {
    expect(inForce('b2', '2025-08-31')).toBe('all-2024');
    expect(inForce('b2', '2025-09-01')).toBe('all-2025');
    expect(inForce('b2', '2026-01-01')).toBe('all-2025');
  });

  it('is none before the first rate', () => {
    expect(inForce('b2', '2024-04-05')).toBeUndefined();
  });

  it('prefers the board’s own rate to the rate for all boards, even a later one', () => {
    expect(inForce('b1', '2025-05-31')).toBe('all-2024');
    expect(inForce('b1', '2025-06-01')).toBe('b1-2025');
    expect(inForce('b1', '2025-10-01')).toBe('b1-2025');
  });

  it('keeps roles and bands apart', () => {
    expect(inForce('b1', '2025-10-01', 'carer')).toBe('carer');
    expect(rateInForce(rates, { role: 'expert-by-experience', band: 'preparation-hour', boardId: 'b1', date: '2025-10-01' })?.id).toBe('prep');
    expect(rateInForce(rates, { role: 'councillor', band: 'up-to-half-day', boardId: 'b1', date: '2025-10-01' })).toBeUndefined();
  });
});

describe('a rate’s history', () => {
  it('gives each rate the last day it applied, once a later one took over', () => {
    const history = rateHistory(rates).map(({ rate: r, until }) => [r.id, until]);
    expect(history).toEqual([
      ['carer', undefined],
      ['all-2024', '2025-08-31'],
      ['all-2025', undefined],
      ['prep', undefined],
      ['b1-2025', undefined],
    ]);
  });
});
