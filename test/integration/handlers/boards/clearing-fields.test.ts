import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting, Person } from '../../../../shared/model';
import { harness, type Harness } from '../../../support/temp-backend';

let h: Harness;
beforeEach(() => {
  h = harness();
});
afterEach(() => h.dispose());

const LOGO_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

async function setUp(): Promise<{ boardId: string; chair: Person; member: Person; meeting: Meeting }> {
  const board = await h.call('boards.create', {
    name: 'Riverside Co-production Board',
    shortCode: 'RCPB',
    kind: 'co-production-board',
    quorum: 2,
    organisation: 'Riverside Borough Council',
    clerk: { name: 'Michael Reid', email: 'clerk@riverside.example' },
    houseStyle: { logo: { mediaType: 'image/png', dataBase64: LOGO_PNG }, font: 'liberation-serif' },
  });
  const chair = await h.call('people.create', {
    name: 'Amina Okafor',
    kind: 'councillor',
    consentToBeNamed: true,
    organisation: 'Riverside Borough Council',
    jobTitle: 'Cabinet Member for Adult Social Care',
    email: 'amina.okafor@riverside.example',
  });
  const member = await h.call('people.create', { name: 'Dev Sharma', kind: 'expert-by-experience', consentToBeNamed: true });
  for (const person of [chair, member]) {
    await h.call('members.add', { boardId: board.id, personId: person.id, role: 'member', termStart: '2025-01-01' });
  }
  const meeting = await h.call('meetings.create', {
    boardId: board.id,
    title: 'Extraordinary meeting',
    date: '2025-06-10',
    startTime: '14:00',
    endTime: '16:00',
    venue: 'Committee Room 2, Town Hall',
    onlineLink: 'https://meet.example/riverside',
    withStandardItems: false,
  });
  return { boardId: board.id, chair, member, meeting };
}

const detail = (meetingId: string) => h.call('meetings.get', { id: meetingId, carriedActions: false });

