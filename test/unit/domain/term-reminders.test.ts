import { describe, expect, it } from 'vitest';
import { termReminders, termReminderWords } from '../../../shared/domain';
import type { Membership } from '../../../shared/model';

const TODAY = '2025-06-10';

const membership = (id: string, overrides: Partial<Membership> = {}): Membership => ({
  id,
  boardId: 'b1',
  personId: `person-${id}`,
  role: 'member',
  voting: true,
  termStart: '2023-05-01',
  createdAt: '2023-04-20T10:00:00.000Z',
  updatedAt: '2023-04-20T10:00:00.000Z',
  ...overrides,
});

const ids = (list: readonly { membershipId: string }[]): string[] => list.map((r) => r.membershipId);

describe('term-end reminders', () => {
  it('flags terms ending within the next 60 days, today and the 60th day included', () => {
    const list = termReminders(
      [
        membership('today', { termEnd: '2025-06-10' }),
        membership('day-60', { termEnd: '2025-08-09' }),
        membership('day-61', { termEnd: '2025-08-10' }),
        membership('open-ended'),
      ],
      TODAY,
    );
    expect(list).toEqual([
      { membershipId: 'today', boardId: 'b1', personId: 'person-today', termEnd: '2025-06-10', state: 'ending', daysLeft: 0 },
      { membershipId: 'day-60', boardId: 'b1', personId: 'person-day-60', termEnd: '2025-08-09', state: 'ending', daysLeft: 60 },
    ]);
  });

  it('flags a term that ran out with nobody renewing it or confirming the end', () => {
    const list = termReminders([membership('lapsed', { termEnd: '2025-05-31' })], TODAY);
    expect(list).toEqual([
      { membershipId: 'lapsed', boardId: 'b1', personId: 'person-lapsed', termEnd: '2025-05-31', state: 'ended', daysLeft: -10 },
    ]);
  });

  it('says nothing of a membership the clerk ended on or after its last day', () => {
    const ended = membership('ended', { termEnd: '2025-05-31', updatedAt: '2025-05-31T16:00:00.000Z' });
    const confirmedLater = membership('confirmed', { termEnd: '2025-05-31', updatedAt: '2025-06-03T09:00:00.000Z' });
    expect(termReminders([ended, confirmedLater], TODAY)).toEqual([]);
  });

  it('says nothing of a term followed by a later one of the same person on the same board', () => {
    const first = membership('first', { personId: 'jo', termEnd: '2025-06-30' });
    const renewed = membership('renewed', { personId: 'jo', termStart: '2025-07-01', termEnd: '2027-06-30' });
    const elsewhere = membership('elsewhere', { personId: 'jo', boardId: 'b2', termStart: '2025-07-01' });
    const lapsedOnOtherBoard = membership('lapsed', { personId: 'jo', boardId: 'b3', termEnd: '2025-05-01' });
    expect(ids(termReminders([first, renewed, elsewhere, lapsedOnOtherBoard], TODAY))).toEqual(['lapsed']);
  });

  it('puts the longest overdue first, then the soonest ending', () => {
    const list = termReminders(
      [membership('b', { termEnd: '2025-07-01' }), membership('a', { termEnd: '2025-06-01' }), membership('c', { termEnd: '2025-06-20' })],
      TODAY,
    );
    expect(ids(list)).toEqual(['a', 'c', 'b']);
  });

  it('words each reminder with its date', () => {
    expect(termReminderWords({ state: 'ending', daysLeft: 0, termEnd: '2025-06-10' })).toBe('Term ends today');
    expect(termReminderWords({ state: 'ending', daysLeft: 1, termEnd: '2025-06-11' })).toBe('Term ends tomorrow (11 June 2025)');
    expect(termReminderWords({ state: 'ending', daysLeft: 12, termEnd: '2025-06-22' })).toBe('Term ends in 12 days (on 22 June 2025)');
    expect(termReminderWords({ state: 'ended', daysLeft: -10, termEnd: '2025-05-31' })).toBe('Term ended on 31 May 2025 and has not been renewed');
  });
});
