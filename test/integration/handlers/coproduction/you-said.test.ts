import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../../../support/temp-backend';

let h: Harness;
beforeEach(() => {
  h = harness();
  h.clock.set('2025-06-01T09:00:00.000Z');
});
afterEach(() => h.dispose());

async function setUp() {
  const board = await h.call('boards.create', { name: 'Carers Board', shortCode: 'CB', kind: 'co-production-board', quorum: 2 });
  const other = await h.call('boards.create', { name: 'Health Board', shortCode: 'HB', kind: 'committee', quorum: 2 });
  const janet = await h.call('people.create', { name: 'Janet Morley', kind: 'carer', consentToBeNamed: false });
  const june = await h.call('meetings.create', { boardId: board.id, date: '2025-06-10', startTime: '14:00' });
  const item = await h.call('agenda.add', { meetingId: june.id, title: 'Carers’ breaks', purpose: 'decision' });
  const secret = await h.call('agenda.add', {
    meetingId: june.id,
    title: 'The Acme homecare contract',
    purpose: 'decision',
    confidentiality: { access: 'exempt', category: 3 },
  });
  const decision = await h.call('resolutions.add', {
    meetingId: june.id,
    itemId: item.id,
    kind: 'RESOLVED',
    parts: ['That a workshop be arranged with carers.'],
  });
  const action = await h.call('actions.add', {
    meetingId: june.id,
    itemId: item.id,
    text: 'Send Janet Morley the plan',
    owner: { kind: 'organisation', name: 'Adult Social Care' },
  });
  const elsewhere = await h.call('meetings.create', { boardId: other.id, date: '2025-06-12', startTime: '10:00' });
  return { board, other, janet, june, item, secret, decision, action, elsewhere };
}

