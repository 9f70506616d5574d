import { describe, expect, it } from 'vitest';
import { findDate, findMonth, findTimes, meetingTimes } from '../../../../shared/domain/past-minutes/dates-times';
import { paras } from '../../../support/past-minutes/units';

describe('dates and times as British minutes print them', () => {
  it('reads a date with or without weekday, ordinal and comma', () => {
    expect(findDate('Thursday, 12 March 2015')?.value).toBe('2015-03-12');
    expect(findDate('held on 5th December, 2014 at')?.value).toBe('2014-12-05');
    expect(findDate('12/03/2015')?.value).toBe('2015-03-12');
    expect(findDate('Sept 3 2021')?.value).toBe('2021-09-03');
  });

  it('refuses dates that do not exist and reads a month without a day', () => {
    expect(findDate('31 April 2015')).toBeUndefined();
    expect(findMonth('due March 2015')).toBe('2015-03');
  });

  it('reads 12-hour, 24-hour and noon times, but not paragraph numbers', () => {
    expect(findTimes('2.00 pm, 2pm, 10.30a.m., 14:00, noon').map((t) => t.value)).toEqual(['14:00', '14:00', '10:30', '14:00', '12:00']);
    expect(findTimes('see paragraph 4.1 and 3.10').map((t) => t.value)).toEqual([]);
  });

  it('takes the start from "commenced at" and the end from "The meeting closed at"', () => {
    const units = paras(
      'Planning Committee, 12 March 2015 at 2.00 pm',
      'The meeting commenced at 2.05 pm.',
      'Business',
      'The meeting closed at 4.05 pm',
    );
    const times = meetingTimes(units.slice(0, 1), units);
    expect(times.date?.value).toBe('2015-03-12');
    expect(times.startTime).toEqual({ value: '14:05', lines: { from: 2, to: 2 } });
    expect(times.endTime).toEqual({ value: '16:05', lines: { from: 4, to: 4 } });
  });

  it('reads the end of a range at the top when the close is not minuted', () => {
    const units = paras('Time: 10.00 am to 12.45 pm');
    expect(meetingTimes(units, units)).toMatchObject({ startTime: { value: '10:00' }, endTime: { value: '12:45' } });
  });
});
