import { describe, expect, it } from 'vitest';
import { formatLongDate, formatShortDate, formatTime, formatTimeRange, formatTimestamp, londonDateOf, parseIsoDate } from '../../../shared/domain';

describe('dates in the house style', () => {
  it('writes a date with its weekday and no comma', () => {
    expect(formatLongDate('2024-12-05')).toBe('Thursday 5 December 2024');
    expect(formatLongDate('2024-12-10')).toBe('Tuesday 10 December 2024');
    expect(formatLongDate('2024-02-29')).toBe('Thursday 29 February 2024');
    expect(formatShortDate('2025-01-01')).toBe('1 January 2025');
  });

  it('leaves anything that is not a real date as it was', () => {
    expect(formatLongDate('2023-02-29')).toBe('2023-02-29');
    expect(formatLongDate('next Tuesday')).toBe('next Tuesday');
    expect(parseIsoDate('2024-04-31')).toBeNull();
    expect(parseIsoDate('2024-04-30')).toEqual({ year: 2024, month: 4, day: 30 });
  });
});

describe('times in the house style', () => {
  it('writes the 12-hour clock with a full stop and am or pm', () => {
    expect(formatTime('14:00')).toBe('2.00 pm');
    expect(formatTime('09:30')).toBe('9.30 am');
    expect(formatTime('12:00')).toBe('12.00 pm');
    expect(formatTime('00:15')).toBe('12.15 am');
    expect(formatTime('23:59')).toBe('11.59 pm');
  });

  it('joins a start and an end with "to", or gives the start alone', () => {
    expect(formatTimeRange('14:00', '16:30')).toBe('2.00 pm to 4.30 pm');
    expect(formatTimeRange('10:00')).toBe('10.00 am');
  });

  it('leaves a malformed time as it was', () => {
    expect(formatTime('2pm')).toBe('2pm');
    expect(formatTime('24:00')).toBe('24:00');
  });
});

describe('London time', () => {
  it('dates an instant in London, across the clocks going forward', () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST).
    expect(londonDateOf(new Date('2024-06-30T23:30:00Z'))).toBe('2024-07-01');
    // In winter London is on UTC.
    expect(londonDateOf(new Date('2024-12-31T23:30:00Z'))).toBe('2024-12-31');
  });

  it('writes a timestamp as a London date and time', () => {
    expect(formatTimestamp('2024-07-01T13:05:00Z')).toBe('Monday 1 July 2024 at 2.05 pm');
    expect(formatTimestamp('not a time')).toBe('not a time');
  });
});
