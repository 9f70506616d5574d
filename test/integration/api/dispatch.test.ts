import { Buffer } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../../support/temp-backend';

let h: Harness;
beforeEach(() => {
  h = harness();
});
afterEach(() => h.dispose());

describe('dispatch', () => {
  it('refuses an unknown method', async () => {
    expect(await h.refusal('meetings.explode' as never, {})).toMatchObject({ code: 'unknown_method' });
  });

  it('names the path of invalid input', async () => {
    const refused = await h.refusal('boards.create', { name: 'X', shortCode: '1bad', kind: 'committee', quorum: 3 });
    expect(refused).toMatchObject({ code: 'invalid_input', path: 'shortCode' });
    expect(refused.message).toBe('Use 1 to 12 letters, digits or hyphens, starting with a letter');
    const nested = await h.refusal('boards.create', {
      name: 'X',
      shortCode: 'X',
      kind: 'committee',
      quorum: 3,
      standardItems: [{ kind: 'apologies', title: '', purpose: 'information', position: 'opening' }],
    });
    expect(nested.path).toBe('standardItems.0.title');
  });

  it('refuses a second board with the same short code', async () => {
    await h.call('boards.create', { name: 'Health and Wellbeing Board', shortCode: 'HWB', kind: 'health-and-wellbeing-board', quorum: 4 });
    expect(await h.refusal('boards.create', { name: 'Other', shortCode: 'hwb', kind: 'committee', quorum: 2 })).toMatchObject({
      code: 'conflict',
      path: 'shortCode',
    });
  });

  it('answers not_found for records that do not exist', async () => {
    expect(await h.refusal('meetings.get', { id: 'nope' })).toMatchObject({ code: 'not_found', path: 'id' });
  });

  it('keeps past members in history while listing current ones by default', async () => {
    const board = await h.call('boards.create', { name: 'Panel', shortCode: 'P', kind: 'committee', quorum: 2 });
    const past = await h.call('people.create', { name: 'Robert Fenwick', kind: 'expert-by-experience', consentToBeNamed: true });
    const now = await h.call('people.create', { name: 'Maya Ellis', kind: 'expert-by-experience', consentToBeNamed: false });
    await h.call('members.add', { boardId: board.id, personId: past.id, role: 'member', termStart: '2024-01-01', termEnd: '2025-01-31' });
    const m = await h.call('members.add', { boardId: board.id, personId: now.id, role: 'observer', termStart: '2025-01-01' });
    expect(m.voting).toBe(false);
    expect((await h.call('members.list', { boardId: board.id })).map((v) => v.person.name)).toEqual(['Maya Ellis']);
    expect((await h.call('members.list', { boardId: board.id, includePast: true })).map((v) => [v.person.name, v.current])).toEqual([
      ['Maya Ellis', true],
      ['Robert Fenwick', false],
    ]);
    expect(now.publicName).toBe('Maya Ellis');
  });

  it('moves and nests agenda items, refusing to put an item inside itself', async () => {
    const board = await h.call('boards.create', { name: 'Panel', shortCode: 'P', kind: 'committee', quorum: 2 });
    const meeting = await h.call('meetings.create', { boardId: board.id, date: '2025-06-10', startTime: '10:00', withStandardItems: false });
    const a = await h.call('agenda.add', { meetingId: meeting.id, title: 'A', purpose: 'discussion' });
    const b = await h.call('agenda.add', { meetingId: meeting.id, title: 'B', purpose: 'discussion' });
    const c = await h.call('agenda.add', { meetingId: meeting.id, title: 'C', purpose: 'discussion' });
    const moved = await h.call('agenda.move', { meetingId: meeting.id, id: c.id, parentId: a.id, index: 0 });
    expect(moved.map((i) => `${i.number} ${i.title}`)).toEqual(['1 A', '1.1 C', '2 B']);
    expect(await h.refusal('agenda.move', { meetingId: meeting.id, id: a.id, parentId: c.id, index: 0 })).toMatchObject({ code: 'conflict' });
    expect(b.order).toBe(1);
  });

  it('will not remove an item that holds a decision, so nothing is lost', async () => {
    const board = await h.call('boards.create', { name: 'Panel', shortCode: 'P', kind: 'committee', quorum: 2 });
    const meeting = await h.call('meetings.create', { boardId: board.id, date: '2025-06-10', startTime: '10:00', withStandardItems: false });
    const a = await h.call('agenda.add', { meetingId: meeting.id, title: 'A', purpose: 'decision' });
    await h.call('resolutions.add', { meetingId: meeting.id, itemId: a.id, kind: 'AGREED', parts: ['That it be agreed.'] });
    const refused = await h.refusal('agenda.remove', { meetingId: meeting.id, id: a.id });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toContain('1 decision');
    expect((await h.call('meetings.get', { id: meeting.id })).items).toHaveLength(1);
  });

  it('requires the body a recommendation goes to', async () => {
    const board = await h.call('boards.create', { name: 'Panel', shortCode: 'P', kind: 'committee', quorum: 2 });
    const meeting = await h.call('meetings.create', { boardId: board.id, date: '2025-06-10', startTime: '10:00' });
    const item = (await h.call('meetings.get', { id: meeting.id })).items[0]!;
    const refused = await h.refusal('resolutions.add', {
      meetingId: meeting.id,
      itemId: item.id,
      kind: 'RECOMMENDED',
      parts: ['That Cabinet adopt it.'],
    });
    expect(refused).toMatchObject({ code: 'invalid_input', path: 'recommendedTo' });
  });

  it('stores attachments by content hash and reads them back', async () => {
    const board = await h.call('boards.create', { name: 'Panel', shortCode: 'P', kind: 'committee', quorum: 2 });
    const meeting = await h.call('meetings.create', { boardId: board.id, date: '2025-06-10', startTime: '10:00' });
    const item = (await h.call('meetings.get', { id: meeting.id })).items[0]!;
    const data = Buffer.from('%PDF-1.7 report').toString('base64');
    const att = await h.call('attachments.add', {
      meetingId: meeting.id,
      itemId: item.id,
      originalName: 'report.pdf',
      mediaType: 'application/pdf',
      dataBase64: data,
    });
    expect(att.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await h.call('meetings.get', { id: meeting.id })).items[0]!.attachmentIds).toEqual([att.id]);
    h.reopen();
    const read = await h.call('attachments.read', { meetingId: meeting.id, id: att.id });
    expect(read.file).toMatchObject({ fileName: 'report.pdf', mediaType: 'application/pdf', byteLength: Buffer.from(data, 'base64').byteLength });
    expect(h.bytes(read.file).toString('base64')).toBe(data);
  });
});
