import { describe, expect, it } from 'vitest';
import { docText } from '../../../../shared/document/text';
import { composeActionLog } from '../../../../shared/domain/compose/action-log';
import { composeAgenda } from '../../../../shared/domain/compose/agenda';
import { londonToUtc, meetingEvent } from '../../../../shared/domain/compose/calendar';
import { composeResolutionExtract, ExtractRefusal, findResolution } from '../../../../shared/domain/compose/extract';
import type { ActionLogData } from '../../../../shared/domain/compose/meeting-data';
import { publicActionLog, publicView } from '../../../../shared/domain/compose/public-view';
import { actionLogSheet, resolutionsSheet } from '../../../../shared/domain/compose/registers';
import { action, board } from '../../../support/builders';
import { EXEMPT_TITLE, meetingData, PEOPLE } from './meeting-fixture';

describe('composing an agenda', () => {
  it('has a front sheet, the membership and numbered items with purpose, presenter and time', () => {
    const text = docText(composeAgenda(meetingData()));
    expect(text).toContain('Agenda for the meeting of the Riverside Co-production Board to be held on Tuesday 3 December 2024 at 2.00 pm.');
    expect(text).toContain('Venue: Committee Room 2, Riverside Town Hall');
    expect(text).toContain('Quorum: 3 members');
    expect(text).toContain('Contact: Michael Reid, clerk@riverside.example');
    expect(text).toMatch(/Membership\nCllr Amina Okafor \(Chair\)/);
    expect(text).toContain('3. Carers’ breaks service redesign\nFor decision; presented by Helen Carter; 40 minutes.');
    expect(text).toContain('Recommendation:\nThat the report be noted.');
  });

  it('separates the private part, whose items the public agenda does not describe', () => {
    const privateText = docText(composeAgenda(meetingData()));
    expect(privateText).toContain('Part II: items to be considered in private');
    expect(privateText).toContain(`5. ${EXEMPT_TITLE}`);
    const publicText = docText(composeAgenda(publicView(meetingData())));
    expect(publicText).toContain('5. Item not for publication');
    expect(publicText).toMatch(/Not for publication: .*paragraph 3 of Part 1 of Schedule 12A/);
    expect(publicText).not.toContain(EXEMPT_TITLE);
    expect(publicText).not.toContain('That the extension be agreed.');
    expect(publicText).toContain('presented by a carer');
  });
});

describe('composing a resolution extract', () => {
  it('gives the board, meeting, minute, reference and exact words, certified by the clerk', () => {
    const data = meetingData();
    const doc = composeResolutionExtract(data, findResolution(data, 'rcpb/2024/25-1') ?? '');
    const text = docText(doc);
    expect(text).toContain('Extract from the minutes');
    expect(text).toContain('Meeting: Riverside Co-production Board, Tuesday 3 December 2024');
    expect(text).toContain('Minute: 25');
    expect(text).toContain('Reference: RCPB/2024/25-1');
    expect(text).toContain('That a workshop be arranged with carers.');
    expect(text).toContain('approved as a correct record at the meeting held on Tuesday 14 January 2025');
    expect(doc.blocks.at(-1)).toEqual({ kind: 'signature', role: 'Clerk', name: 'Michael Reid', date: 'Saturday 1 February 2025' });
    expect(text).not.toContain('Draft');
  });

  it('says "draft — not yet approved" until the minutes are signed', () => {
    const data = meetingData({ meeting: { ...meetingData().meeting, status: 'minutes-drafted', approval: undefined } });
    expect(docText(composeResolutionExtract(data, 'r1'))).toContain('Draft — not yet approved.');
  });

  it('refuses a decision taken in private from the public view', () => {
    const data = publicView(meetingData());
    expect(() => composeResolutionExtract(data, 'r2')).toThrow(ExtractRefusal);
  });
});

