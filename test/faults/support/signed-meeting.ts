import type { Call } from './call';
import type { StepClock } from './step-clock';

export type SignedMeetingStore = {
  readonly boardId: string;
  readonly signedMeetingId: string;
  readonly laterMeetingId: string;
  /** The signed meeting's agenda items, in order. */
  readonly itemIds: readonly string[];
  readonly attachment: { readonly id: string; readonly itemId: string; readonly sha256: string; readonly bytes: Buffer };
};

/** A board with a meeting whose minutes are approved and signed, an attachment on one of its items, and the next meeting. */
export async function buildSignedMeeting(call: Call, clock: StepClock, label = 'Riverside', shortCode = 'RCPB'): Promise<SignedMeetingStore> {
  clock.set('2025-04-01T09:00:00.000Z');
  const board = await call('boards.create', {
    name: `${label} Carers Partnership Board`,
    shortCode,
    kind: 'partnership-board',
    quorum: 2,
    minuteNumbering: { template: '{n}.', restart: 'municipal-year' },
  });
  const chair = await call('people.create', { name: 'Cllr Amina Okafor', consentToBeNamed: true, kind: 'councillor' });
  const carer = await call('people.create', { name: 'Janet Morley', consentToBeNamed: false, kind: 'carer' });
  const officer = await call('people.create', { name: 'Tom Reyes', consentToBeNamed: true, kind: 'officer' });
  await call('members.add', { boardId: board.id, personId: chair.id, role: 'chair', termStart: '2025-04-01' });
  await call('members.add', { boardId: board.id, personId: carer.id, role: 'member', termStart: '2025-04-01' });
  await call('members.add', { boardId: board.id, personId: officer.id, role: 'officer-in-attendance', termStart: '2025-04-01' });

  clock.set('2025-05-20T09:00:00.000Z');
  const meeting = await call('meetings.create', {
    boardId: board.id,
    title: 'Carers’ breaks',
    date: '2025-06-10',
    startTime: '14:00',
    venue: 'Committee Room 1',
  });
  const breaks = await call('agenda.add', {
    meetingId: meeting.id,
    title: 'Short breaks for carers',
    purpose: 'decision',
    recommendations: ['That the board notes the survey.'],
  });
  const survey = await call('agenda.add', { meetingId: meeting.id, title: 'Carers’ survey 2025', purpose: 'information' });
  const bytes = Buffer.from('The survey report, as the officer wrote it: 212 carers answered.\n', 'utf8');
  const attachment = await call('attachments.add', {
    meetingId: meeting.id,
    itemId: survey.id,
    originalName: 'Carers survey 2025.txt',
    mediaType: 'text/plain',
    dataBase64: bytes.toString('base64'),
  });
  clock.set('2025-06-01T09:00:00.000Z');
  await call('meetings.publishAgenda', { id: meeting.id });

  clock.set('2025-06-10T14:00:00.000Z');
  await call('meetings.hold', { id: meeting.id });
  await call('attendance.set', { meetingId: meeting.id, personId: chair.id, status: 'present' });
  await call('attendance.set', { meetingId: meeting.id, personId: carer.id, status: 'present' });
  await call('attendance.set', { meetingId: meeting.id, personId: officer.id, status: 'in-attendance' });
  await call('minutes.save', { meetingId: meeting.id, itemId: breaks.id, text: 'Janet Morley said that carers wanted breaks at short notice.' });
  await call('minutes.save', { meetingId: meeting.id, itemId: survey.id, text: 'The board noted the carers’ survey: 212 carers answered.' });
  const decision = await call('resolutions.add', {
    meetingId: meeting.id,
    itemId: breaks.id,
    kind: 'RESOLVED',
    parts: ['That a workshop be arranged with carers.'],
  });
  await call('actions.add', {
    meetingId: meeting.id,
    itemId: breaks.id,
    resolutionId: decision.id,
    text: 'Arrange the workshop.',
    owner: { kind: 'person', personId: officer.id },
    due: { kind: 'date', date: '2025-07-15' },
  });

  clock.set('2025-06-12T10:00:00.000Z');
  await call('minutes.draft', { meetingId: meeting.id });
  await call('minutes.circulate', { meetingId: meeting.id });
  const later = await call('meetings.create', { boardId: board.id, date: '2025-07-22', startTime: '14:00', venue: 'Committee Room 2' });
  await call('agenda.add', { meetingId: later.id, title: 'Workshop report', purpose: 'information' });
  clock.set('2025-07-10T09:00:00.000Z');
  await call('meetings.publishAgenda', { id: later.id });
  clock.set('2025-07-22T15:00:00.000Z');
  await call('minutes.approve', {
    meetingId: meeting.id,
    atMeetingId: later.id,
    signature: { name: 'Cllr Amina Okafor', personId: chair.id, signedOn: '2025-07-22' },
  });
  return {
    boardId: board.id,
    signedMeetingId: meeting.id,
    laterMeetingId: later.id,
    itemIds: [breaks.id, survey.id],
    attachment: { id: attachment.id, itemId: survey.id, sha256: attachment.sha256, bytes },
  };
}
