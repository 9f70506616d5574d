import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgendaItem, Meeting, Person } from '../../../shared/model';
import { harness, type Harness } from '../../support/temp-backend';

let h: Harness;
let meeting: Meeting;
let item: AgendaItem;
let member: Person;
beforeEach(async () => {
  h = harness();
  const board = await h.call('boards.create', { name: 'Riverside Co-production Board', shortCode: 'RCPB', kind: 'co-production-board', quorum: 2 });
  member = await h.call('people.create', { name: 'Amina Okafor', kind: 'councillor', consentToBeNamed: true });
  meeting = await h.call('meetings.create', { boardId: board.id, date: '2025-06-10', startTime: '14:00' });
  item = await h.call('agenda.add', { meetingId: meeting.id, title: 'Carers’ breaks', purpose: 'decision' });
});
afterEach(() => h.dispose());

describe('every write through the contract, checked for references to nothing', () => {
  it('refuses to remove an item that someone left the meeting at, naming the record, and keeps the item', async () => {
    await h.call('attendance.set', { meetingId: meeting.id, personId: member.id, status: 'present' });
    const moved = await h.call('attendance.recordMovement', { meetingId: meeting.id, personId: member.id, kind: 'left', itemId: item.id });
    const refusal = await h.refusal('agenda.remove', { meetingId: meeting.id, id: item.id });
    expect(refusal).toMatchObject({ code: 'invalid_input', path: 'movements.0.itemId' });
    expect(refusal.message).toBe(
      `This change was not saved: This refers to an agenda item (${item.id}) that is not in the store. (attendance ${moved.id}, movements.0.itemId)`,
    );
    expect((await h.call('meetings.get', { id: meeting.id })).items.map((i) => i.id)).toContain(item.id);
  });

  it('lets a change through where the store already had the problem, so an old store can still be worked on', async () => {
    // As an old version or a hand edit might have left it: the presenter is a person the store does not have.
    h.backend.repository.commit([{ type: 'put', collection: 'agendaItems', record: { ...item, presenterPersonId: 'gone' } }]);
    const renamed = await h.call('agenda.update', { meetingId: meeting.id, id: item.id, patch: { title: 'Short breaks for carers' } });
    expect(renamed.title).toBe('Short breaks for carers');
  });
});
