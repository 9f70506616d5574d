import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Board, Meeting, Person } from '../../../../shared/model';
import { harness, type Harness } from '../../../support/temp-backend';

let h: Harness;
beforeEach(() => {
  h = harness();
  h.clock.set('2025-06-01T09:00:00.000Z');
});
afterEach(() => h.dispose());

type Setup = { readonly board: Board; readonly maya: Person; readonly tom: Person; readonly asha: Person; readonly meeting: Meeting };

/** A board of three, two of whom need adjustments, and a meeting on 10 June. */
async function setUp(): Promise<Setup> {
  const board = await h.call('boards.create', { name: 'Carers Board', shortCode: 'CB', kind: 'co-production-board', quorum: 2 });
  const maya = await h.call('people.create', {
    name: 'Maya Ellis',
    kind: 'expert-by-experience',
    consentToBeNamed: true,
    accessNeeds: [{ kind: 'bsl-interpreter' }, { kind: 'papers-emailed-early', detail: 'A week before' }],
  });
  const tom = await h.call('people.create', {
    name: 'Tom Baker',
    kind: 'carer',
    consentToBeNamed: false,
    accessNeeds: [{ kind: 'step-free-access' }],
  });
  const asha = await h.call('people.create', { name: 'Asha Patel', kind: 'councillor', consentToBeNamed: true });
  await h.call('members.add', { boardId: board.id, personId: maya.id, role: 'co-chair', termStart: '2025-01-01' });
  await h.call('members.add', { boardId: board.id, personId: tom.id, role: 'member', termStart: '2025-01-01' });
  await h.call('members.add', { boardId: board.id, personId: asha.id, role: 'co-chair', termStart: '2025-01-01' });
  const meeting = await h.call('meetings.create', { boardId: board.id, date: '2025-06-10', startTime: '14:00' });
  return { board, maya, tom, asha, meeting };
}

