import { describe, expect, it } from 'vitest';
import { inTaxYear, parseTaxYear, taxYearBounds, taxYearOf, taxYearsSpanning } from '../../../../shared/domain/reward/tax-year';

describe('the UK tax year, 6 April to 5 April', () => {
  it('puts 5 April in the year that is ending and 6 April in the one that starts', () => {
    expect(taxYearOf('2026-04-05')).toBe('2025/26');
    expect(taxYearOf('2026-04-06')).toBe('2026/27');
    expect(taxYearOf('2025-04-06')).toBe('2025/26');
    expect(taxYearOf('2025-04-05')).toBe('2024/25');
  });

  it('puts January to March in the year that began the April before', () => {
    expect(taxYearOf('2026-01-01')).toBe('2025/26');
    expect(taxYearOf('2025-12-31')).toBe('2025/26');
    expect(taxYearOf('2026-03-31')).toBe('2025/26');
  });

  it('names the years across a century', () => {
    expect(taxYearOf('2099-05-01')).toBe('2099/00');
    expect(parseTaxYear('2099/00')).toBe(2099);
  });

  it('gives a tax year’s first and last days', () => {
    expect(taxYearBounds('2025/26')).toEqual({ label: '2025/26', start: '2025-04-06', end: '2026-04-05' });
    expect(inTaxYear('2025-04-06', '2025/26')).toBe(true);
    expect(inTaxYear('2026-04-05', '2025/26')).toBe(true);
    expect(inTaxYear('2025-04-05', '2025/26')).toBe(false);
    expect(inTaxYear('2026-04-06', '2025/26')).toBe(false);
  });

  it('refuses labels whose years do not follow on', () => {
    expect(parseTaxYear('2025/27')).toBeNull();
    expect(parseTaxYear('2025-26')).toBeNull();
    expect(taxYearBounds('last year')).toBeNull();
    expect(inTaxYear('2025-06-01', 'nonsense')).toBe(false);
  });

  it('lists the tax years from the earliest date to today, newest first', () => {
    expect(taxYearsSpanning(['2024-01-10', '2025-05-01'], '2025-07-01')).toEqual(['2025/26', '2024/25', '2023/24']);
    expect(taxYearsSpanning([], '2025-04-05')).toEqual(['2024/25']);
  });
});
