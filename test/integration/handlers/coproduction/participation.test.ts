import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shownWords } from '../../../../shared/domain/suppression';
import type { Person, PersonKind } from '../../../../shared/model';
import { harness, type Harness } from '../../../support/temp-backend';

let h: Harness;
beforeEach(() => {
  h = harness();
  h.clock.set('2025-05-20T09:00:00.000Z');
});
afterEach(() => h.dispose());

async function person(name: string, kind: PersonKind): Promise<Person> {
  return h.call('people.create', { name, kind, consentToBeNamed: true });
}

/** A board with a March meeting last municipal year and a June meeting this one. */
async function setUp() {
  const board = await h.call('boards.create', {
    name: 'Carers Board',
    shortCode: 'CB',
    kind: 'co-production-board',
    quorum: 2,
    seldomHeardGroups: ['Young carers', 'Deaf community'],
  });
  const cllr = await person('Asha Patel', 'councillor');
  const dev = await person('Dev Sharma', 'expert-by-experience');
  const rosa = await person('Rosa Lind', 'carer');
  const omar = await person('Omar Haddad', 'officer');
  h.clock.set('2025-03-03T09:00:00.000Z');
  const march = await h.call('meetings.create', { boardId: board.id, date: '2025-03-11', startTime: '14:00' });
  await h.call('meetings.publishAgenda', { id: march.id });
  h.clock.set('2025-03-11T14:00:00.000Z');
  await h.call('meetings.hold', { id: march.id });
  await h.call('attendance.set', { meetingId: march.id, personId: cllr.id, status: 'present' });
  await h.call('attendance.set', { meetingId: march.id, personId: dev.id, status: 'present' });

  h.clock.set('2025-05-20T09:00:00.000Z');
  const june = await h.call('meetings.create', { boardId: board.id, date: '2025-06-10', startTime: '14:00' });
  const led = await h.call('agenda.add', { meetingId: june.id, title: 'Carers’ breaks', purpose: 'discussion', presenterPersonId: rosa.id });
  await h.call('agenda.add', { meetingId: june.id, title: 'Budget', purpose: 'information', presenterPersonId: omar.id });
  h.clock.set('2025-06-02T08:00:00.000Z');
  await h.call('meetings.publishAgenda', { id: june.id });
  h.clock.set('2025-06-10T14:00:00.000Z');
  await h.call('meetings.hold', { id: june.id });
  for (const [p, status] of [
    [cllr, 'present'],
    [dev, 'present'],
    [rosa, 'present'],
    [omar, 'in-attendance'],
  ] as const) {
    await h.call('attendance.set', { meetingId: june.id, personId: p.id, status });
  }
  h.clock.set('2025-07-01T09:00:00.000Z');
  return { board, cllr, dev, rosa, omar, march, june, led };
}

describe('the participation report', () => {
  it('measures each meeting of the period and totals it, the current municipal year by default', async () => {
    const { board, june } = await setUp();
    const report = await h.call('participation.report', { boardId: board.id });
    expect(report.period).toEqual({ from: '2025-05-01', to: '2026-04-30' });
    expect(report.meetings).toHaveLength(1);
    expect(report.meetings[0]).toMatchObject({
      meetingId: june.id,
      tookPart: 4,
      experts: 2,
      expertShare: 0.5,
      newPeople: 2,
      returningPeople: 2,
      items: 2,
      itemsLedByExperts: 1,
      papers: { kind: 'published', publishedOn: '2025-06-02', clearDays: 5, late: false },
    });
    expect(report.totals).toMatchObject({ meetingsHeld: 1, people: 4, newPeople: 2, returningPeople: 2 });
  });

  it('takes the period asked for, and refuses one that ends before it starts', async () => {
    const { board } = await setUp();
    const both = await h.call('participation.report', { boardId: board.id, from: '2025-01-01', to: '2025-12-31' });
    expect(both.meetings.map((m) => m.date)).toEqual(['2025-03-11', '2025-06-10']);
    expect(both.totals).toMatchObject({ people: 4, newPeople: 4, returningPeople: 0, attendances: 6 });
    expect(await h.refusal('participation.report', { boardId: board.id, from: '2025-12-31', to: '2025-01-01' })).toMatchObject({
      code: 'invalid_input',
      path: 'to',
    });
    expect(await h.refusal('participation.report', { boardId: 'nope' })).toMatchObject({ code: 'not_found' });
  });

  it('reports which seldom-heard groups took part from people’s own (opt-in) answers', async () => {
    const { board, rosa } = await setUp();
    await h.call('diversity.record', { personId: rosa.id, answers: {}, seldomHeardGroups: ['Young carers'] });
    const report = await h.call('participation.report', { boardId: board.id });
    expect(report.meetings[0]?.groupsReached).toEqual(['Young carers']);
    expect(report.totals.groups.map((g) => [g.group, shownWords(g.people)])).toEqual([
      ['Young carers', 'fewer than 5'],
      ['Deaf community', '0'],
    ]);
  });
});