describe('a meeting’s access checklist', () => {
  it('lists the needs of the members expected, none arranged at first', async () => {
    const { meeting, maya } = await setUp();
    const list = await h.call('access.checklist', { meetingId: meeting.id });
    expect(list.meeting).toMatchObject({ id: meeting.id, boardName: 'Carers Board', date: '2025-06-10', status: 'draft' });
    expect(list.canArrange).toBe(true);
    expect(list.people.map((p) => [p.name, p.role, p.needs.map((n) => n.need)])).toEqual([
      ['Maya Ellis', 'co-chair', ['bsl-interpreter', 'papers-emailed-early']],
      ['Tom Baker', 'member', ['step-free-access']],
    ]);
    expect(list.people[0]?.personId).toBe(maya.id);
    expect(list).toMatchObject({ expected: 3, total: 3, unmet: 3 });
  });

  it('records an arrangement, then changes the same line rather than adding another', async () => {
    const { meeting, maya } = await setUp();
    const first = await h.call('access.arrange', {
      meetingId: meeting.id,
      personId: maya.id,
      need: 'bsl-interpreter',
      arranged: true,
      note: 'Booked through Signworks',
    });
    expect(first).toMatchObject({
      meetingId: meeting.id,
      personId: maya.id,
      need: 'bsl-interpreter',
      arranged: true,
      note: 'Booked through Signworks',
    });

    h.clock.set('2025-06-02T09:00:00.000Z');
    // Unticking keeps the note when none is sent.
    const second = await h.call('access.arrange', { meetingId: meeting.id, personId: maya.id, need: 'bsl-interpreter', arranged: false });
    expect(second).toMatchObject({
      id: first.id,
      arranged: false,
      note: 'Booked through Signworks',
      createdAt: first.createdAt,
      updatedAt: '2025-06-02T09:00:00.000Z',
    });
    // An empty note clears it.
    const third = await h.call('access.arrange', { meetingId: meeting.id, personId: maya.id, need: 'bsl-interpreter', arranged: true, note: '' });
    expect(third.note).toBeUndefined();

    h.reopen();
    const list = await h.call('access.checklist', { meetingId: meeting.id });
    expect(list.people[0]?.needs[0]).toEqual({ need: 'bsl-interpreter', arranged: true, updatedAt: '2025-06-02T09:00:00.000Z' });
    expect(list).toMatchObject({ total: 3, unmet: 2 });
    expect((await h.call('data.export', {})).accessArrangements).toHaveLength(1);
  });

  it('drops a member who sends apologies, and brings back their arrangements if they come after all', async () => {
    const { meeting, tom } = await setUp();
    await h.call('access.arrange', { meetingId: meeting.id, personId: tom.id, need: 'step-free-access', arranged: true });
    await h.call('attendance.set', { meetingId: meeting.id, personId: tom.id, status: 'apologies' });
    let list = await h.call('access.checklist', { meetingId: meeting.id });
    expect(list.people.map((p) => p.name)).toEqual(['Maya Ellis']);
    expect(list).toMatchObject({ expected: 2, total: 2, unmet: 2 });

    await h.call('attendance.set', { meetingId: meeting.id, personId: tom.id, status: 'present' });
    list = await h.call('access.checklist', { meetingId: meeting.id });
    expect(list.people.find((p) => p.name === 'Tom Baker')?.needs).toEqual([
      { need: 'step-free-access', arranged: true, updatedAt: '2025-06-01T09:00:00.000Z' },
    ]);
  });

  it('follows the needs on the person’s record, edited through people.update', async () => {
    const { meeting, asha } = await setUp();
    await h.call('people.update', {
      id: asha.id,
      patch: { accessNeeds: [{ kind: 'hearing-loop' }, { kind: 'other', detail: 'A seat near the door' }] },
    });
    const list = await h.call('access.checklist', { meetingId: meeting.id });
    expect(list.people.find((p) => p.name === 'Asha Patel')?.needs).toEqual([
      { need: 'hearing-loop', arranged: false },
      { need: 'other', detail: 'A seat near the door', arranged: false },
    ]);
    expect(list).toMatchObject({ total: 5, unmet: 5 });
  });

  it('refuses a need the person has not told us of, and someone not expected', async () => {
    const { meeting, maya, asha } = await setUp();
    const unknownNeed = await h.refusal('access.arrange', { meetingId: meeting.id, personId: maya.id, need: 'large-print', arranged: true });
    expect(unknownNeed).toMatchObject({ code: 'invalid_input', path: 'need', message: 'Maya Ellis has not told us of a need for “Large print”.' });
    await h.call('attendance.set', { meetingId: meeting.id, personId: maya.id, status: 'apologies' });
    const away = await h.refusal('access.arrange', { meetingId: meeting.id, personId: maya.id, need: 'bsl-interpreter', arranged: true });
    expect(away).toMatchObject({ code: 'invalid_input', path: 'personId' });
    expect(away.message).toContain('Maya Ellis is not expected at this meeting');
    const stranger = await h.refusal('access.arrange', { meetingId: meeting.id, personId: 'nobody', need: 'bsl-interpreter', arranged: true });
    expect(stranger.code).toBe('not_found');
    expect((await h.refusal('access.checklist', { meetingId: 'nowhere' })).code).toBe('not_found');
    expect(asha.accessNeeds).toEqual([]);
  });

  it('allows arranging after the agenda is published, but not for a cancelled meeting', async () => {
    const { meeting, maya, board } = await setUp();
    await h.call('agenda.add', { meetingId: meeting.id, title: 'Carers’ breaks', purpose: 'discussion' });
    await h.call('meetings.publishAgenda', { id: meeting.id });
    await h.call('access.arrange', { meetingId: meeting.id, personId: maya.id, need: 'bsl-interpreter', arranged: true });

    const other = await h.call('meetings.create', { boardId: board.id, date: '2025-07-10', startTime: '14:00' });
    await h.call('meetings.cancel', { id: other.id, reason: 'Not enough business' });
    const list = await h.call('access.checklist', { meetingId: other.id });
    expect(list.canArrange).toBe(false);
    expect(list.why).toContain('Cancelled');
    const refusal = await h.refusal('access.arrange', { meetingId: other.id, personId: maya.id, need: 'bsl-interpreter', arranged: true });
    expect(refusal.code).toBe('conflict');
  });
  it('records after the meeting what was in place, and keeps the checklist as it stood once the minutes are signed', async () => {
    const { meeting, maya, board } = await setUp();
    await h.call('agenda.add', { meetingId: meeting.id, title: 'Carers’ breaks', purpose: 'discussion' });
    await h.call('meetings.publishAgenda', { id: meeting.id });
    h.clock.set('2025-06-10T16:00:00.000Z');
    await h.call('meetings.hold', { id: meeting.id });
    await h.call('access.arrange', { meetingId: meeting.id, personId: maya.id, need: 'bsl-interpreter', arranged: true, note: 'Interpreter came' });
    await h.call('minutes.draft', { meetingId: meeting.id });
    const next = await h.call('meetings.create', { boardId: board.id, date: '2025-07-15', startTime: '14:00' });
    await h.call('meetings.publishAgenda', { id: next.id });
    await h.call('minutes.approve', {
      meetingId: meeting.id,
      atMeetingId: next.id,
      signature: { name: 'Maya Ellis', personId: maya.id, signedOn: '2025-07-15' },
    });

    const list = await h.call('access.checklist', { meetingId: meeting.id });
    expect(list).toMatchObject({ canArrange: false, total: 3, unmet: 2 });
    expect(list.why).toContain('signed');
    expect(list.people[0]?.needs[0]).toMatchObject({ need: 'bsl-interpreter', arranged: true, note: 'Interpreter came' });
    const refusal = await h.refusal('access.arrange', { meetingId: meeting.id, personId: maya.id, need: 'papers-emailed-early', arranged: true });
    expect(refusal.code).toBe('locked');
  });
});

