import { describe, expect, it } from 'vitest';
import {
  barredFromVote,
  canTransition,
  carriedForward,
  countVotes,
  formatTime,
  formatLongDate,
  isLocked,
  isOverdue,
  londonDate,
  transitionRefusal,
} from '../../../shared/domain';
import type { Declaration } from '../../../shared/model';
import { action, meeting } from '../../support/builders';

describe('the life of a meeting', () => {
  it('allows publish, hold, draft and sign in that order only', () => {
    expect(canTransition('draft', 'agenda-published')).toBe(true);
    expect(canTransition('agenda-published', 'held')).toBe(true);
    expect(canTransition('held', 'minutes-drafted')).toBe(true);
    expect(canTransition('minutes-drafted', 'minutes-signed')).toBe(true);
    expect(canTransition('draft', 'minutes-signed')).toBe(false);
    expect(canTransition('minutes-signed', 'minutes-drafted')).toBe(false);
  });

  it('explains a refused step in words', () => {
    expect(transitionRefusal('draft', 'held')).toBe(
      'This meeting is "Draft agenda", so it cannot become "Held": it can only move to "Agenda published" or "Cancelled".',
    );
    expect(transitionRefusal('minutes-signed', 'held')).toContain('it cannot change any more');
  });

  it('locks a meeting once its minutes are signed', () => {
    expect(isLocked('minutes-signed')).toBe(true);
    expect(isLocked('minutes-drafted')).toBe(false);
  });
});

describe('actions', () => {
  it('is overdue only while outstanding and past its due date', () => {
    expect(isOverdue(action('a', { due: { kind: 'date', date: '2025-01-09' } }), '2025-01-10')).toBe(true);
    expect(isOverdue(action('a', { due: { kind: 'date', date: '2025-01-10' } }), '2025-01-10')).toBe(false);
    expect(isOverdue(action('a', { due: { kind: 'date', date: '2025-01-09' }, status: 'done' }), '2025-01-10')).toBe(false);
    expect(isOverdue(action('a'), '2025-01-10')).toBe(false);
  });

  it('carries open actions of earlier meetings of the board into the next agenda', () => {
    const meetings = [
      meeting({ id: 'jan', date: '2025-01-10' }),
      meeting({ id: 'mar', date: '2025-03-10' }),
      meeting({ id: 'may', date: '2025-05-10' }),
      meeting({ id: 'other', boardId: 'b2', date: '2025-02-10' }),
    ];
    const actions: Record<string, ReturnType<typeof action>[]> = {
      jan: [action('j-open'), action('j-done', { status: 'done' })],
      mar: [action('m-progress', { status: 'in-progress' }), action('m-cancelled', { status: 'cancelled' })],
      may: [action('may-open')],
      other: [action('other-open')],
    };
    const carried = carriedForward(meetings[2]!, meetings, (id) => actions[id] ?? []);
    expect(carried.map((a) => a.id)).toEqual(['j-open', 'm-progress']);
  });
});

describe('votes', () => {
  it('bars a member with a disclosable pecuniary interest in the item, and no one else', () => {
    const declarations: Declaration[] = [
      {
        id: 'd1',
        meetingId: 'm1',
        itemId: 'i1',
        personId: 'p1',
        type: 'disclosable-pecuniary',
        nature: 'Spouse employed',
        leftTheRoom: true,
        createdAt: '',
        updatedAt: '',
      },
      {
        id: 'd2',
        meetingId: 'm1',
        itemId: 'i1',
        personId: 'p2',
        type: 'other-registrable',
        nature: 'Trustee',
        leftTheRoom: false,
        createdAt: '',
        updatedAt: '',
      },
    ];
    expect(barredFromVote('p1', 'i1', declarations)?.id).toBe('d1');
    expect(barredFromVote('p1', 'i2', declarations)).toBeUndefined();
    expect(barredFromVote('p2', 'i1', declarations)).toBeUndefined();
  });

  it('counts a recorded vote', () => {
    expect(
      countVotes([
        { personId: 'a', vote: 'for' },
        { personId: 'b', vote: 'against' },
        { personId: 'c', vote: 'for' },
      ]),
    ).toEqual({
      for: 2,
      against: 1,
      abstain: 0,
    });
  });
});

describe('British formats', () => {
  it('writes dates and times as councils print them', () => {
    expect(formatLongDate('2024-12-05')).toBe('Thursday 5 December 2024');
    expect(formatTime('14:00')).toBe('2.00 pm');
    expect(formatTime('09:30')).toBe('9.30 am');
    expect(formatTime('12:00')).toBe('12.00 pm');
  });

  it('takes today’s date in London, across the clock change', () => {
    expect(londonDate('2025-06-30T23:30:00Z')).toBe('2025-07-01');
    expect(londonDate('2025-12-31T23:30:00Z')).toBe('2025-12-31');
  });
});