describe('diversity monitoring', () => {
  it('records, corrects and withdraws a person’s answers, kept apart from the person', async () => {
    const { dev } = await setUp();
    expect(await h.call('diversity.get', { personId: dev.id })).toBeNull();
    const first = await h.call('diversity.record', { personId: dev.id, answers: { gender: 'man', ethnicity: 'prefer-not-to-say' } });
    expect(first).toMatchObject({ personId: dev.id, gender: 'man', ethnicity: 'prefer-not-to-say', recordedOn: '2025-07-01' });
    h.clock.set('2025-07-02T09:00:00.000Z');
    const corrected = await h.call('diversity.record', { personId: dev.id, answers: { gender: 'man', ageBand: '25-34' } });
    expect(corrected.id).toBe(first.id);
    expect(corrected).toMatchObject({ gender: 'man', ageBand: '25-34', createdAt: first.createdAt, recordedOn: '2025-07-02' });
    expect(corrected.ethnicity).toBeUndefined();
    // The person's own record carries none of it.
    const people = await h.call('people.list', {});
    expect(JSON.stringify(people)).not.toContain('25-34');
    expect(await h.call('diversity.remove', { personId: dev.id })).toEqual({ removed: [first.id] });
    expect(await h.call('diversity.get', { personId: dev.id })).toBeNull();
    expect(await h.call('diversity.remove', { personId: dev.id })).toEqual({ removed: [] });
  });

  it('keeps answers across a restart', async () => {
    const { dev } = await setUp();
    await h.call('diversity.record', { personId: dev.id, answers: { carer: 'yes' }, seldomHeardGroups: ['Deaf community', 'deaf community'] });
    h.reopen();
    expect(await h.call('diversity.get', { personId: dev.id })).toMatchObject({ carer: 'yes', seldomHeardGroups: ['deaf community'] });
  });

  it('accepts only the answers offered and "prefer not to say"', async () => {
    const { dev } = await setUp();
    expect(await h.refusal('diversity.record', { personId: dev.id, answers: { ethnicity: 'typed in' } })).toMatchObject({
      code: 'invalid_input',
      path: 'answers.ethnicity',
    });
    expect(await h.refusal('diversity.record', { personId: 'nobody', answers: {} })).toMatchObject({ code: 'not_found' });
  });

  it('reports the people who took part in aggregate only, with small counts suppressed', async () => {
    const { board, june } = await setUp();
    // Four more people take part, so that eight answer.
    const extra = [];
    for (const name of ['Ann Cole', 'Ben Ito', 'Cat Dunn', 'Dan Roe']) extra.push(await person(name, 'expert-by-experience'));
    h.clock.set('2025-06-10T15:00:00.000Z');
    for (const p of extra) await h.call('attendance.set', { meetingId: june.id, personId: p.id, status: 'present' });
    const everyone = (await h.call('people.list', {})).filter((p) => p.name !== 'Nobody');
    for (const [i, p] of everyone.entries()) {
      await h.call('diversity.record', { personId: p.id, answers: { gender: i < 6 ? 'woman' : 'man', disability: 'prefer-not-to-say' } });
    }
    // Someone who did not take part in the period answers too; they are not counted.
    const outsider = await person('Eve Outside', 'councillor');
    await h.call('diversity.record', { personId: outsider.id, answers: { gender: 'man' } });

    const report = await h.call('diversity.report', { boardId: board.id });
    expect(report.tookPart).toBe(8);
    expect(shownWords(report.responded)).toBe('8');
    const gender = Object.fromEntries(
      (report.questions.find((q) => q.question === 'gender')?.cells ?? []).map((c) => [c.label, shownWords(c.shown)]),
    );
    expect(gender).toEqual({
      Woman: 'not shown',
      Man: 'fewer than 5',
      'Non-binary': '0',
      'In another way': '0',
      'Prefer not to say': '0',
      'Not answered': '0',
    });
    const disability = report.questions.find((q) => q.question === 'disability')?.cells.find((c) => c.label === 'Prefer not to say');
    expect(disability && shownWords(disability.shown)).toBe('8');
    expect(JSON.stringify(report)).not.toMatch(/personId|Asha|Dev Sharma/);
  });
});
