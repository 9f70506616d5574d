import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Board, Meeting, Person } from '../../../../shared/model';
import { harness, type Harness } from '../../../support/temp-backend';

let h: Harness;
let board: Board;
let chair: Person;
beforeEach(async () => {
  h = harness();
  // Today is 1 June 2025; the board's records go back to 2024.
  board = await h.call('boards.create', {
    name: 'Adult Social Care Partnership Board',
    shortCode: 'ASCPB',
    kind: 'partnership-board',
    quorum: 3,
    minuteNumbering: { template: '{n}.', restart: 'municipal-year', yearStarts: [{ year: 2024, first: 45 }] },
  });
  chair = await h.call('people.create', { name: 'Cllr Amina Okafor', kind: 'councillor', consentToBeNamed: true });
});
afterEach(() => {
  vi.restoreAllMocks();
  h.dispose();
});

const pastMeeting = (date = '2024-09-12'): Promise<Meeting> =>
  h.call('meetings.create', { boardId: board.id, date, startTime: '14:00', historic: true });

describe('entering a meeting that has already happened', () => {
  it('creates it as held and historic, with the standard items to minute, and no agenda to publish', async () => {
    const meeting = await pastMeeting();
    expect(meeting.status).toBe('held');
    expect(meeting.historic).toEqual({ enteredAt: '2025-06-01T09:00:00.000Z' });
    expect(meeting.agendaPublishedAt).toBeUndefined();
    const detail = await h.call('meetings.get', { id: meeting.id });
    expect(detail.items.length).toBeGreaterThan(0);
    // Minutes are written the normal way before it is signed.
    const item = detail.items[0];
    if (item === undefined) throw new Error('no item');
    await h.call('minutes.save', { meetingId: meeting.id, itemId: item.id, text: 'Apologies were received from Sam Reid.' });
    await h.call('actions.add', {
      meetingId: meeting.id,
      itemId: item.id,
      text: 'Write to the trust',
      owner: { kind: 'organisation', name: 'Democratic Services' },
    });
  });

  it('corrects the date of a meeting entered after it happened, but never into the future', async () => {
    const meeting = await pastMeeting();
    expect((await h.call('meetings.update', { id: meeting.id, patch: { date: '2024-09-13' } })).date).toBe('2024-09-13');
    const refused = await h.refusal('meetings.update', { id: meeting.id, patch: { date: '2025-06-02' } });
    expect(refused).toMatchObject({ code: 'invalid_input', path: 'patch.date' });
  });

  it('refuses a meeting from the future as one that has already happened', async () => {
    const refused = await h.refusal('meetings.create', { boardId: board.id, date: '2025-06-02', startTime: '14:00', historic: true });
    expect(refused).toMatchObject({ code: 'invalid_input', path: 'date' });
  });
});

describe('recording a past approval and signature', () => {
  it('numbers the minutes from the year’s first number, signs and locks them, in one commit', async () => {
    const meeting = await pastMeeting();
    const commits = vi.spyOn(h.backend.repository, 'commit');
    const signed = await h.call('minutes.recordPastApproval', {
      meetingId: meeting.id,
      signature: { name: 'Cllr Amina Okafor', personId: chair.id, signedOn: '2024-10-17' },
      atMeetingOn: '2024-10-17',
    });
    expect(commits).toHaveBeenCalledTimes(1);
    expect(signed.status).toBe('minutes-signed');
    expect(signed.historic).toEqual(meeting.historic);
    expect(signed.approval).toEqual({
      atMeetingOn: '2024-10-17',
      approvedAt: '2025-06-01T09:00:00.000Z',
      signature: { name: 'Cllr Amina Okafor', personId: chair.id, signedOn: '2024-10-17' },
    });
    const detail = await h.call('meetings.get', { id: meeting.id });
    expect(detail.items.map((i) => i.minuteNumber).filter((n) => n !== undefined)[0]).toBe(45);
    // Signed minutes are locked.
    const item = detail.items[0];
    if (item === undefined) throw new Error('no item');
    expect((await h.refusal('minutes.save', { meetingId: meeting.id, itemId: item.id, text: 'Changed' })).code).toBe('locked');
  });

  it('signs minutes already drafted, without the approving meeting’s day', async () => {
    const meeting = await pastMeeting();
    await h.call('minutes.draft', { meetingId: meeting.id });
    const signed = await h.call('minutes.recordPastApproval', { meetingId: meeting.id, signature: { name: 'Jo Bloggs', signedOn: '2024-11-01' } });
    expect(signed.approval?.atMeetingOn).toBeUndefined();
    expect(signed.approval?.signature).toEqual({ name: 'Jo Bloggs', signedOn: '2024-11-01' });
  });

  it('refuses, changing nothing, a signature before the meeting or after today, an approving day out of order, and an unknown signer', async () => {
    const meeting = await pastMeeting();
    const before = JSON.stringify(await h.call('meetings.get', { id: meeting.id }));
    const cases = [
      [{ signature: { name: 'A', signedOn: '2024-09-11' } }, 'signature.signedOn'],
      [{ signature: { name: 'A', signedOn: '2025-06-02' } }, 'signature.signedOn'],
      [{ signature: { name: 'A', signedOn: '2024-10-17' }, atMeetingOn: '2024-09-12' }, 'atMeetingOn'],
      [{ signature: { name: 'A', signedOn: '2024-10-17' }, atMeetingOn: '2024-10-18' }, 'signature.signedOn'],
      [{ signature: { name: 'A', personId: 'nobody', signedOn: '2024-10-17' } }, 'signature.personId'],
    ] as const;
    for (const [fields, path] of cases) {
      const refused = await h.refusal('minutes.recordPastApproval', { meetingId: meeting.id, ...fields });
      expect(refused.path).toBe(path);
    }
    expect(JSON.stringify(await h.call('meetings.get', { id: meeting.id }))).toBe(before);
  });

  it('refuses minutes already signed, a meeting not yet held, and an unknown meeting', async () => {
    const meeting = await pastMeeting();
    const signature = { name: 'Jo Bloggs', signedOn: '2024-11-01' };
    await h.call('minutes.recordPastApproval', { meetingId: meeting.id, signature });
    expect((await h.refusal('minutes.recordPastApproval', { meetingId: meeting.id, signature })).code).toBe('locked');
    const upcoming = await h.call('meetings.create', { boardId: board.id, date: '2025-07-01', startTime: '14:00' });
    expect((await h.refusal('minutes.recordPastApproval', { meetingId: upcoming.id, signature })).code).toBe('invalid_transition');
    expect((await h.refusal('minutes.recordPastApproval', { meetingId: 'nope', signature })).code).toBe('not_found');
  });

  it('continues the year’s numbering at the next historic meeting', async () => {
    const first = await pastMeeting('2024-09-12');
    await h.call('minutes.recordPastApproval', { meetingId: first.id, signature: { name: 'Jo Bloggs', signedOn: '2024-11-01' } });
    const firstNumbers = (await h.call('meetings.get', { id: first.id })).items.flatMap((i) =>
      i.minuteNumber === undefined ? [] : [i.minuteNumber],
    );
    const second = await pastMeeting('2024-11-01');
    await h.call('minutes.draft', { meetingId: second.id });
    const secondNumbers = (await h.call('meetings.get', { id: second.id })).items.flatMap((i) =>
      i.minuteNumber === undefined ? [] : [i.minuteNumber],
    );
    expect(secondNumbers[0]).toBe(Math.max(...firstNumbers) + 1);
  });
});
