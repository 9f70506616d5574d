import { describe, expect, it } from 'vitest';
import { docText } from '../../../../shared/document/text';
import { numberAgenda } from '../../../../shared/domain';
import {
  composeYouSaidReport,
  describeTarget,
  filterYouSaid,
  outcomeWords,
  youSaidInPeriod,
  youSaidReport,
  youSaidSheet,
  type TargetRecords,
  type YouSaidView,
} from '../../../../shared/domain/you-said';
import type { Person, Resolution, YouSaidWeDid } from '../../../../shared/model';
import { action, board, item, meeting } from '../../../support/builders';

const T = '2025-01-01T10:00:00.000Z';

function entry(id: string, raisedOn: string, outcome: YouSaidWeDid['outcome'], overrides: Partial<YouSaidWeDid> = {}): YouSaidWeDid {
  return {
    id,
    boardId: 'b1',
    target: { kind: 'item', meetingId: 'm1', recordId: 'i1' },
    said: `Said ${id}`,
    raised: { meetingId: 'm1', on: raisedOn, raiserKind: 'expert-by-experience' },
    outcome,
    createdAt: T,
    updatedAt: T,
    ...overrides,
  };
}

const decision: Resolution = {
  id: 'r1',
  meetingId: 'm1',
  itemId: 'i1',
  order: 0,
  kind: 'RESOLVED',
  parts: [{ id: 'p1', text: 'That a workshop be arranged with carers.' }],
  reference: 'RCPB/2025/7-1',
  createdAt: T,
  updatedAt: T,
};

const RECORDS: TargetRecords = {
  meeting: meeting({ date: '2025-06-10' }),
  items: numberAgenda([
    item('i1', 0, { title: 'Carers’ breaks' }),
    item('i2', 1, { title: 'The Acme homecare contract', confidentiality: { access: 'exempt', category: 3 } }),
  ]),
  resolutions: [decision],
  actions: [action('a1', { text: 'Write to Janet Morley about the workshop', itemId: 'i1' }), action('a2', { text: 'Write to Acme', itemId: 'i2' })],
};

describe('filtering "you said, we did" by period and outcome', () => {
  const entries = [
    entry('raised-before-done-in', '2024-11-05', { status: 'done', text: 'Leaflet rewritten', on: '2025-06-01' }),
    entry('raised-in-open', '2025-07-15', { status: 'open' }),
    entry('raised-in-not-possible', '2025-06-10', { status: 'not-possible', text: 'The budget was cut', on: '2025-09-01' }),
    entry('all-before', '2024-10-01', { status: 'done', on: '2024-12-01' }),
    entry('after', '2026-06-01', { status: 'open' }),
  ];

  it('takes what was raised in the period, or whose outcome was recorded in it, oldest first', () => {
    expect(filterYouSaid(entries, { from: '2025-05-01', to: '2026-04-30' }).map((e) => e.id)).toEqual([
      'raised-before-done-in',
      'raised-in-not-possible',
      'raised-in-open',
    ]);
  });

  it('filters by outcome', () => {
    expect(filterYouSaid(entries, { from: '2025-05-01', to: '2026-04-30', status: 'open' }).map((e) => e.id)).toEqual(['raised-in-open']);
    expect(filterYouSaid(entries, { status: 'done' }).map((e) => e.id)).toEqual(['all-before', 'raised-before-done-in']);
  });

  it('takes everything when no period is given, and treats an open end as open', () => {
    expect(entries.every((e) => youSaidInPeriod(e))).toBe(true);
    expect(filterYouSaid(entries, { from: '2026-01-01' }).map((e) => e.id)).toEqual(['after']);
    expect(filterYouSaid(entries, { to: '2024-10-31' }).map((e) => e.id)).toEqual(['all-before']);
  });
});

describe('describing what an entry is linked to', () => {
  it('names an item by its number, a decision by its reference and an action by its words', () => {
    expect(describeTarget({ kind: 'item', meetingId: 'm1', recordId: 'i1' }, RECORDS)).toMatchObject({
      label: 'Item 1: Carers’ breaks',
      meetingDate: '2025-06-10',
      fromPrivateItem: false,
    });
    expect(describeTarget({ kind: 'resolution', meetingId: 'm1', recordId: 'r1' }, RECORDS).label).toBe(
      'Decision RCPB/2025/7-1: RESOLVED: That a workshop be arranged with carers.',
    );
    expect(describeTarget({ kind: 'action', meetingId: 'm1', recordId: 'a1' }, RECORDS).label).toBe(
      'Action: Write to Janet Morley about the workshop',
    );
  });

  it('marks what belongs to an item taken in private, and what has since been removed', () => {
    expect(describeTarget({ kind: 'action', meetingId: 'm1', recordId: 'a2' }, RECORDS).fromPrivateItem).toBe(true);
    expect(describeTarget({ kind: 'item', meetingId: 'm1', recordId: 'gone' }, RECORDS)).toMatchObject({
      missing: true,
      label: 'An item since removed from the agenda',
    });
  });
});

