import { describe, expect, it } from 'vitest';
import {
  agendaNotice,
  BANK_HOLIDAY_YEARS,
  BANK_HOLIDAYS_ENGLAND_AND_WALES,
  clearWorkingDaysBetween,
  formatLongDate,
  isWorkingDay,
  publicationDeadline,
} from '../../../shared/domain';

const BANK_HOLIDAYS = new Set(BANK_HOLIDAYS_ENGLAND_AND_WALES.map((d) => d.date));
const NONE: ReadonlySet<string> = new Set();

describe('working days', () => {
  it('leaves out weekends and bank holidays', () => {
    expect(isWorkingDay('2024-12-10', BANK_HOLIDAYS)).toBe(true); // a Tuesday
    expect(isWorkingDay('2024-12-07', BANK_HOLIDAYS)).toBe(false); // a Saturday
    expect(isWorkingDay('2024-12-08', BANK_HOLIDAYS)).toBe(false); // a Sunday
    expect(isWorkingDay('2024-12-25', BANK_HOLIDAYS)).toBe(false); // Christmas Day
    expect(isWorkingDay('2025-04-21', BANK_HOLIDAYS)).toBe(false); // Easter Monday
    expect(isWorkingDay('2025-04-21', NONE)).toBe(true);
  });

  it('counts clear days: neither the day of publication nor the day of the meeting', () => {
    // Published Monday 2 December 2024 for Tuesday 10 December: Tue 3, Wed 4, Thu 5, Fri 6, Mon 9.
    expect(clearWorkingDaysBetween('2024-12-02', '2024-12-10', BANK_HOLIDAYS)).toBe(5);
    expect(clearWorkingDaysBetween('2024-12-03', '2024-12-10', BANK_HOLIDAYS)).toBe(4);
    expect(clearWorkingDaysBetween('2024-12-09', '2024-12-10', BANK_HOLIDAYS)).toBe(0);
    expect(clearWorkingDaysBetween('2024-12-10', '2024-12-10', BANK_HOLIDAYS)).toBe(0);
  });
});

describe('the agenda publication deadline', () => {
  it('is five clear working days before an ordinary Tuesday meeting', () => {
    expect(formatLongDate(publicationDeadline('2024-12-10', BANK_HOLIDAYS))).toBe('Monday 2 December 2024');
  });

  it('moves back past a weekend to the last working day', () => {
    // Monday 16 December: clear days Fri 13, Thu 12, Wed 11, Tue 10, Mon 9 → publish by Friday 6 December.
    expect(publicationDeadline('2024-12-16', BANK_HOLIDAYS)).toBe('2024-12-06');
  });

  it('does not count Christmas Day, Boxing Day or New Year’s Day', () => {
    // Thursday 2 January 2025: clear days Tue 31, Mon 30, Fri 27, Tue 24, Mon 23 → by Friday 20 December.
    expect(publicationDeadline('2025-01-02', BANK_HOLIDAYS)).toBe('2024-12-20');
    // Without the bank holidays it would fall on Christmas Day itself.
    expect(publicationDeadline('2025-01-02', NONE)).toBe('2024-12-25');
  });

  it('does not count Good Friday or Easter Monday', () => {
    // Wednesday 23 April 2025: clear days Tue 22, Thu 17, Wed 16, Tue 15, Mon 14 → by Friday 11 April.
    expect(publicationDeadline('2025-04-23', BANK_HOLIDAYS)).toBe('2025-04-11');
  });

  it('does not count the deadline day itself when it would fall on a bank holiday', () => {
    // Tuesday 3 June 2025: clear days Mon 2, Fri 30, Thu 29, Wed 28, Tue 27 → the day before is the spring bank
    // holiday, Monday 26 May, so the agenda goes out on Friday 23 May.
    expect(publicationDeadline('2025-06-03', BANK_HOLIDAYS)).toBe('2025-05-23');
  });

  it('counts the one-off bank holidays proclaimed for 2022 and 2023', () => {
    // The Platinum Jubilee (Thursday 2 and Friday 3 June 2022).
    expect(publicationDeadline('2022-06-08', BANK_HOLIDAYS)).toBe('2022-05-27');
    // The coronation of King Charles III (Monday 8 May 2023), after the early May bank holiday on the 1st.
    expect(publicationDeadline('2023-05-10', BANK_HOLIDAYS)).toBe('2023-04-28');
  });

  it('counts days the clerk adds, such as a council closure', () => {
    const closed = new Set([...BANK_HOLIDAYS, '2024-12-09']);
    expect(publicationDeadline('2024-12-10', closed)).toBe('2024-11-29');
  });

  it('takes a longer notice period when a board asks for one', () => {
    expect(publicationDeadline('2024-12-10', BANK_HOLIDAYS, 10)).toBe('2024-11-25');
  });
});

describe('where an agenda stands against its deadline', () => {
  const meetingDate = '2024-12-10';

  it('says how long is left before the deadline', () => {
    expect(agendaNotice({ meetingDate, today: '2024-11-28', closed: BANK_HOLIDAYS })).toEqual({
      kind: 'due',
      deadline: '2024-12-02',
      daysLeft: 4,
    });
    expect(agendaNotice({ meetingDate, today: '2024-12-02', closed: BANK_HOLIDAYS })).toMatchObject({ kind: 'due', daysLeft: 0 });
  });

  it('warns once the deadline has passed, with the clear days still left', () => {
    expect(agendaNotice({ meetingDate, today: '2024-12-04', closed: BANK_HOLIDAYS })).toEqual({
      kind: 'overdue',
      deadline: '2024-12-02',
      clearDaysLeft: 3,
    });
  });

  it('judges a published agenda by the day it was published', () => {
    expect(agendaNotice({ meetingDate, today: '2024-12-09', publishedOn: '2024-12-02', closed: BANK_HOLIDAYS })).toMatchObject({
      kind: 'published',
      clearDays: 5,
      late: false,
    });
    expect(agendaNotice({ meetingDate, today: '2024-12-09', publishedOn: '2024-12-05', closed: BANK_HOLIDAYS })).toMatchObject({
      kind: 'published',
      clearDays: 2,
      late: true,
    });
  });
});

describe('the shipped bank holidays of England and Wales', () => {
  it('covers 2020 to 2030 with every year’s eight usual days at least', () => {
    expect(BANK_HOLIDAY_YEARS.first).toBeLessThanOrEqual(2020);
    expect(BANK_HOLIDAY_YEARS.last).toBeGreaterThanOrEqual(2030);
    for (let year = 2020; year <= 2030; year += 1) {
      const days = BANK_HOLIDAYS_ENGLAND_AND_WALES.filter((d) => d.date.startsWith(`${year}-`));
      expect(days.length, `bank holidays in ${year}`).toBeGreaterThanOrEqual(8);
    }
  });

  it('holds only weekdays, each once, in date order', () => {
    const dates = BANK_HOLIDAYS_ENGLAND_AND_WALES.map((d) => d.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates).toEqual(dates.toSorted());
    for (const date of dates) expect(isWorkingDay(date, NONE), `${date} is a weekday`).toBe(true);
  });

  it('has Easter where the calendar puts it', () => {
    const titled = (title: string): string[] => BANK_HOLIDAYS_ENGLAND_AND_WALES.filter((d) => d.title === title).map((d) => d.date);
    expect(titled('Good Friday')).toContain('2024-03-29');
    expect(titled('Easter Monday')).toContain('2027-03-29');
    expect(titled('Easter Monday')).toContain('2030-04-22');
  });
});
