import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchHit, SearchResults } from '../../../shared/api';
import type { Board, Meeting, Person } from '../../../shared/model';
import { openBackend } from '../../../electron/backend/backend';
import { harness, type Harness } from '../../support/temp-backend';

let h: Harness;
beforeEach(() => {
  h = harness();
});
afterEach(() => h.dispose());

type Two = {
  readonly carers: Board;
  readonly health: Board;
  readonly priya: Person;
  readonly carersMeeting: Meeting;
  readonly healthMeeting: Meeting;
  readonly breaksItem: string;
  readonly dischargeItem: string;
};

/** Two boards, each with a meeting whose business item has a minute, a decision and an action. */
async function twoBoards(): Promise<Two> {
  const carers = await h.call('boards.create', { name: 'Carers Co-production Board', shortCode: 'CCPB', kind: 'co-production-board', quorum: 3 });
  const health = await h.call('boards.create', {
    name: 'Health and Wellbeing Board',
    shortCode: 'HWB',
    kind: 'health-and-wellbeing-board',
    quorum: 3,
  });
  const priya = await h.call('people.create', { name: 'Priya Banerjee', kind: 'voluntary-sector-partner', consentToBeNamed: true });
  const carersMeeting = await h.call('meetings.create', { boardId: carers.id, date: '2025-06-10', startTime: '14:00' });
  const healthMeeting = await h.call('meetings.create', { boardId: health.id, date: '2025-06-17', startTime: '10:00' });
  const breaks = await h.call('agenda.add', {
    meetingId: carersMeeting.id,
    title: 'Short breaks for carers',
    purpose: 'decision',
    recommendations: ['That the respite budget be protected.'],
  });
  const discharge = await h.call('agenda.add', { meetingId: healthMeeting.id, title: 'Hospital discharge', purpose: 'discussion' });
  await h.call('minutes.save', {
    meetingId: carersMeeting.id,
    itemId: breaks.id,
    text: 'Members asked how **respite** could be booked at short notice.\n\n- Carers said the forms were too long.',
  });
  await h.call('minutes.save', {
    meetingId: healthMeeting.id,
    itemId: discharge.id,
    text: 'The board heard that respite beds were full over the winter.',
  });
  await h.call('resolutions.add', {
    meetingId: carersMeeting.id,
    itemId: breaks.id,
    kind: 'RESOLVED',
    parts: ['That a workshop on respite be arranged with carers.'],
  });
  await h.call('resolutions.add', {
    meetingId: healthMeeting.id,
    itemId: discharge.id,
    kind: 'RECOMMENDED',
    recommendedTo: 'Cabinet',
    parts: ['That winter funding for discharge be increased.'],
  });
  await h.call('actions.add', {
    meetingId: carersMeeting.id,
    itemId: breaks.id,
    text: 'Simplify the respite booking form',
    owner: { kind: 'person', personId: priya.id },
    due: { kind: 'date', date: '2025-05-01' },
  });
  return { carers, health, priya, carersMeeting, healthMeeting, breaksItem: breaks.id, dischargeItem: discharge.id };
}

const search = (text: string, more: { boardId?: string; kinds?: SearchHit['kind'][]; limit?: number } = {}): Promise<SearchResults> =>
  h.call('search.query', { text, ...more });
const kindsOf = (results: SearchResults): string[] => results.hits.map((hit) => hit.kind).toSorted();

