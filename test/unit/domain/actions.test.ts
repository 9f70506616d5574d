import { describe, expect, it } from 'vitest';
import { actionAsAt, dueBy, isOverdue, lastDayOfMonth, nextMeetingAfter, ownerLabel, statusOn } from '../../../shared/domain/actions';
import {
  actionMinuteCell,
  actionOwner,
  dueCell,
  dueWords,
  latestUpdateWords,
  monthWords,
  referenceWords,
} from '../../../shared/domain/compose/action-words';
import { peopleIndex } from '../../../shared/domain/compose/people';
import { Action } from '../../../shared/model';
import { action, meeting } from '../../support/builders';
import { PEOPLE } from './compose/meeting-fixture';

const update = (date: string, status: Action['status'], note?: string): Action['history'][number] => ({
  at: `${date}T10:00:00.000Z`,
  date,
  status,
  ...(note === undefined ? {} : { note }),
});

describe('when an action is due', () => {
  it('knows the last day of a day, a month and a scheduled next meeting, and none for words', () => {
    expect(dueBy({ kind: 'date', date: '2027-03-05' })).toBe('2027-03-05');
    expect(dueBy({ kind: 'month', month: '2027-02' })).toBe('2027-02-28');
    expect(dueBy({ kind: 'month', month: '2028-02' })).toBe('2028-02-29');
    expect(dueBy({ kind: 'next-meeting' })).toBeUndefined();
    expect(dueBy({ kind: 'next-meeting' }, { nextMeetingDate: '2027-04-01' })).toBe('2027-04-01');
    expect(dueBy({ kind: 'words', words: 'before the budget is set' })).toBeUndefined();
    expect(lastDayOfMonth('2027-12')).toBe('2027-12-31');
  });

  it('calls a month overdue only after the month ends', () => {
    const march = action('a', { due: { kind: 'month', month: '2027-03' } });
    expect(isOverdue(march, '2027-03-31')).toBe(false);
    expect(isOverdue(march, '2027-04-01')).toBe(true);
  });

  it('calls "next meeting" overdue once that meeting has passed, and never when none is scheduled', () => {
    const next = action('a', { due: { kind: 'next-meeting' } });
    expect(isOverdue(next, '2030-01-01')).toBe(false);
    expect(isOverdue(next, '2027-04-01', { nextMeetingDate: '2027-04-01' })).toBe(false);
    expect(isOverdue(next, '2027-04-02', { nextMeetingDate: '2027-04-01' })).toBe(true);
  });

  it('never calls words overdue, nor a closed action', () => {
    expect(isOverdue(action('a', { due: { kind: 'words', words: 'before the budget is set' } }), '2099-01-01')).toBe(false);
    expect(isOverdue(action('a', { due: { kind: 'date', date: '2020-01-01' }, status: 'done' }), '2027-01-01')).toBe(false);
  });

  it('finds the board’s next meeting after the one that raised it, leaving out cancelled meetings and other boards', () => {
    const raised = meeting({ id: 'm1', date: '2027-01-10' });
    const cancelled = meeting({ id: 'm2', date: '2027-02-10', status: 'cancelled' });
    const other = meeting({ id: 'm3', date: '2027-02-11', boardId: 'other' });
    const next = meeting({ id: 'm4', date: '2027-03-10' });
    const later = meeting({ id: 'm5', date: '2027-04-10' });
    expect(nextMeetingAfter(raised, [later, next, cancelled, other, raised])?.id).toBe('m4');
    expect(nextMeetingAfter(later, [raised, next, later])).toBeUndefined();
  });

  it('prints each kind as the council writes it', () => {
    expect(dueWords(undefined)).toBe('No date set');
    expect(dueWords({ kind: 'date', date: '2027-03-05' })).toBe('Friday 5 March 2027');
    expect(dueWords({ kind: 'month', month: '2027-03' })).toBe('March 2027');
    expect(dueWords({ kind: 'next-meeting' })).toBe('Next meeting');
    expect(dueWords({ kind: 'next-meeting' }, '2027-04-01')).toBe('Next meeting (Thursday 1 April 2027)');
    expect(dueWords({ kind: 'words', words: 'before the budget is set' })).toBe('before the budget is set');
    expect(monthWords('2026-12')).toBe('December 2026');
    expect(dueCell({ kind: 'month', month: '2027-03' })).toBe('2027-03');
    expect(dueCell({ kind: 'next-meeting' })).toBe('Next meeting');
  });
});

describe('who owns an action', () => {
  it('is a person by name, initials as given, an organisation, or "To be confirmed"', () => {
    const index = peopleIndex(PEOPLE);
    expect(actionOwner({ kind: 'person', personId: 'p-officer' }, index)).toBe('Helen Carter');
    expect(actionOwner({ kind: 'initials', initials: 'JB' }, index)).toBe('JB');
    expect(actionOwner({ kind: 'organisation', name: 'NHS Riverside' }, index)).toBe('NHS Riverside');
    expect(actionOwner({ kind: 'tbc' }, index)).toBe('To be confirmed');
    expect(ownerLabel({ kind: 'tbc' }, new Map())).toBe('To be confirmed');
    expect(ownerLabel({ kind: 'initials', initials: 'J.B.' }, new Map())).toBe('J.B.');
  });

  it('refuses initials that are not letters, saying where', () => {
    const parsed = Action.safeParse({ ...action('a'), owner: { kind: 'initials', initials: '12' } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['owner', 'initials'], message: 'Initials are letters, such as JB or J.B.' });
  });
});

describe('references', () => {
  it('joins the minutes it was raised against and the council’s own references', () => {
    expect(referenceWords(['23.', '24.'], ['A23/04'])).toBe('23, 24; A23/04');
    expect(referenceWords([], ['A23/04', 'R7'])).toBe('A23/04, R7');
    expect(referenceWords(['23.'], undefined)).toBe('23');
    expect(referenceWords([], undefined)).toBe('');
  });

  it('fills the minutes’ Minute cell with every item and reference, or "General"', () => {
    const labels = new Map([
      ['i1', '23'],
      ['i2', '24'],
    ]);
    expect(actionMinuteCell({ itemId: 'i1', otherItemIds: ['i2'], references: ['A23/04'] }, labels)).toBe('23, 24; A23/04');
    expect(actionMinuteCell({ itemId: 'i1' }, labels)).toBe('23');
    expect(actionMinuteCell({ references: ['A23/04'] }, labels)).toBe('A23/04');
    expect(actionMinuteCell({}, labels)).toBe('General');
  });
});

describe('an action as at a day', () => {
  const tracked = action('a', {
    createdAt: '2027-01-10T12:00:00.000Z',
    status: 'done',
    history: [update('2027-02-01', 'in-progress', 'Quotes requested'), update('2027-03-01', 'done', 'Leaflet printed')],
  });

  it('has the status it had then, from the history, and only the updates made by then', () => {
    expect(statusOn(tracked, '2027-01-20')).toBe('open');
    expect(statusOn(tracked, '2027-02-01')).toBe('in-progress');
    expect(statusOn(tracked, '2027-03-01')).toBe('done');
    const then = actionAsAt(tracked, '2027-02-15');
    expect(then.status).toBe('in-progress');
    expect(then.history.map((h) => h.note)).toEqual(['Quotes requested']);
    expect(latestUpdateWords(then)).toBe('Latest update, Monday 1 February 2027: Quotes requested');
  });

  it('keeps the status of an action that has no history, as nothing else is known', () => {
    expect(statusOn(action('b', { status: 'in-progress' }), '2020-01-01')).toBe('in-progress');
  });
});
