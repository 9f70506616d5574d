import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting, Person } from '../../../../shared/model';
import { harness, type Harness } from '../../../support/temp-backend';

let h: Harness;
beforeEach(() => {
  h = harness();
  h.clock.set('2025-07-01T09:00:00.000Z');
});
afterEach(() => h.dispose());

type Setup = {
  readonly boards: readonly [string, string];
  readonly priya: Person;
  readonly dev: Person;
  readonly june: Meeting;
  readonly july: Meeting;
  readonly health: Meeting;
};

/** Two boards; on the first, a June meeting with four actions and a July meeting to carry them into. */
async function setUp(): Promise<Setup> {
  const carers = await h.call('boards.create', { name: 'Carers Board', shortCode: 'CB', kind: 'co-production-board', quorum: 3 });
  const health = await h.call('boards.create', { name: 'Health Board', shortCode: 'HB', kind: 'committee', quorum: 3 });
  const priya = await h.call('people.create', { name: 'Priya Banerjee', kind: 'voluntary-sector-partner', consentToBeNamed: true });
  const dev = await h.call('people.create', { name: 'Dev Sharma', kind: 'expert-by-experience', consentToBeNamed: true });
  const june = await h.call('meetings.create', { boardId: carers.id, date: '2025-06-10', startTime: '14:00' });
  const july = await h.call('meetings.create', { boardId: carers.id, date: '2025-07-15', startTime: '14:00' });
  const healthMeeting = await h.call('meetings.create', { boardId: health.id, date: '2025-06-12', startTime: '10:00' });
  const add = (
    meetingId: string,
    text: string,
    owner: { kind: 'person'; personId: string } | { kind: 'organisation'; name: string },
    dueDate?: string,
  ): Promise<unknown> =>
    h.call('actions.add', { meetingId, text, owner, ...(dueDate === undefined ? {} : { due: { kind: 'date', date: dueDate } }) });
  await add(june.id, 'Send the survey to carers', { kind: 'person', personId: priya.id }, '2025-06-20');
  await add(june.id, 'Book the venue for the festival', { kind: 'person', personId: dev.id }, '2025-08-01');
  await add(june.id, 'Publish the easy read summary', { kind: 'organisation', name: 'Adult Social Care' }, '2025-06-30');
  await add(june.id, 'Write to the hospital trust', { kind: 'person', personId: priya.id });
  await add(healthMeeting.id, 'Report on discharge delays', { kind: 'person', personId: priya.id }, '2025-06-01');
  return { boards: [carers.id, health.id], priya, dev, june, july, health: healthMeeting };
}

const texts = (views: readonly { text: string }[]): string[] => views.map((v) => v.text);

describe('the actions tracker', () => {
  it('lists outstanding actions of every board, soonest due first, with overdue ones marked', async () => {
    await setUp();
    const all = await h.call('actions.list', { status: 'outstanding' });
    expect(texts(all)).toEqual([
      'Report on discharge delays',
      'Send the survey to carers',
      'Publish the easy read summary',
      'Book the venue for the festival',
      'Write to the hospital trust',
    ]);
    expect(all.filter((a) => a.overdue).map((a) => a.text)).toEqual([
      'Report on discharge delays',
      'Send the survey to carers',
      'Publish the easy read summary',
    ]);
    expect(all[0]).toMatchObject({ boardName: 'Health Board', meetingDate: '2025-06-12', ownerLabel: 'Priya Banerjee' });
  });

  it('filters by board, owner, status and overdue', async () => {
    const { boards, priya } = await setUp();
    expect(texts(await h.call('actions.list', { boardId: boards[1] }))).toEqual(['Report on discharge delays']);
    expect(texts(await h.call('actions.list', { boardId: boards[0], ownerPersonId: priya.id }))).toEqual([
      'Send the survey to carers',
      'Write to the hospital trust',
    ]);
    expect(texts(await h.call('actions.list', { ownerName: 'social care' }))).toEqual(['Publish the easy read summary']);
    expect(texts(await h.call('actions.list', { boardId: boards[0], overdue: true }))).toEqual([
      'Send the survey to carers',
      'Publish the easy read summary',
    ]);
  });

  it('records a dated update with a note, and a done action leaves the next agenda but stays in the tracker', async () => {
    const { june, july } = await setUp();
    const survey = (await h.call('actions.list', { status: 'outstanding' })).find((a) => a.text === 'Send the survey to carers');
    if (survey === undefined) throw new Error('the survey action is missing');
    await h.call('actions.addUpdate', {
      meetingId: june.id,
      id: survey.id,
      status: 'in-progress',
      note: 'Draft agreed with the co-chairs',
      date: '2025-06-25',
    });
    const done = await h.call('actions.addUpdate', { meetingId: june.id, id: survey.id, status: 'done', note: 'Sent to 212 carers' });
    expect(done.history).toEqual([
      { at: expect.any(String), date: '2025-06-25', status: 'in-progress', note: 'Draft agreed with the co-chairs' },
      { at: expect.any(String), date: '2025-07-01', status: 'done', note: 'Sent to 212 carers' },
    ]);

    expect(texts(await h.call('actions.list', { status: 'in-progress' }))).toEqual([]);
    expect(texts(await h.call('actions.list', { status: 'done' }))).toEqual(['Send the survey to carers']);
    expect(texts(await h.call('actions.list', { status: 'closed' }))).toEqual(['Send the survey to carers']);
    expect(texts(await h.call('actions.list', { overdue: true }))).not.toContain('Send the survey to carers');

    const next = await h.call('meetings.get', { id: july.id });
    expect(texts(next.carriedActions).toSorted()).toEqual([
      'Book the venue for the festival',
      'Publish the easy read summary',
      'Write to the hospital trust',
    ]);
  });

  it('refuses an update with a status it does not know', async () => {
    const { june } = await setUp();
    const [first] = await h.call('actions.list', { boardId: june.boardId });
    const refused = await h.refusal('actions.addUpdate', { meetingId: june.id, id: first?.id, status: 'finished' });
    expect(refused).toMatchObject({ code: 'invalid_input', path: 'status' });
  });
});
