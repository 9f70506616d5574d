import { describe, expect, it } from 'vitest';
import { formatPence, parsePounds, penceAsDecimal } from '../../../../shared/domain/reward/money';

describe('money in whole pence', () => {
  it('shows pence as pounds with a thousands comma', () => {
    expect(formatPence(123450)).toBe('£1,234.50');
    expect(formatPence(0)).toBe('£0.00');
    expect(formatPence(5)).toBe('£0.05');
    expect(formatPence(100_000_000)).toBe('£1,000,000.00');
    expect(formatPence(-320)).toBe('-£3.20');
  });

  it('writes plain decimals for spreadsheets', () => {
    expect(penceAsDecimal(123450)).toBe('1234.50');
    expect(penceAsDecimal(7)).toBe('0.07');
  });

  it('reads amounts as a clerk types them', () => {
    expect(parsePounds('12.50')).toBe(1250);
    expect(parsePounds('£1,234')).toBe(123400);
    expect(parsePounds(' 0.5 ')).toBe(50);
    expect(parsePounds('.75')).toBe(75);
    expect(parsePounds('7')).toBe(700);
  });

  it('refuses what is not an amount of money', () => {
    expect(parsePounds('')).toBeNull();
    expect(parsePounds('12.345')).toBeNull();
    expect(parsePounds('-3')).toBeNull();
    expect(parsePounds('ten pounds')).toBeNull();
  });
});
