import { describe, expect, it } from 'vitest';
import { inPeriod, municipalYearPeriod, periodWords, reportPeriod } from '../../../../shared/domain/reports/report-period';

const board = { municipalYearStart: { month: 5, day: 1 } };

describe('report periods', () => {
  it('take the municipal year that contains a date, from its first day to the day before the next', () => {
    expect(municipalYearPeriod(board, '2026-11-23')).toEqual({ from: '2026-05-01', to: '2027-04-30' });
    expect(municipalYearPeriod(board, '2026-04-30')).toEqual({ from: '2025-05-01', to: '2026-04-30' });
    expect(municipalYearPeriod(board, '2026-05-01')).toEqual({ from: '2026-05-01', to: '2027-04-30' });
  });

  it('default to this municipal year, or to the municipal year of the one end given', () => {
    expect(reportPeriod(board, '2026-11-23')).toEqual({ from: '2026-05-01', to: '2027-04-30' });
    expect(reportPeriod(board, '2026-11-23', '2025-06-01')).toEqual({ from: '2025-06-01', to: '2026-04-30' });
    expect(reportPeriod(board, '2026-11-23', undefined, '2025-09-30')).toEqual({ from: '2025-05-01', to: '2025-09-30' });
    expect(reportPeriod(board, '2026-11-23', '2024-01-01', '2024-03-31')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
  });

  it('include both ends', () => {
    const period = { from: '2026-05-01', to: '2027-04-30' };
    expect(['2026-04-30', '2026-05-01', '2027-04-30', '2027-05-01'].map((d) => inPeriod(d, period))).toEqual([false, true, true, false]);
  });

  it('are named in words, as a municipal year when they are one', () => {
    expect(periodWords(board, { from: '2026-05-01', to: '2027-04-30' })).toBe('the municipal year 26/27 (Friday 1 May 2026 to Friday 30 April 2027)');
    expect(periodWords(board, { from: '2026-06-01', to: '2026-08-31' })).toBe('Monday 1 June 2026 to Monday 31 August 2026');
  });
});
