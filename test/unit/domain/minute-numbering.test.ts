import { describe, expect, it } from 'vitest';
import {
  assignMinuteNumbers,
  firstMinuteNumber,
  minuteLabel,
  minuteLabels,
  municipalYearLabel,
  municipalYearOf,
  numberAgenda,
  resolutionReference,
} from '../../../shared/domain';
import { board, item, meeting } from '../../support/builders';

describe('municipal years', () => {
  it('starts the year on the board’s start day', () => {
    const start = { month: 5, day: 1 };
    expect(municipalYearOf('2025-04-30', start)).toBe(2024);
    expect(municipalYearOf('2025-05-01', start)).toBe(2025);
    expect(municipalYearLabel(2024)).toBe('24/25');
    expect(municipalYearLabel(2099)).toBe('99/00');
  });
});

describe('minute numbering', () => {
  it('prints labels by the board’s template', () => {
    expect(minuteLabel(board(), '2025-06-10', 23)).toBe('23.');
    expect(minuteLabel(board({ minuteNumbering: { template: '{code}{n}/{year}', restart: 'municipal-year' } }), '2025-06-10', 7)).toBe('RCPB7/25/26');
  });

  it('continues from the board’s earlier minutes in the same municipal year', () => {
    const b = board();
    const earlier = { meeting: meeting({ id: 'm0', date: '2025-05-20' }), minuteNumbers: [1, 2, 3, 4] };
    const lastYear = { meeting: meeting({ id: 'old', date: '2025-03-01' }), minuteNumbers: [40, 41] };
    const otherBoard = { meeting: meeting({ id: 'x', boardId: 'b2', date: '2025-06-01' }), minuteNumbers: [99] };
    expect(firstMinuteNumber(b, meeting(), [earlier, lastYear, otherBoard])).toBe(5);
  });

  it('restarts at every meeting when the scheme says so, and never restarts when told', () => {
    const earlier = { meeting: meeting({ id: 'old', date: '2024-06-01' }), minuteNumbers: [40, 41] };
    expect(firstMinuteNumber(board({ minuteNumbering: { template: '{n}.', restart: 'meeting' } }), meeting(), [earlier])).toBe(1);
    expect(firstMinuteNumber(board({ minuteNumbering: { template: '{n}.', restart: 'never' } }), meeting(), [earlier])).toBe(42);
  });

  it('goes on from the number the board had reached before Minute Book, as the restart rule allows', () => {
    const carriedFrom = { number: 67, date: '2025-05-20' };
    const carrying = (restart: 'municipal-year' | 'never' | 'meeting') => board({ minuteNumbering: { template: '{n}.', restart, carriedFrom } });
    // The meeting of 2025-06-10 is in the same municipal year (from 1 May) as the last numbered one.
    expect(firstMinuteNumber(carrying('municipal-year'), meeting(), [])).toBe(68);
    expect(firstMinuteNumber(carrying('municipal-year'), meeting({ date: '2026-05-12' }), [])).toBe(1);
    expect(firstMinuteNumber(carrying('never'), meeting({ date: '2026-05-12' }), [])).toBe(68);
    expect(firstMinuteNumber(carrying('meeting'), meeting(), [])).toBe(1);
    // An earlier meeting in Minute Book that went further counts; a number from after this meeting does not.
    const earlier = { meeting: meeting({ id: 'm0', date: '2025-05-28' }), minuteNumbers: [68, 69, 70] };
    expect(firstMinuteNumber(carrying('municipal-year'), meeting(), [earlier])).toBe(71);
    const later = board({ minuteNumbering: { template: '{n}.', restart: 'never', carriedFrom: { number: 300, date: '2025-07-01' } } });
    expect(firstMinuteNumber(later, meeting(), [])).toBe(1);
  });

  it('gives an unnumbered item no minute number and continues the others without a gap', () => {
    const numbered = numberAgenda([item('welcome', 0, { unnumbered: true }), item('a', 1), item('b', 2), item('b1', 0, { parentId: 'b' })]);
    const numbers = assignMinuteNumbers(numbered, 68);
    expect([...numbers]).toEqual([
      ['a', 68],
      ['b', 69],
    ]);
    const withNumbers = numbered.map((i) => ({ ...i, minuteNumber: numbers.get(i.id) }));
    expect([...minuteLabels(board(), '2025-06-10', withNumbers)]).toEqual([
      ['a', '68.'],
      ['b', '69.'],
      ['b1', '69.1'],
    ]);
  });

  it('numbers top-level items in agenda order and labels sub-items after their parent', () => {
    const numbered = numberAgenda([item('a', 0), item('b', 1), item('b1', 0, { parentId: 'b' })]);
    const numbers = assignMinuteNumbers(numbered, 12);
    expect([...numbers]).toEqual([
      ['a', 12],
      ['b', 13],
    ]);
    const withNumbers = numbered.map((i) => ({ ...i, minuteNumber: numbers.get(i.id) }));
    expect([...minuteLabels(board(), '2025-06-10', withNumbers)]).toEqual([
      ['a', '12.'],
      ['b', '13.'],
      ['b1', '13.1'],
    ]);
  });

  it('references resolutions by the board’s scheme', () => {
    expect(resolutionReference(board(), '2025-06-10', '13.', 2)).toBe('RCPB/2025/13-2');
    expect(resolutionReference(board({ resolutionReferencing: { template: '{code} {year} min {minute}({r})' } }), '2025-06-10', '13.', 1)).toBe(
      'RCPB 25/26 min 13(1)',
    );
  });
});