describe('"you said, we did"', () => {
  it('links what was said to an item, decision or action, and describes the link', async () => {
    const { board, june, item, decision, action } = await setUp();
    await h.call('youSaid.create', {
      boardId: board.id,
      target: { kind: 'item', meetingId: june.id, recordId: item.id },
      said: 'Breaks at short notice',
      raised: { meetingId: june.id, raiserKind: 'carer' },
    });
    await h.call('youSaid.create', {
      boardId: board.id,
      target: { kind: 'resolution', meetingId: june.id, recordId: decision.id },
      said: 'Hold a workshop',
      raised: { on: '2025-05-02', raiserKind: 'expert-by-experience' },
    });
    const created = await h.call('youSaid.create', {
      boardId: board.id,
      target: { kind: 'action', meetingId: june.id, recordId: action.id },
      said: 'Tell carers what happens next',
      raised: { meetingId: june.id, raiserKind: 'carer' },
    });
    expect(created).toMatchObject({ raised: { meetingId: june.id, on: '2025-06-10', raiserKind: 'carer' }, outcome: { status: 'open' } });
    const list = await h.call('youSaid.list', { boardId: board.id });
    expect(list.map((e) => [e.said, e.targetView.label, e.raisedMeetingDate ?? null])).toEqual([
      ['Hold a workshop', 'Decision: RESOLVED: That a workshop be arranged with carers.', null],
      ['Breaks at short notice', 'Item 5: Carers’ breaks', '2025-06-10'],
      ['Tell carers what happens next', 'Action: Send Janet Morley the plan', '2025-06-10'],
    ]);
  });

  it('records the outcome, dated today unless told, and refuses "not possible" without a reason', async () => {
    const { board, june, item } = await setUp();
    const entry = await h.call('youSaid.create', {
      boardId: board.id,
      target: { kind: 'item', meetingId: june.id, recordId: item.id },
      said: 'Meet in the evening',
      raised: { meetingId: june.id, raiserKind: 'expert-by-experience' },
    });
    const refusal = await h.refusal('youSaid.recordOutcome', { id: entry.id, outcome: { status: 'not-possible', text: '   ' } });
    expect(refusal).toMatchObject({ code: 'invalid_input', path: 'outcome.text' });
    expect(refusal.message).toMatch(/Say why/);
    h.clock.set('2025-07-01T09:00:00.000Z');
    const changed = await h.call('youSaid.recordOutcome', { id: entry.id, outcome: { status: 'changed', text: 'Meetings now start at 5.00 pm' } });
    expect(changed.outcome).toEqual({ status: 'changed', text: 'Meetings now start at 5.00 pm', on: '2025-07-01' });
    const notPossible = await h.call('youSaid.recordOutcome', {
      id: entry.id,
      outcome: { status: 'not-possible', text: 'The building closes at 6.00 pm', on: '2025-07-20' },
    });
    expect(notPossible.outcome).toEqual({ status: 'not-possible', text: 'The building closes at 6.00 pm', on: '2025-07-20' });
    h.reopen();
    expect((await h.call('youSaid.list', { boardId: board.id, status: 'not-possible' })).map((e) => e.id)).toEqual([entry.id]);
    expect(await h.call('youSaid.list', { boardId: board.id, status: 'open' })).toEqual([]);
  });

  it('refuses links to another board’s meetings or to records that are not there', async () => {
    const { board, june, elsewhere } = await setUp();
    const raised = { meetingId: june.id, raiserKind: 'carer' } as const;
    expect(
      await h.refusal('youSaid.create', { boardId: board.id, target: { kind: 'item', meetingId: elsewhere.id, recordId: 'x' }, said: 'x', raised }),
    ).toMatchObject({ code: 'invalid_input', path: 'target.meetingId' });
    expect(
      await h.refusal('youSaid.create', { boardId: board.id, target: { kind: 'action', meetingId: june.id, recordId: 'nope' }, said: 'x', raised }),
    ).toMatchObject({ code: 'not_found', path: 'target.recordId' });
    expect(
      await h.refusal('youSaid.create', { boardId: board.id, target: { kind: 'item', meetingId: june.id, recordId: 'nope' }, said: '', raised }),
    ).toMatchObject({ code: 'invalid_input' });
    expect(
      await h.refusal('youSaid.create', {
        boardId: board.id,
        target: { kind: 'item', meetingId: june.id, recordId: 'x' },
        said: 'x',
        raised: { raiserKind: 'carer' },
      }),
    ).toMatchObject({ code: 'not_found' });
  });

  it('edits what was said and removes an entry', async () => {
    const { board, june, item, decision } = await setUp();
    const entry = await h.call('youSaid.create', {
      boardId: board.id,
      target: { kind: 'item', meetingId: june.id, recordId: item.id },
      said: 'Brakes',
      raised: { meetingId: june.id, raiserKind: 'carer' },
    });
    const edited = await h.call('youSaid.update', {
      id: entry.id,
      patch: { said: 'Breaks', target: { kind: 'resolution', meetingId: june.id, recordId: decision.id } },
    });
    expect(edited).toMatchObject({ said: 'Breaks', target: { kind: 'resolution', recordId: decision.id } });
    expect(await h.call('youSaid.remove', { id: entry.id })).toEqual({ removed: [entry.id] });
    expect(await h.refusal('youSaid.remove', { id: entry.id })).toMatchObject({ code: 'not_found' });
  });

  it('reports a period for publication: private items and unconsented names hidden', async () => {
    const { board, june, secret, action } = await setUp();
    await h.call('youSaid.create', {
      boardId: board.id,
      target: { kind: 'item', meetingId: june.id, recordId: secret.id },
      said: 'Change provider',
      raised: { meetingId: june.id, raiserKind: 'carer' },
      outcome: { status: 'done', on: '2025-06-20' },
    });
    await h.call('youSaid.create', {
      boardId: board.id,
      target: { kind: 'action', meetingId: june.id, recordId: action.id },
      said: 'Keep us informed',
      raised: { meetingId: june.id, raiserKind: 'carer' },
    });
    await h.call('youSaid.create', {
      boardId: board.id,
      target: { kind: 'action', meetingId: june.id, recordId: action.id },
      said: 'Last year’s point',
      raised: { on: '2024-06-01', raiserKind: 'carer' },
    });
    const report = await h.call('youSaid.report', { boardId: board.id, from: '2025-05-01', to: '2026-04-30' });
    expect(report.audience).toBe('public');
    expect(report.counts).toEqual({ open: 1, done: 1, changed: 0, 'not-possible': 0 });
    expect(report.entries.map((e) => e.targetView.label)).toEqual(['An item taken in private', 'Action: Send a carer the plan']);
    expect(JSON.stringify(report.entries.map((e) => [e.said, e.targetView.label, e.outcome]))).not.toMatch(/Acme|Janet/);
    const inPrivate = await h.call('youSaid.report', { boardId: board.id, audience: 'private' });
    expect(inPrivate.entries.map((e) => e.targetView.label).join('\n')).toMatch(/^Item \d+: The Acme homecare contract$/m);
  });
});