describe('search across boards', () => {
  it('finds minutes, items, decisions and actions on every board, each opening where it was found', async () => {
    const two = await twoBoards();
    const results = await search('respite');
    expect(results.index.ready).toBe(true);
    expect(kindsOf(results)).toEqual(['action', 'item', 'minute', 'minute', 'resolution']);
    expect(new Set(results.hits.map((hit) => hit.boardName))).toEqual(new Set([two.carers.name, two.health.name]));

    const healthMinute = results.hits.find((hit) => hit.kind === 'minute' && hit.boardId === two.health.id);
    expect(healthMinute).toMatchObject({
      title: 'Hospital discharge',
      meetingDate: '2025-06-17',
      itemLabel: expect.stringMatching(/^Item \d+$/),
      private: false,
      target: { screen: 'live-minutes', meetingId: two.healthMeeting.id, itemId: two.dischargeItem },
    });
    const item = results.hits.find((hit) => hit.kind === 'item');
    expect(item?.target).toEqual({ screen: 'meeting', meetingId: two.carersMeeting.id, itemId: two.breaksItem });
    const decision = results.hits.find((hit) => hit.kind === 'resolution');
    expect(decision?.target).toEqual({ screen: 'meeting', meetingId: two.carersMeeting.id, itemId: two.breaksItem });
    const action = results.hits.find((hit) => hit.kind === 'action');
    expect(action?.target).toEqual({ screen: 'actions', actionId: expect.any(String), boardId: two.carers.id });
    expect(action?.detail).toBe('Priya Banerjee · due Thursday 1 May 2025 · open');
    expect(action?.overdue).toBe(true);
  });

  it('marks the matching words in a snippet of plain text', async () => {
    await twoBoards();
    const minute = (await search('booked', { kinds: ['minute'] })).hits[0];
    expect(minute?.snippet.text).toBe('Members asked how respite could be booked at short notice. Carers said the forms were too long.');
    const marked = minute?.snippet.marks.map(([start, end]) => minute.snippet.text.slice(start, end));
    expect(marked).toEqual(['booked']);
  });

  it('narrows by board and by kind, and needs every word typed', async () => {
    const two = await twoBoards();
    expect((await search('respite', { boardId: two.health.id })).hits.map((hit) => hit.boardId)).toEqual([two.health.id]);
    expect(kindsOf(await search('respite', { kinds: ['resolution', 'action'] }))).toEqual(['action', 'resolution']);
    expect(kindsOf(await search('respite winter'))).toEqual(['minute']);
    expect((await search('')).hits).toEqual([]);
  });

  it('matches the start of the last word while it is being typed, and forgives a slip in a long word', async () => {
    await twoBoards();
    expect(kindsOf(await search('hosp'))).toEqual(['item']);
    expect(kindsOf(await search('worksop'))).toEqual(['resolution']);
  });

  it('finds a decision by its reference once the minutes are drafted', async () => {
    const two = await twoBoards();
    await h.call('meetings.publishAgenda', { id: two.healthMeeting.id });
    await h.call('meetings.hold', { id: two.healthMeeting.id });
    await h.call('minutes.draft', { meetingId: two.healthMeeting.id });
    const reference = (await h.call('meetings.get', { id: two.healthMeeting.id })).resolutions[0]?.reference ?? '';
    expect(reference).toMatch(/^HWB\//);
    const results = await search(reference);
    expect(results.hits[0]).toMatchObject({
      kind: 'resolution',
      reference,
      detail: 'RECOMMENDED to Cabinet',
      itemLabel: expect.stringMatching(/^Minute /),
    });
  });

  it('counts every match and gives the best ones up to the limit', async () => {
    await twoBoards();
    const results = await search('respite', { limit: 2 });
    expect(results.total).toBe(5);
    expect(results.complete).toBe(true);
    expect(results.hits).toHaveLength(2);
  });

  it('ranks a later meeting first when the matches are alike, and searches older years only while they could rank', async () => {
    const two = await twoBoards();
    const older = await h.call('meetings.create', { boardId: two.carers.id, date: '2019-06-11', startTime: '14:00' });
    const item = await h.call('agenda.add', { meetingId: older.id, title: 'Short breaks for carers', purpose: 'decision' });
    await h.call('minutes.save', { meetingId: older.id, itemId: item.id, text: 'The board heard that respite beds were full over the winter.' });
    const ranked = (await search('respite beds full winter')).hits.map((hit) => hit.meetingId);
    expect(ranked).toEqual([two.healthMeeting.id, older.id]);
    // One result wanted: 2025's is the best any 2019 match could be weighed against, so 2019 is left alone.
    expect(await search('respite beds full winter', { limit: 1 })).toMatchObject({ total: 1, complete: false, searchedFrom: '2025' });
  });
});

describe('keeping the index up to date', () => {
  it('follows each commit: new words are found, old ones are not, removed records go', async () => {
    const two = await twoBoards();
    await h.call('minutes.save', { meetingId: two.carersMeeting.id, itemId: two.breaksItem, text: 'Members discussed transport to day centres.' });
    expect(kindsOf(await search('transport'))).toEqual(['minute']);
    expect((await search('booked')).hits).toEqual([]);

    const decision = (await search('workshop')).hits[0];
    expect(decision?.kind).toBe('resolution');
    await h.call('resolutions.remove', { meetingId: two.carersMeeting.id, id: decision?.id.replace(/^resolution:/, '') ?? '' });
    expect((await search('workshop')).hits).toEqual([]);

    await h.call('agenda.update', { meetingId: two.healthMeeting.id, id: two.dischargeItem, patch: { title: 'Discharge to assess' } });
    expect((await search('assess')).hits.map((hit) => hit.title)).toEqual(['Discharge to assess']);
  });

  it('finds an action by the dated note of its latest update', async () => {
    const two = await twoBoards();
    const action = (await search('booking', { kinds: ['action'] })).hits[0];
    const actionId = action?.target.screen === 'actions' ? action.target.actionId : '';
    await h.call('actions.addUpdate', {
      meetingId: two.carersMeeting.id,
      id: actionId,
      status: 'done',
      note: 'New leaflet printed in easy read',
      date: '2025-06-20',
    });
    const found = (await search('leaflet')).hits[0];
    expect(found).toMatchObject({ kind: 'action', detail: 'Priya Banerjee · due Thursday 1 May 2025 · done', overdue: false });
    expect(found?.snippet.text).toContain('New leaflet printed');
  });

  it('indexes a new meeting and its standard items, and re-reads owners after a rename', async () => {
    const two = await twoBoards();
    const added = await h.call('meetings.create', { boardId: two.carers.id, date: '2025-09-09', startTime: '14:00' });
    expect((await search('apologies', { boardId: two.carers.id })).hits.map((hit) => hit.meetingId)).toContain(added.id);

    await h.call('people.update', { id: two.priya.id, patch: { name: 'Priya Banerjee-Shah' } });
    expect((await search('shah')).hits.map((hit) => hit.kind)).toEqual(['action']);
  });

  it('builds in the background after the folder opens, newest meetings first, and says so until it is done', async () => {
    const two = await twoBoards();
    h.reopen();
    // Nothing has run yet: opening returned before the first slice.
    const early = await search('respite');
    expect(early.index).toMatchObject({ ready: false, totalMeetings: 2 });
    await h.backend.search.whenReady();
    const later = await search('respite');
    expect(later.index).toEqual({ ready: true, indexedMeetings: 2, totalMeetings: 2 });
    expect(later.total).toBe(5);
    expect(later.hits.some((hit) => hit.meetingId === two.carersMeeting.id)).toBe(true);
  });
});

describe('one-off commands', () => {
  it('build the whole index at the first search instead of in the background', async () => {
    await twoBoards();
    const dir = h.dir;
    h.backend.close();
    const backend = openBackend({ dataDir: dir, searchIndex: 'on-demand' });
    try {
      expect(backend.search.state().ready).toBe(false);
      const envelope = await backend.dispatch('search.query', { text: 'respite' });
      expect(envelope).toMatchObject({ ok: true, value: { total: 5, index: { ready: true } } });
    } finally {
      backend.close();
      h.reopen();
    }
  });
});
