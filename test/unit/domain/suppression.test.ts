import { describe, expect, it } from 'vitest';
import { shownCount, shownWords, suppressBreakdown, suppressCount, type Shown } from '../../../shared/domain/suppression';

const words = (cells: readonly Shown[]): string[] => cells.map(shownWords);

describe('small-number suppression of one count', () => {
  it('shows 1 to 4 as "fewer than 5", and shows nought and 5 or more', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 120].map((n) => shownWords(suppressCount(n)))).toEqual([
      '0',
      'fewer than 5',
      'fewer than 5',
      'fewer than 5',
      'fewer than 5',
      '5',
      '6',
      '120',
    ]);
  });

  it('gives no number for a suppressed count', () => {
    expect(shownCount(suppressCount(3))).toBeNull();
    expect(shownCount(suppressCount(7))).toBe(7);
  });

  it('refuses what is not a count', () => {
    expect(() => suppressCount(-1)).toThrow(RangeError);
    expect(() => suppressCount(2.5)).toThrow(RangeError);
  });
});

describe('small-number suppression of a breakdown', () => {
  it('leaves a breakdown with no small counts alone', () => {
    const result = suppressBreakdown([12, 0, 7, 5]);
    expect(words(result.cells)).toEqual(['12', '0', '7', '5']);
    expect(shownWords(result.total)).toBe('24');
  });

  it('hides the next smallest count too when only one is small, so it cannot be worked out from the total', () => {
    // Without the second: 20 - 12 - 0 - 6 = 2.
    const result = suppressBreakdown([12, 2, 0, 6]);
    expect(words(result.cells)).toEqual(['12', 'fewer than 5', '0', 'not shown']);
    expect(shownWords(result.total)).toBe('20');
  });

  it('never picks a nought as the second hidden cell, which would say nothing and mislead', () => {
    const result = suppressBreakdown([0, 3, 9, 0, 30]);
    expect(words(result.cells)).toEqual(['0', 'fewer than 5', 'not shown', '0', '30']);
  });

  it('takes the first of equal smallest counts', () => {
    expect(words(suppressBreakdown([8, 1, 8]).cells)).toEqual(['not shown', 'fewer than 5', '8']);
  });

  it('needs no second hidden cell when two counts are already small', () => {
    const result = suppressBreakdown([3, 4, 10]);
    expect(words(result.cells)).toEqual(['fewer than 5', 'fewer than 5', '10']);
  });

  it('hides the whole breakdown when fewer than 5 people are in it', () => {
    const result = suppressBreakdown([0, 3, 0]);
    expect(words(result.cells)).toEqual(['not shown', 'not shown', 'not shown']);
    expect(shownWords(result.total)).toBe('fewer than 5');
  });

  it('shows an empty breakdown as noughts', () => {
    const result = suppressBreakdown([0, 0]);
    expect(words(result.cells)).toEqual(['0', '0']);
    expect(shownWords(result.total)).toBe('0');
  });

  it('never leaves exactly one small count recoverable, whatever the counts', () => {
    for (let a = 0; a < 9; a += 1) {
      for (let b = 0; b < 9; b += 1) {
        for (let c = 0; c < 9; c += 1) {
          const counts = [a, b, c];
          const { cells, total } = suppressBreakdown(counts);
          const hidden = cells.filter((cell) => cell.kind !== 'count').length;
          // A total that is shown must never leave a single cell hidden: subtraction would reveal it.
          if (total.kind === 'count') expect(hidden === 1, `counts ${counts.join(', ')}`).toBe(false);
          cells.forEach((cell, i) => {
            if (cell.kind === 'count') expect(cell.count === 0 || cell.count >= 5, `counts ${counts.join(', ')}`).toBe(true);
            else expect(counts[i] === 0 && total.kind === 'count', `a nought hidden in ${counts.join(', ')}`).toBe(false);
          });
        }
      }
    }
  });
});
