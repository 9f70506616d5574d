import type { Board, Meeting } from '../../../shared/model';
import type { Harness } from '../../support/temp-backend';

export const EXEMPT_SUMMARY = 'We talked about the Acme contract price.';
export const UNNAMED_CARER = 'Janet Morley';

export type EasyReadFixture = {
  readonly board: Board;
  readonly meeting: Meeting;
  readonly itemIds: Readonly<Record<'breaks' | 'exempt' | 'plain', string>>;
};

/**
 * A held meeting with drafted minutes: an item with an easy-read summary that names a carer who has not agreed to
 * be named, an exempt item with a summary of its own, and an item with none; a decision and an action.
 */
export async function buildEasyReadFixture(h: Harness): Promise<EasyReadFixture> {
  h.clock.set('2025-05-01T09:00:00.000Z');
  const board = await h.call('boards.create', {
    name: 'Riverside Co-production Board',
    shortCode: 'RCB',
    kind: 'co-production-board',
    organisation: 'Riverside Borough Council',
    quorum: 2,
    clerk: { name: 'Michael Reid', email: 'clerk@riverside.example' },
  });
  const chair = await h.call('people.create', { name: 'Amina Okafor', publicName: 'Cllr Amina Okafor', consentToBeNamed: true, kind: 'councillor' });
  const carer = await h.call('people.create', { name: UNNAMED_CARER, publicName: UNNAMED_CARER, consentToBeNamed: false, kind: 'carer' });
  for (const person of [chair, carer])
    await h.call('members.add', { boardId: board.id, personId: person.id, role: 'member', termStart: '2025-01-01' });
  const meeting = await h.call('meetings.create', {
    boardId: board.id,
    date: '2025-06-10',
    startTime: '14:00',
    endTime: '16:00',
    venue: 'Riverside Town Hall',
    withStandardItems: false,
  });
  const breaks = await h.call('agenda.add', {
    meetingId: meeting.id,
    title: 'Carers’ breaks',
    purpose: 'decision',
    easyReadSummary: `Carers need breaks. ${UNNAMED_CARER} told us what helps.\nWe will choose a new service.`,
  });
  const exempt = await h.call('agenda.add', {
    meetingId: meeting.id,
    title: 'Renegotiating the Acme homecare contract',
    purpose: 'decision',
    confidentiality: { access: 'exempt', category: 3 },
    easyReadSummary: EXEMPT_SUMMARY,
  });
  const plain = await h.call('agenda.add', {
    meetingId: meeting.id,
    title: 'Update on the new website',
    purpose: 'information',
    presenter: 'Helen Carter',
    timeAllowanceMinutes: 15,
  });
  h.clock.set('2025-06-01T09:00:00.000Z');
  await h.call('meetings.publishAgenda', { id: meeting.id });
  h.clock.set('2025-06-10T14:00:00.000Z');
  await h.call('meetings.hold', { id: meeting.id });
  await h.call('attendance.set', { meetingId: meeting.id, personId: chair.id, status: 'present' });
  await h.call('attendance.set', { meetingId: meeting.id, personId: carer.id, status: 'present' });
  await h.call('minutes.save', {
    meetingId: meeting.id,
    itemId: breaks.id,
    text: 'The Integrated Care Board (ICB) and VCS partners would utilise the new toolkit going forward, in order to facilitate a deep dive into the workstream with stakeholders across the co-terminous footprint of the ICB.',
  });
  await h.call('minutes.save', { meetingId: meeting.id, itemId: exempt.id, text: 'The Acme price was discussed.' });
  await h.call('resolutions.add', {
    meetingId: meeting.id,
    itemId: breaks.id,
    kind: 'RESOLVED',
    parts: ['That a new breaks service be chosen by September.'],
  });
  await h.call('resolutions.add', { meetingId: meeting.id, itemId: exempt.id, kind: 'RESOLVED', parts: ['That the Acme offer be accepted.'] });
  await h.call('actions.add', {
    meetingId: meeting.id,
    itemId: breaks.id,
    text: 'Write to carers about the new service.',
    owner: { kind: 'person', personId: chair.id },
    due: { kind: 'date', date: '2025-07-01' },
  });
  await h.call('minutes.draft', { meetingId: meeting.id });
  return {
    board,
    meeting: await h.call('meetings.get', { id: meeting.id }).then((d) => d.meeting),
    itemIds: { breaks: breaks.id, exempt: exempt.id, plain: plain.id },
  };
}