describe('a patch with null clears an optional field', () => {
  it('clears a meeting’s end time, venue, online link and title, and keeps the rest', async () => {
    const { meeting } = await setUp();
    await h.call('meetings.update', { id: meeting.id, patch: { endTime: null, venue: null, onlineLink: null, title: null } });
    h.reopen();
    const read = (await detail(meeting.id)).meeting;
    expect(read).not.toHaveProperty('endTime');
    expect(read).not.toHaveProperty('venue');
    expect(read).not.toHaveProperty('onlineLink');
    expect(read).not.toHaveProperty('title');
    expect(read).toMatchObject({ date: '2025-06-10', startTime: '14:00' });
  });

  it('leaves a field alone when the patch leaves it out', async () => {
    const { meeting } = await setUp();
    await h.call('meetings.update', { id: meeting.id, patch: { venue: 'Library' } });
    expect((await detail(meeting.id)).meeting).toMatchObject({ venue: 'Library', endTime: '16:00', title: 'Extraordinary meeting' });
  });

  it('refuses null for a meeting’s date, which every meeting has', async () => {
    const { meeting } = await setUp();
    const refusal = await h.refusal('meetings.update', { id: meeting.id, patch: { date: null } });
    expect(refusal.code).toBe('invalid_input');
    expect(refusal.path).toBe('patch.date');
    expect((await detail(meeting.id)).meeting.date).toBe('2025-06-10');
  });

  it('clears an item’s presenter, presenting person, time allowance and easy-read summary', async () => {
    const { meeting, chair } = await setUp();
    const item = await h.call('agenda.add', {
      meetingId: meeting.id,
      title: 'Carers’ breaks',
      purpose: 'decision',
      presenter: 'Head of Commissioning',
      presenterPersonId: chair.id,
      timeAllowanceMinutes: 20,
      easyReadSummary: 'We will decide how carers get a break.',
    });
    await h.call('agenda.update', {
      meetingId: meeting.id,
      id: item.id,
      patch: { presenter: null, presenterPersonId: null, timeAllowanceMinutes: null, easyReadSummary: null },
    });
    h.reopen();
    const read = (await detail(meeting.id)).items.find((i) => i.id === item.id);
    expect(read).toMatchObject({ title: 'Carers’ breaks', purpose: 'decision' });
    for (const field of ['presenter', 'presenterPersonId', 'timeAllowanceMinutes', 'easyReadSummary']) expect(read).not.toHaveProperty(field);
  });

  it('clears a decision’s “recommended to” once it is no longer a recommendation, and refuses it while it is', async () => {
    const { meeting } = await setUp();
    const item = await h.call('agenda.add', { meetingId: meeting.id, title: 'Budget', purpose: 'decision' });
    const decision = await h.call('resolutions.add', {
      meetingId: meeting.id,
      itemId: item.id,
      kind: 'RECOMMENDED',
      recommendedTo: 'Cabinet',
      parts: ['That the budget be approved.'],
    });
    const refusal = await h.refusal('resolutions.update', { meetingId: meeting.id, id: decision.id, patch: { recommendedTo: null } });
    expect(refusal).toMatchObject({ code: 'invalid_input', message: 'Say which body the recommendation goes to', path: 'recommendedTo' });
    await h.call('resolutions.update', { meetingId: meeting.id, id: decision.id, patch: { kind: 'RESOLVED', recommendedTo: null } });
    const read = (await detail(meeting.id)).resolutions.find((r) => r.id === decision.id);
    expect(read?.kind).toBe('RESOLVED');
    expect(read).not.toHaveProperty('recommendedTo');
  });

  it('clears a decision’s vote counts', async () => {
    const { meeting } = await setUp();
    const item = await h.call('agenda.add', { meetingId: meeting.id, title: 'Budget', purpose: 'decision' });
    const decision = await h.call('resolutions.add', {
      meetingId: meeting.id,
      itemId: item.id,
      kind: 'RESOLVED',
      parts: ['That the budget be approved.'],
      vote: { for: 5, against: 2, abstain: 1 },
    });
    await h.call('resolutions.update', { meetingId: meeting.id, id: decision.id, patch: { vote: null } });
    h.reopen();
    const read = (await detail(meeting.id)).resolutions.find((r) => r.id === decision.id);
    expect(read).not.toHaveProperty('vote');
    expect(read?.parts.map((p) => p.text)).toEqual(['That the budget be approved.']);
  });

  it('clears a recorded vote, keeping its counts unless they are cleared too', async () => {
    const { meeting, chair, member } = await setUp();
    const item = await h.call('agenda.add', { meetingId: meeting.id, title: 'Budget', purpose: 'decision' });
    const recordedVote = [
      { personId: chair.id, vote: 'for' as const },
      { personId: member.id, vote: 'against' as const },
    ];
    const vote = { for: 1, against: 1, abstain: 0 };
    const first = await h.call('resolutions.add', {
      meetingId: meeting.id,
      itemId: item.id,
      kind: 'RESOLVED',
      parts: ['That A.'],
      recordedVote,
      vote,
    });
    const second = await h.call('resolutions.add', {
      meetingId: meeting.id,
      itemId: item.id,
      kind: 'RESOLVED',
      parts: ['That B.'],
      recordedVote,
      vote,
    });
    await h.call('resolutions.update', { meetingId: meeting.id, id: first.id, patch: { recordedVote: null } });
    await h.call('resolutions.update', { meetingId: meeting.id, id: second.id, patch: { recordedVote: null, vote: null } });
    const read = (await detail(meeting.id)).resolutions;
    const one = read.find((r) => r.id === first.id);
    const two = read.find((r) => r.id === second.id);
    expect(one).not.toHaveProperty('recordedVote');
    expect(one?.vote).toEqual({ for: 1, against: 1, abstain: 0 });
    expect(two).not.toHaveProperty('recordedVote');
    expect(two).not.toHaveProperty('vote');
  });

  it('clears an action’s due date, even after the minutes are signed', async () => {
    const { meeting } = await setUp();
    const action = await h.call('actions.add', {
      meetingId: meeting.id,
      text: 'Write to carers about the new breaks scheme',
      owner: { kind: 'organisation', name: 'Adult Social Care' },
      due: { kind: 'date', date: '2025-07-01' },
    });
    await h.call('actions.update', { meetingId: meeting.id, id: action.id, patch: { due: null } });
    h.reopen();
    const read = (await detail(meeting.id)).actions.find((a) => a.id === action.id);
    expect(read).not.toHaveProperty('due');
    expect(read?.text).toBe('Write to carers about the new breaks scheme');
  });

  it('clears a person’s organisation, job title and email', async () => {
    const { chair } = await setUp();
    await h.call('people.update', { id: chair.id, patch: { organisation: null, jobTitle: null, email: null } });
    h.reopen();
    const read = (await h.call('people.list', {})).find((p) => p.id === chair.id);
    expect(read).toMatchObject({ name: 'Amina Okafor', kind: 'councillor' });
    for (const field of ['organisation', 'jobTitle', 'email']) expect(read).not.toHaveProperty(field);
  });

  it('clears a board’s organisation, clerk and house style', async () => {
    const { boardId } = await setUp();
    await h.call('boards.update', { id: boardId, patch: { organisation: null, clerk: null, houseStyle: null } });
    h.reopen();
    const read = await h.call('boards.get', { id: boardId });
    expect(read).toMatchObject({ name: 'Riverside Co-production Board', quorum: 2 });
    for (const field of ['organisation', 'clerk', 'houseStyle']) expect(read).not.toHaveProperty(field);
  });

  it('returns a board to the shipped plain English list when its own list is set to null', async () => {
    const { boardId } = await setUp();
    await h.call('boards.update', { id: boardId, patch: { plainEnglishWords: [{ avoid: 'utilise', instead: 'use' }] } });
    expect((await h.call('boards.get', { id: boardId })).plainEnglishWords).toEqual([{ avoid: 'utilise', instead: 'use' }]);
    await h.call('boards.update', { id: boardId, patch: { plainEnglishWords: null } });
    expect(await h.call('boards.get', { id: boardId })).not.toHaveProperty('plainEnglishWords');
  });
});
