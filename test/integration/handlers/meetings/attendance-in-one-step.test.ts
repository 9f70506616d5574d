import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgendaItem, Meeting, Person } from '../../../../shared/model';
import { harness, type Harness } from '../../../support/temp-backend';

let h: Harness;
let meeting: Meeting;
let item: AgendaItem;
let people: Person[];
beforeEach(async () => {
  h = harness();
  const board = await h.call('boards.create', { name: 'Riverside Co-production Board', shortCode: 'RCPB', kind: 'co-production-board', quorum: 2 });
  people = [];
  for (const name of ['Amina Okafor', 'Dev Sharma', 'Grace Whitfield']) {
    people.push(await h.call('people.create', { name, kind: 'councillor', consentToBeNamed: true }));
  }
  meeting = await h.call('meetings.create', { boardId: board.id, date: '2025-06-10', startTime: '14:00' });
  item = await h.call('agenda.add', { meetingId: meeting.id, title: 'Carers’ breaks', purpose: 'decision' });
});
afterEach(() => {
  vi.restoreAllMocks();
  h.dispose();
});

const ids = (): string[] => people.map((p) => p.id);

describe('attendance changes of several steps, each as one change', () => {
  it('marks everyone not yet recorded as present in one commit, keeping what is recorded of the others', async () => {
    const [okafor] = people as [Person, Person, Person];
    await h.call('attendance.set', { meetingId: meeting.id, personId: okafor.id, status: 'present', note: 'Chaired' });
    const commits = vi.spyOn(h.backend.repository, 'commit');
    const marked = await h.call('attendance.markPresent', { meetingId: meeting.id, personIds: ids() });
    expect(commits).toHaveBeenCalledTimes(1);
    expect(marked.map((a) => a.status)).toEqual(['present', 'present', 'present']);
    const detail = await h.call('meetings.get', { id: meeting.id });
    expect(detail.attendance.map((a) => [a.personId, a.status, a.note])).toEqual([
      [okafor.id, 'present', 'Chaired'],
      [people[1]?.id, 'present', undefined],
      [people[2]?.id, 'present', undefined],
    ]);
  });

  it('marks nobody when one of them is unknown', async () => {
    const refused = await h.refusal('attendance.markPresent', { meetingId: meeting.id, personIds: [...ids(), 'no-such-person'] });
    expect(refused).toMatchObject({ code: 'not_found', path: 'personIds.3' });
    expect((await h.call('meetings.get', { id: meeting.id })).attendance).toEqual([]);
  });

  it('takes back the last arrival or departure and keeps the rest of the record', async () => {
    const [okafor] = people as [Person, Person, Person];
    const first = await h.call('attendance.set', { meetingId: meeting.id, personId: okafor.id, status: 'present', note: 'Chaired' });
    await h.call('attendance.recordMovement', { meetingId: meeting.id, personId: okafor.id, kind: 'arrived', itemId: item.id });
    await h.call('attendance.recordMovement', { meetingId: meeting.id, personId: okafor.id, kind: 'left', itemId: item.id });
    const undone = await h.call('attendance.undoMovement', { meetingId: meeting.id, personId: okafor.id });
    expect(undone).toMatchObject({ id: first.id, status: 'present', note: 'Chaired', movements: [{ kind: 'arrived', itemId: item.id }] });
    await h.call('attendance.undoMovement', { meetingId: meeting.id, personId: okafor.id });
    const nothingLeft = await h.refusal('attendance.undoMovement', { meetingId: meeting.id, personId: okafor.id });
    expect(nothingLeft.code).toBe('conflict');
  });
});

describe('what the clerk says of the attendance as a whole', () => {
  it('keeps the word that no apologies were received, and the minute taker, and refuses the word while apologies are recorded', async () => {
    const [okafor, sharma] = people as [Person, Person, Person];
    const said = await h.call('meetings.update', {
      id: meeting.id,
      patch: { noApologiesReceived: true, minuteTaker: 'Michael Reid, Democratic Services' },
    });
    expect(said).toMatchObject({ noApologiesReceived: true, minuteTaker: 'Michael Reid, Democratic Services' });

    // Apologies recorded afterwards take the word back, in the same commit as the apologies.
    const commits = vi.spyOn(h.backend.repository, 'commit');
    await h.call('attendance.set', { meetingId: meeting.id, personId: okafor.id, status: 'apologies' });
    expect(commits).toHaveBeenCalledTimes(1);
    expect((await h.call('meetings.get', { id: meeting.id })).meeting.noApologiesReceived).toBeUndefined();

    const refused = await h.refusal('meetings.update', { id: meeting.id, patch: { noApologiesReceived: true } });
    expect(refused).toMatchObject({ code: 'conflict', path: 'patch.noApologiesReceived' });
    expect((await h.call('meetings.get', { id: meeting.id })).meeting.noApologiesReceived).toBeUndefined();

    // Observers may come and go too; a movement may be before or after its item.
    await h.call('attendance.set', { meetingId: meeting.id, personId: sharma.id, status: 'observer' });
    const moved = await h.call('attendance.recordMovement', {
      meetingId: meeting.id,
      personId: sharma.id,
      kind: 'left',
      itemId: item.id,
      when: 'after',
    });
    expect(moved.movements).toEqual([{ kind: 'left', itemId: item.id, when: 'after' }]);
  });

  it('keeps a person’s initials, and refuses initials that are not letters', async () => {
    const [okafor] = people as [Person, Person, Person];
    expect(await h.call('people.update', { id: okafor.id, patch: { initials: 'AO' } })).toMatchObject({ initials: 'AO' });
    const refused = await h.refusal('people.update', { id: okafor.id, patch: { initials: 'a1' } });
    expect(refused).toMatchObject({ code: 'invalid_input', path: 'patch.initials' });
    expect((await h.call('people.update', { id: okafor.id, patch: { initials: null } })).initials).toBeUndefined();
  });
});