describe('term-end reminders', () => {
  it('lists terms ending within 60 days and terms that ran out, for one board or all', async () => {
    const { board, maya, tom, asha } = await setUp();
    const other = await h.call('boards.create', { name: 'Health Board', shortCode: 'HB', kind: 'committee', quorum: 3 });
    const mayaTerm = (await h.call('members.list', { boardId: board.id })).find((m) => m.person.id === maya.id)?.membership;
    if (mayaTerm === undefined) throw new Error('Maya has no membership');
    await h.call('members.update', { id: mayaTerm.id, patch: { termEnd: '2025-07-15' } });
    // Appointed last year for a term that has since run out.
    h.clock.set('2024-01-01T09:00:00.000Z');
    await h.call('members.add', { boardId: other.id, personId: tom.id, role: 'member', termStart: '2024-01-01', termEnd: '2025-05-20' });
    h.clock.set('2025-06-01T09:00:00.000Z');
    // Ended on the day it is recorded: the clerk has dealt with it.
    const ashaTerm = (await h.call('members.list', { boardId: board.id })).find((m) => m.person.id === asha.id)?.membership;
    if (ashaTerm === undefined) throw new Error('Asha has no membership');
    await h.call('members.update', { id: ashaTerm.id, patch: { termEnd: '2025-05-31' } });

    const all = await h.call('members.termReminders', {});
    expect(all.map((r) => [r.personName, r.boardName, r.state, r.termEnd, r.daysLeft])).toEqual([
      ['Tom Baker', 'Health Board', 'ended', '2025-05-20', -12],
      ['Maya Ellis', 'Carers Board', 'ending', '2025-07-15', 44],
    ]);
    expect(all[1]).toMatchObject({ role: 'co-chair', personKind: 'expert-by-experience' });
    expect((await h.call('members.termReminders', { boardId: board.id })).map((r) => r.personName)).toEqual(['Maya Ellis']);
    expect((await h.refusal('members.termReminders', { boardId: 'nowhere' })).code).toBe('not_found');
  });

  it('stops reminding once the term is renewed or its end confirmed', async () => {
    const { board, maya } = await setUp();
    const term = (await h.call('members.list', { boardId: board.id })).find((m) => m.person.id === maya.id)?.membership;
    if (term === undefined) throw new Error('Maya has no membership');
    await h.call('members.update', { id: term.id, patch: { termEnd: '2025-06-20' } });
    h.clock.set('2025-07-01T09:00:00.000Z');
    expect((await h.call('members.termReminders', { boardId: board.id })).map((r) => r.state)).toEqual(['ended']);
    // Confirming: saving the membership again after its last day.
    await h.call('members.update', { id: term.id, patch: { termEnd: '2025-06-20' } });
    expect(await h.call('members.termReminders', { boardId: board.id })).toEqual([]);

    await h.call('members.update', { id: term.id, patch: { termEnd: '2025-07-31' } });
    expect((await h.call('members.termReminders', { boardId: board.id })).map((r) => r.state)).toEqual(['ending']);
    await h.call('members.add', { boardId: board.id, personId: maya.id, role: 'co-chair', termStart: '2025-08-01' });
    expect(await h.call('members.termReminders', { boardId: board.id })).toEqual([]);
  });
});