describe('the "you said, we did" report', () => {
  const janet: Person = {
    id: 'janet',
    name: 'Janet Morley',
    publicName: 'Janet Morley',
    consentToBeNamed: false,
    kind: 'carer',
    accessNeeds: [],
    training: [],
    createdAt: T,
    updatedAt: T,
  };
  const view = (e: YouSaidWeDid): YouSaidView => ({
    ...e,
    targetView: describeTarget(e.target, RECORDS),
    ...(e.raised.meetingId === undefined ? {} : { raisedMeetingDate: '2025-06-10' }),
  });
  const views = [
    view(
      entry(
        'e1',
        '2025-06-10',
        { status: 'done', text: 'Janet Morley was sent the plan', on: '2025-07-01' },
        { target: { kind: 'action', meetingId: 'm1', recordId: 'a1' }, said: 'Carers need breaks at short notice' },
      ),
    ),
    view(
      entry(
        'e2',
        '2025-06-10',
        { status: 'not-possible', text: 'The contract runs to 2027', on: '2025-08-01' },
        {
          target: { kind: 'item', meetingId: 'm1', recordId: 'i2' },
          said: 'Change the homecare provider',
          raised: { on: '2025-05-20', raiserKind: 'carer' },
        },
      ),
    ),
    view(entry('e3', '2025-07-01', { status: 'open' }, { boardId: 'another-board' })),
  ];

  it('says what was said, who raised it by kind, where it was taken up and what was done', () => {
    const report = youSaidReport({
      board: board(),
      entries: views,
      people: [janet],
      period: { from: '2025-05-01', to: '2026-04-30' },
      audience: 'private',
    });
    expect(report.entries.map((e) => e.id)).toEqual(['e2', 'e1']);
    const text = docText(composeYouSaidReport({ board: board(), report }));
    expect(text).toContain('You said, we did: Riverside Co-production Board');
    expect(text).toContain('2 things raised: 1 done, 0 changed, 1 not possible and 0 not yet done.');
    expect(text).toContain(
      'Carers need breaks at short notice\nRaised by an expert by experience at the meeting on Tuesday 10 June 2025\nAction: Write to Janet Morley about the workshop (Tuesday 10 June 2025)\nDone: Janet Morley was sent the plan (Tuesday 1 July 2025)',
    );
    expect(text).toContain('Not possible, because the contract runs to 2027 (Friday 1 August 2025)');
    expect(text).toContain('Not for publication: this report includes items taken in private.');
  });

  it('in public, hides what was taken in private and the names of people who have not agreed to be named', () => {
    const report = youSaidReport({ board: board(), entries: views, people: [janet], period: {}, audience: 'public' });
    const text = docText(composeYouSaidReport({ board: board(), report }));
    expect(text).not.toContain('Janet Morley');
    expect(text).not.toContain('Acme');
    expect(text).toContain('Action: Write to a carer about the workshop');
    expect(text).toContain('An item taken in private (Tuesday 10 June 2025)');
    expect(text).toContain('Raised by a carer outside a meeting, on Tuesday 20 May 2025');
    expect(text).not.toContain('Not for publication');
  });

  it('gives one spreadsheet row per entry', () => {
    const sheet = youSaidSheet(youSaidReport({ board: board(), entries: views, people: [janet], period: {}, audience: 'public' }));
    expect(sheet.header).toEqual([
      'Board',
      'Raised on',
      'Raised at meeting',
      'Raised by',
      'You said',
      'Taken up in',
      'Meeting of',
      'Outcome',
      'What we did',
      'Outcome date',
    ]);
    expect(sheet.rows[0]).toEqual([
      'Riverside Co-production Board',
      '2025-05-20',
      '',
      'Carer',
      'Change the homecare provider',
      'An item taken in private',
      '2025-06-10',
      'Not possible',
      'The contract runs to 2027',
      '2025-08-01',
    ]);
  });

  it('words each outcome', () => {
    expect(outcomeWords({ status: 'open' })).toBe('Not yet done');
    expect(outcomeWords({ status: 'changed', text: 'The meeting moved to the evening' })).toBe('Changed: The meeting moved to the evening');
  });
});
