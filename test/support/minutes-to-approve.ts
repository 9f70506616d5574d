import type { AgendaItem, Board, Meeting, Person } from '../../shared/model';
import type { Harness } from './temp-backend';

export type MinutesToApprove = {
  readonly board: Board;
  readonly chair: Person;
  /** Held, minuted and drafted: ready to be approved. */
  readonly drafted: Meeting;
  readonly business: AgendaItem;
  /** The board's next meeting, its agenda published: where the minutes are approved. */
  readonly next: Meeting;
  /** The next meeting's "Minutes of the previous meeting" item. */
  readonly previousMinutesItem: AgendaItem;
};

/** A board with a meeting whose minutes are drafted and the next meeting, at which they are to be approved. */
export async function minutesToApprove(h: Harness): Promise<MinutesToApprove> {
  const board = await h.call('boards.create', { name: 'Riverside Co-production Board', shortCode: 'RCPB', kind: 'co-production-board', quorum: 2 });
  const chair = await h.call('people.create', { name: 'Amina Okafor', publicName: 'Cllr Amina Okafor', kind: 'councillor', consentToBeNamed: true });
  await h.call('members.add', { boardId: board.id, personId: chair.id, role: 'chair', termStart: '2025-01-01' });
  const drafted = await h.call('meetings.create', { boardId: board.id, date: '2025-06-10', startTime: '14:00', venue: 'Town Hall' });
  const next = await h.call('meetings.create', { boardId: board.id, date: '2025-07-15', startTime: '14:00', venue: 'Town Hall' });
  const business = await h.call('agenda.add', { meetingId: drafted.id, title: 'Carers’ breaks', purpose: 'decision' });
  await h.call('meetings.publishAgenda', { id: drafted.id });
  await h.call('meetings.hold', { id: drafted.id });
  await h.call('minutes.save', { meetingId: drafted.id, itemId: business.id, text: 'Members asked about short breaks.' });
  await h.call('resolutions.add', { meetingId: drafted.id, itemId: business.id, kind: 'RESOLVED', parts: ['That the report be noted.'] });
  await h.call('minutes.draft', { meetingId: drafted.id });
  await h.call('meetings.publishAgenda', { id: next.id });
  const detail = await h.call('meetings.get', { id: next.id, carriedActions: false });
  const previousMinutesItem = detail.items.find((i) => i.standardKind === 'previous-minutes');
  if (previousMinutesItem === undefined) throw new Error('The board’s standard items have no "Minutes of the previous meeting"');
  return { board, chair, drafted: (await h.call('meetings.get', { id: drafted.id })).meeting, business, next, previousMinutesItem };
}
