import { describe, expect, it } from 'vitest';
import { Board, MINUTE_FIELDS, MinuteNumbering, RESOLUTION_FIELDS, ResolutionReferencing, templateProblem } from '../../../shared/model';
import { minuteLabel, resolutionReference } from '../../../shared/domain';
import { board } from '../../support/builders';

const numbered = (template: string, municipalYearStart = { month: 5, day: 1 }) =>
  board({ minuteNumbering: { template, restart: 'municipal-year' }, municipalYearStart });

describe('minute number patterns as councils write them', () => {
  it.each([
    ['{n}.', 7, '7.'],
    ['{n:03}', 7, '007'],
    ['{n:3}', 1234, '1234'],
    ['{code}/{yyyy}/{n}', 23, 'RCPB/2025/23'],
    ['{code}/{yy}/{n:02}', 4, 'RCPB/25/04'],
    ['GBP/{year:compact}/{n:03}', 1, 'GBP/2526/001'],
    ['HWB{year}/{n}', 23, 'HWB25/26/23'],
    ['{year:long}-{n}', 9, '2025/26-9'],
    ['Minute {n}', 68, 'Minute 68'],
  ])('prints %s for minute %d as %s', (template, n, printed) => {
    expect(MinuteNumbering.shape.template.safeParse(template).success).toBe(true);
    expect(minuteLabel(numbered(template), '2025-06-10', n)).toBe(printed);
  });

  it('takes the municipal year from the board’s own start day', () => {
    const april = { month: 4, day: 1 };
    expect(minuteLabel(numbered('{year:compact}/{n}', april), '2025-03-31', 5)).toBe('2425/5');
    expect(minuteLabel(numbered('{year:compact}/{n}', april), '2025-04-01', 5)).toBe('2526/5');
  });

  it.each([
    ['{n:x}', 'In {n:x}, say after the colon how many digits the number has, from 1 to 6: {n:03} prints 7 as 007.'],
    ['{n:07}', 'In {n:07}, say after the colon how many digits the number has, from 1 to 6: {n:03} prints 7 as 007.'],
    ['{num}', '{num} is not a field this pattern can use: use {n}, {code}, {year}, {yyyy}, {yy}.'],
    ['{code}/{n', 'The { at character 8 is not closed: fields are written in pairs of braces, as {n}.'],
    ['{code}/n}', 'The } at character 9 closes no field: fields are written in pairs of braces, as {n}.'],
    ['{code}/{}', 'A pair of braces {} has no field in it.'],
    ['{year:short}/{n}', 'In {year:short}, the part after the colon must be one of: {year:long}, {year:compact}.'],
    ['{code:2}/{n}', '{code} takes nothing after a colon: write {code}.'],
    ['{code}/{yyyy}', 'The pattern must include {n} (the minute’s number), for example {code}/{n}.'],
  ])('refuses %s saying what is wrong', (template, problem) => {
    expect(templateProblem(template, MINUTE_FIELDS, ['n'])).toBe(problem);
    expect(MinuteNumbering.shape.template.safeParse(template).error?.issues[0]?.message).toBe(problem);
  });

  it('reads a board whose pattern the earlier, looser rule let be written, and prints it as before', () => {
    const earlier = { ...numbered('{n}.{x}'), minuteNumbering: { template: '{n}.{x}', restart: 'municipal-year' as const } };
    expect(Board.safeParse(earlier).success).toBe(true);
    expect(minuteLabel(earlier, '2025-06-10', 3)).toBe('3.{x}');
  });
});

describe('resolution reference patterns', () => {
  it('fills the minute as printed and the resolution’s place, padded when asked', () => {
    const b = { ...numbered('{n:03}'), resolutionReferencing: { template: '{code}/{year:compact}/{minute}({r:02})' } };
    expect(resolutionReference(b, '2025-06-10', '007', 3)).toBe('RCPB/2526/007(03)');
  });

  it('accepts {n} for the minute, as patterns written before {minute} did, and refuses one with neither', () => {
    expect(ResolutionReferencing.shape.template.safeParse('{code}/{n}-{r}').success).toBe(true);
    expect(templateProblem('{code}-{r}', RESOLUTION_FIELDS, ['minute', 'n'])).toBe(
      'The pattern must include {minute} (the minute number as printed), for example {code}/{minute}.',
    );
  });
});
