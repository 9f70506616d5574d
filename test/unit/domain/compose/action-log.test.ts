import { describe, expect, it } from 'vitest';
import type { Runs } from '../../../../shared/document/model';
import { docText } from '../../../../shared/document/text';
import { actionAsAt } from '../../../../shared/domain/actions';
import { composeActionLog } from '../../../../shared/domain/compose/action-log';
import type { ActionLogData, ActionLogEntry } from '../../../../shared/domain/compose/meeting-data';
import { actionLogSheet } from '../../../../shared/domain/compose/registers';
import { action, board } from '../../../support/builders';
import { PEOPLE } from './meeting-fixture';

const at = (date: string): string => `${date}T10:00:00.000Z`;

const entries: ActionLogEntry[] = [
  {
    action: action('a1', {
      text: 'Print the carers’ leaflet',
      owner: { kind: 'initials', initials: 'JB' },
      due: { kind: 'month', month: '2027-02' },
      references: ['A23/04'],
      status: 'done',
      createdAt: at('2027-01-12'),
      history: [
        { at: at('2027-02-01'), date: '2027-02-01', status: 'in-progress', note: 'Quotes requested' },
        { at: at('2027-03-20'), date: '2027-03-20', status: 'done', note: 'Printed and sent' },
      ],
    }),
    meetingDate: '2027-01-12',
    minuteLabel: '23.',
    otherMinuteLabels: ['24.'],
    fromPrivateItem: false,
  },
  {
    action: action('a2', {
      text: 'Bring the risk register',
      owner: { kind: 'tbc' },
      due: { kind: 'next-meeting' },
      createdAt: at('2027-01-12'),
    }),
    meetingDate: '2027-01-12',
    nextMeetingDate: '2027-03-09',
    fromPrivateItem: false,
  },
  {
    action: action('a3', {
      text: 'Agree the charging policy',
      due: { kind: 'words', words: 'before the budget is set' },
      createdAt: at('2027-01-12'),
    }),
    meetingDate: '2027-01-12',
    fromPrivateItem: false,
  },
  {
    action: action('a4', { text: 'Raised later', createdAt: at('2027-03-15') }),
    meetingDate: '2027-03-15',
    fromPrivateItem: false,
  },
];

const data = (today: string, asAt?: string): ActionLogData => {
  const shown =
    asAt === undefined ? entries : entries.filter((e) => e.meetingDate <= asAt).map((e) => ({ ...e, action: actionAsAt(e.action, asAt) }));
  return { audience: 'private', board: board(), people: PEOPLE, today, recentDays: 90, entries: shown, ...(asAt === undefined ? {} : { asAt }) };
};

const rowsOf = (doc: ReturnType<typeof composeActionLog>): string[][] => {
  const table = doc.blocks.find((b) => b.kind === 'table');
  return table?.kind === 'table' ? table.rows.map((r) => r.map((c: Runs) => c.map((x) => x.text).join(''))) : [];
};

describe('an action log of actions as councils record them', () => {
  it('prints owners by initials or "To be confirmed", due months, next meetings and words, and every reference', () => {
    const doc = composeActionLog(data('2027-03-01', '2027-03-01'));
    expect(rowsOf(doc)).toEqual([
      [
        'February 2027',
        'Print the carers’ leaflet',
        'JB',
        'Tuesday 12 January 2027, minutes 23, 24 (ref. A23/04)',
        'Overdue. Latest update, Monday 1 February 2027: Quotes requested',
      ],
      ['Next meeting (Tuesday 9 March 2027)', 'Bring the risk register', 'To be confirmed', 'Tuesday 12 January 2027', 'Open'],
      ['before the budget is set', 'Agree the charging policy', 'Riverside Community Voice', 'Tuesday 12 January 2027', 'Open'],
    ]);
    expect(docText(doc)).toContain('3 open actions, 1 of them overdue.');
    // Today the leaflet is done: closed, with its outcome.
    const today = docText(composeActionLog(data('2027-03-25')));
    expect(today).toContain('Saturday 20 March 2027');
    expect(today).toContain('Done: Printed and sent');
    expect(today).toContain('Tuesday 12 January 2027, minutes 23, 24 (ref. A23/04)');
  });

  it('as at a past day: the status then, no later updates, no later actions, and the day in the heading', () => {
    const doc = composeActionLog(data('2027-03-01', '2027-03-01'));
    const text = docText(doc);
    expect(text).toContain('Action log: Riverside Co-production Board, as at Monday 1 March 2027');
    expect(text).not.toContain('Printed and sent');
    expect(text).not.toContain('Raised later');
    expect(rowsOf(doc)[0]?.[4]).toBe('Overdue. Latest update, Monday 1 February 2027: Quotes requested');
    expect(doc.meta.title).toBe('Action log: Riverside Co-production Board, as at Monday 1 March 2027');
  });

  it('after the next meeting has passed, calls an action due then overdue; words never', () => {
    const rows = rowsOf(composeActionLog(data('2027-03-10', '2027-03-10')));
    expect(rows.find((r) => r[1] === 'Bring the risk register')?.[4]).toBe('Overdue');
    expect(rows.find((r) => r[1] === 'Agree the charging policy')?.[4]).toBe('Open');
  });

  it('gives the references and the due as written in the spreadsheet', () => {
    const sheet = actionLogSheet(data('2027-03-01'));
    const leaflet = sheet.rows.find((r) => r.includes('Print the carers’ leaflet'));
    expect(leaflet?.slice(2, 4)).toEqual(['23, 24', 'A23/04']);
    expect(leaflet).toContain('2027-02');
    expect(sheet.rows.find((r) => r.includes('Agree the charging policy'))).toContain('before the budget is set');
  });
});
