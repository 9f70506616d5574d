import { describe, expect, it } from 'vitest';
import { addMinutesToClock, agendaTiming, formatTime } from '../../../shared/domain';

describe('agenda timing', () => {
  it('moves a clock time on, wrapping at midnight', () => {
    expect(addMinutesToClock('14:00', 95)).toBe('15:35');
    expect(addMinutesToClock('23:30', 45)).toBe('00:15');
    expect(addMinutesToClock('not a time', 5)).toBe('not a time');
  });

  it('gives each item its start, end and running total, and the projected end of the meeting', () => {
    const timing = agendaTiming([{ id: 'a', timeAllowanceMinutes: 5 }, { id: 'b' }, { id: 'c', timeAllowanceMinutes: 40 }], '14:00');
    expect(timing.items.get('a')).toEqual({ startsAt: '14:00', runningTotal: 5, endsAt: '14:05' });
    expect(timing.items.get('b')).toEqual({ startsAt: '14:05', runningTotal: 5, endsAt: '14:05' });
    expect(timing.items.get('c')).toEqual({ startsAt: '14:05', runningTotal: 45, endsAt: '14:45' });
    expect(timing.totalMinutes).toBe(45);
    expect(formatTime(timing.projectedEnd)).toBe('2.45 pm');
    expect(timing.overrunMinutes).toBeUndefined();
  });

  it('says by how much the agenda runs past the planned end', () => {
    expect(agendaTiming([{ id: 'a', timeAllowanceMinutes: 130 }], '14:00', '16:00').overrunMinutes).toBe(10);
    expect(agendaTiming([{ id: 'a', timeAllowanceMinutes: 110 }], '14:00', '16:00').overrunMinutes).toBeUndefined();
  });
});
