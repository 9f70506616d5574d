import { describe, expect, it } from 'vitest';
import { firstMinuteNumber, yearStartFor, yearStartSentence } from '../../../shared/domain';
import { Board } from '../../../shared/model';
import { board, meeting } from '../../support/builders';

const starting = (restart: 'municipal-year' | 'never' | 'meeting', yearStarts: { year: number; first: number }[]) =>
  board({ minuteNumbering: { template: '{n}.', restart, yearStarts } });

describe('the first minute number of a municipal year', () => {
  it('starts a year’s minutes at the number the board set for it', () => {
    // The meeting of 2025-06-10 is in the 2025/26 municipal year (from 1 May).
    expect(firstMinuteNumber(starting('municipal-year', [{ year: 2025, first: 45 }]), meeting(), [])).toBe(45);
    expect(firstMinuteNumber(starting('municipal-year', [{ year: 2024, first: 45 }]), meeting(), [])).toBe(1);
  });

  it('goes on from earlier minutes of the year once they pass the start', () => {
    const earlier = { meeting: meeting({ id: 'm0', date: '2025-05-20' }), minuteNumbers: [45, 46, 47] };
    expect(firstMinuteNumber(starting('municipal-year', [{ year: 2025, first: 45 }]), meeting(), [earlier])).toBe(48);
    // Numbers given before the start was set do not pull the year below it.
    const low = { meeting: meeting({ id: 'm0', date: '2025-05-20' }), minuteNumbers: [1, 2] };
    expect(firstMinuteNumber(starting('municipal-year', [{ year: 2025, first: 45 }]), meeting(), [low])).toBe(45);
  });

  it('counts an earlier year’s start when the numbers never restart, and ignores it when every meeting restarts', () => {
    expect(firstMinuteNumber(starting('never', [{ year: 2024, first: 300 }]), meeting(), [])).toBe(300);
    expect(firstMinuteNumber(starting('never', [{ year: 2026, first: 300 }]), meeting(), [])).toBe(1);
    expect(firstMinuteNumber(starting('meeting', [{ year: 2025, first: 45 }]), meeting(), [])).toBe(1);
  });

  it('says the start in words and finds it by year', () => {
    const b = starting('municipal-year', [{ year: 2024, first: 45 }]);
    expect(yearStartFor(b, 2024)).toBe(45);
    expect(yearStartFor(b, 2025)).toBeUndefined();
    expect(yearStartSentence({ year: 2024, first: 45 })).toBe('In the 2024/25 municipal year, the first minute is 45.');
  });

  it('refuses the same municipal year twice and a start below 1', () => {
    const withStarts = (yearStarts: unknown) => Board.shape.minuteNumbering.safeParse({ template: '{n}.', restart: 'never', yearStarts }).success;
    expect(withStarts([{ year: 2024, first: 45 }])).toBe(true);
    expect(
      withStarts([
        { year: 2024, first: 45 },
        { year: 2024, first: 50 },
      ]),
    ).toBe(false);
    expect(withStarts([{ year: 2024, first: 0 }])).toBe(false);
  });
});