describe('composing an action log', () => {
  const data: ActionLogData = {
    audience: 'private',
    board: board(),
    people: PEOPLE,
    today: '2025-03-01',
    recentDays: 90,
    entries: [
      {
        action: action('a1', { text: 'Late action', due: { kind: 'date', date: '2025-02-01' } }),
        meetingDate: '2025-01-10',
        minuteLabel: '25.',
        fromPrivateItem: false,
      },
      {
        action: action('a2', { text: 'Later action', due: { kind: 'date', date: '2025-04-01' }, owner: { kind: 'person', personId: 'p-carer' } }),
        meetingDate: '2025-01-10',
        fromPrivateItem: false,
      },
      {
        action: action('a3', { text: 'Private action', due: { kind: 'date', date: '2025-04-01' } }),
        meetingDate: '2025-01-10',
        fromPrivateItem: true,
      },
      {
        action: action('a4', {
          text: 'Done action',
          status: 'done',
          history: [{ at: '2025-02-10T10:00:00.000Z', date: '2025-02-10', status: 'done', note: 'Sent.' }],
        }),
        meetingDate: '2024-11-01',
        fromPrivateItem: false,
      },
    ],
  };

  it('lists open actions by due date with the overdue marked, then the recently closed', () => {
    const doc = composeActionLog(data);
    const text = docText(doc);
    expect(text).toContain('3 open actions, 1 of them overdue.');
    const open = doc.blocks.find((b) => b.kind === 'table');
    expect(open?.kind === 'table' && open.rows.map((r) => r.map((c) => c.map((x) => x.text).join('')))).toEqual([
      ['Saturday 1 February 2025', 'Late action', 'Riverside Community Voice', 'Friday 10 January 2025, minute 25', 'Overdue'],
      ['Tuesday 1 April 2025', 'Later action', 'Janet Morley', 'Friday 10 January 2025', 'Open'],
      ['Tuesday 1 April 2025', 'Private action', 'Riverside Community Voice', 'Friday 10 January 2025', 'Open'],
    ]);
    expect(text).toContain('Done: Sent.');
  });

  it('leaves out actions from private items and unconsented names in the public log', () => {
    const text = docText(composeActionLog(publicActionLog(data)));
    expect(text).not.toContain('Private action');
    expect(text).not.toContain('Janet Morley');
    expect(text).toContain('A carer');
  });

  it('gives every action as a spreadsheet row with ISO dates', () => {
    const sheet = actionLogSheet(data);
    expect(sheet.header).toContain('Due');
    expect(sheet.rows[0]).toEqual(expect.arrayContaining(['Late action', '2025-02-01', 'Open', 'Yes']));
  });
});

describe('the resolutions register', () => {
  it('has one row per decision with its reference and words', () => {
    const data = meetingData();
    const sheet = resolutionsSheet({
      audience: 'private',
      board: data.board,
      people: data.people,
      entries: data.resolutions.map((resolution) => ({
        resolution,
        meetingDate: data.meeting.date,
        meetingStatus: 'minutes-signed',
        minuteLabel: '25.',
        itemTitle: 'Carers',
        fromPrivateItem: resolution.itemId === 'i-exempt',
      })),
    });
    expect(sheet.rows[0]).toEqual(
      expect.arrayContaining(['RCPB/2024/25-1', 'RESOLVED: (1) That the report be noted. (2) That a workshop be arranged with carers.', 'Approved']),
    );
  });
});

describe('the calendar event', () => {
  it('converts London time to UTC across the clock change', () => {
    expect(londonToUtc('2025-01-14', '14:00').toISOString()).toBe('2025-01-14T14:00:00.000Z');
    expect(londonToUtc('2025-06-10', '14:00').toISOString()).toBe('2025-06-10T13:00:00.000Z');
  });

  it('describes the meeting with its agenda, the private items unnamed in public', () => {
    const event = meetingEvent(publicView(meetingData()));
    expect(event.start).toEqual([2024, 12, 3, 14, 0]);
    expect(event.end).toEqual([2024, 12, 3, 16, 30]);
    expect(event.description).toContain('5. Item not for publication');
    expect(event.description).not.toContain(EXEMPT_TITLE);
  });
});
