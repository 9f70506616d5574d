import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CriteriaSet, Meeting } from '../../../../shared/model';
import { harness, type Harness } from '../../../support/temp-backend';

let h: Harness;
beforeEach(() => {
  h = harness();
  h.clock.set('2025-07-01T09:00:00.000Z');
});
afterEach(() => h.dispose());

type Setup = { readonly boardId: string; readonly meeting: Meeting; readonly itemId: string; readonly exemptId: string; readonly six: CriteriaSet };

async function setUp(): Promise<Setup> {
  const board = await h.call('boards.create', { name: 'Carers Partnership Board', shortCode: 'CPB', kind: 'co-production-board', quorum: 3 });
  const meeting = await h.call('meetings.create', { boardId: board.id, date: '2025-06-10', startTime: '14:00', withStandardItems: false });
  const item = await h.call('agenda.add', { meetingId: meeting.id, title: 'Carers strategy refresh', purpose: 'discussion' });
  const exempt = await h.call('agenda.add', {
    meetingId: meeting.id,
    title: 'Respite contract negotiations',
    purpose: 'decision',
    confidentiality: { access: 'exempt', category: 3 },
  });
  const six = await h.call('criteriaSets.addDefault', { boardId: board.id, key: 'six-point-test' });
  return { boardId: board.id, meeting, itemId: item.id, exemptId: exempt.id, six };
}

const allScores = (set: CriteriaSet, score: number): { criterionId: string; score: number; evidence: string }[] =>
  set.criteria.map((c) => ({ criterionId: c.id, score, evidence: `${c.name}: seen at the June workshop` }));

describe('criteria sets', () => {
  it('adds the shipped sets to a board as its own copies, and refuses a second copy of one in use', async () => {
    const { boardId, six } = await setUp();
    expect(six.criteria.map((c) => c.name)).toContain('Reciprocal reward');
    await h.call('criteriaSets.addDefault', { boardId, key: 'ladder-of-participation' });
    const refusal = await h.refusal('criteriaSets.addDefault', { boardId, key: 'six-point-test' });
    expect(refusal).toMatchObject({ code: 'conflict', path: 'key' });
    expect(refusal.message).toContain('already has a set called "Six-point test"');
    const listed = await h.call('criteriaSets.list', { boardId });
    expect(listed.map((v) => v.set.name)).toEqual(['Six-point test', 'Ladder of participation']);
    expect(listed[1]?.set.scale).toEqual(['Informing', 'Consultation', 'Engagement', 'Co-design', 'Co-production']);
  });

  it('creates a custom set, giving each criterion an id, and refuses two criteria of the same name', async () => {
    const { boardId } = await setUp();
    const set = await h.call('criteriaSets.create', {
      boardId,
      name: 'Our promises',
      criteria: [{ name: 'Papers a week early', question: 'Did members get the papers a week before?' }, { name: 'Plain English' }],
      scale: ['No', 'Yes'],
    });
    expect(set.criteria.map((c) => c.name)).toEqual(['Papers a week early', 'Plain English']);
    expect(new Set(set.criteria.map((c) => c.id)).size).toBe(2);
    const refusal = await h.refusal('criteriaSets.create', {
      boardId,
      name: 'Twice',
      criteria: [{ name: 'Access' }, { name: 'access ' }],
      scale: ['No', 'Yes'],
    });
    expect(refusal).toMatchObject({ code: 'invalid_input', path: 'criteria.1' });
    expect((await h.refusal('criteriaSets.create', { boardId, name: 'Short', criteria: [{ name: 'A' }], scale: ['Only'] })).code).toBe(
      'invalid_input',
    );
  });

  it('edits criteria and the scale, but will not remove a scored criterion or shorten the scale below a score given', async () => {
    const { boardId, meeting, itemId, six } = await setUp();
    await h.call('ratings.create', {
      boardId,
      criteriaSetId: six.id,
      subject: { kind: 'item', meetingId: meeting.id, itemId },
      ratedOn: '2025-06-10',
      scores: [{ criterionId: 'reciprocal-reward', score: 3 }],
      ratedBy: [],
    });
    const others = six.criteria.filter((c) => c.id !== 'reciprocal-reward' && c.id !== 'shared-responsibility');
    // Rewording a scored criterion, removing an unscored one and adding a new one are all fine.
    const edited = await h.call('criteriaSets.update', {
      id: six.id,
      patch: {
        criteria: [
          ...others,
          { id: 'reciprocal-reward', name: 'Fair reward' },
          { name: 'Accessible papers', question: 'Could everyone read the papers?' },
        ],
        scale: ['Not yet', 'A little', 'Mostly', 'Fully', 'Beyond'],
      },
    });
    expect(edited.criteria.map((c) => c.name)).toEqual([...others.map((c) => c.name), 'Fair reward', 'Accessible papers']);
    expect(edited.criteria.find((c) => c.name === 'Fair reward')?.id).toBe('reciprocal-reward');

    const removal = await h.refusal('criteriaSets.update', { id: six.id, patch: { criteria: others } });
    expect(removal).toMatchObject({ code: 'conflict', path: 'patch.criteria' });
    expect(removal.message).toBe(
      '"Fair reward" has been scored in 1 rating, so it cannot be removed: those scores would lose their meaning. You can reword it, or archive this set and start a new one.',
    );
    const shorter = await h.refusal('criteriaSets.update', { id: six.id, patch: { scale: ['No', 'Some', 'Yes'] } });
    expect(shorter).toMatchObject({ code: 'conflict', path: 'patch.scale' });
    expect(shorter.message).toContain('A rating gave "Fully", point 4 of the scale');

    const views = await h.call('criteriaSets.list', { boardId });
    expect(views[0]).toMatchObject({ ratingCount: 1, scoredCriterionIds: ['reciprocal-reward'], highestScore: 3 });
  });

  it('archives a set: it leaves the list, takes no new ratings, and its name is free again', async () => {
    const { boardId, six, meeting, itemId } = await setUp();
    await h.call('criteriaSets.update', { id: six.id, patch: { archived: true } });
    expect(await h.call('criteriaSets.list', { boardId })).toEqual([]);
    expect((await h.call('criteriaSets.list', { boardId, includeArchived: true })).map((v) => v.set.archived)).toEqual([true]);
    const refusal = await h.refusal('ratings.create', {
      boardId,
      criteriaSetId: six.id,
      subject: { kind: 'item', meetingId: meeting.id, itemId },
      ratedOn: '2025-06-10',
      scores: [{ criterionId: 'reciprocal-reward', score: 1 }],
      ratedBy: [],
    });
    expect(refusal).toMatchObject({ code: 'conflict', path: 'criteriaSetId' });
    await h.call('criteriaSets.addDefault', { boardId, key: 'six-point-test' });
  });
});

describe('ratings', () => {
  it('rates an item with scores, evidence and who took part, naming it from the agenda', async () => {
    const { boardId, meeting, itemId, six } = await setUp();
    const rating = await h.call('ratings.create', {
      boardId,
      criteriaSetId: six.id,
      subject: { kind: 'item', meetingId: meeting.id, itemId },
      ratedOn: '2025-06-10',
      // Blank evidence is stored as no evidence.
      scores: allScores(six, 2).map((s, i) => (i === 0 ? { ...s, evidence: '  ' } : s)),
      ratedBy: [
        { kind: 'expert-by-experience', count: 4 },
        { kind: 'officer', count: 2 },
      ],
      appendToMinutes: true,
    });
    expect(rating.subject).toEqual({ kind: 'item', name: 'Carers strategy refresh', meetingId: meeting.id, itemId });
    expect(rating.scores[0]).toEqual({ criterionId: 'whole-life-involvement', score: 2 });
    expect(rating.scores[1]?.evidence).toBe('Blurred boundaries: seen at the June workshop');

    const [view] = await h.call('ratings.list', { boardId });
    expect(view).toMatchObject({ setName: 'Six-point test', overall: 2 / 3, meetingDate: '2025-06-10', itemNumber: '1' });
  });

  it('numbers a rated item as the agenda does where the board takes private items in the order they come', async () => {
    const { boardId, meeting, six } = await setUp();
    await h.call('boards.update', { id: boardId, patch: { exemptItemsOrder: 'as-taken' } });
    const later = await h.call('agenda.add', { meetingId: meeting.id, title: 'Carers week', purpose: 'information' });
    await h.call('ratings.create', {
      boardId,
      criteriaSetId: six.id,
      subject: { kind: 'item', meetingId: meeting.id, itemId: later.id },
      ratedOn: '2025-06-10',
      scores: allScores(six, 1),
      ratedBy: [{ kind: 'expert-by-experience', count: 3 }],
      appendToMinutes: false,
    });
    const agenda = (await h.call('meetings.get', { id: meeting.id })).items.find((i) => i.id === later.id);
    expect(agenda?.number).toBe('3');
    const [view] = await h.call('ratings.list', { boardId });
    expect(view?.itemNumber).toBe('3');
  });

  it('refuses scores that are off the scale, of another set, or twice for one criterion, and a subject it cannot place', async () => {
    const { boardId, meeting, itemId, six } = await setUp();
    const base = {
      boardId,
      criteriaSetId: six.id,
      ratedOn: '2025-06-10',
      ratedBy: [],
      subject: { kind: 'item' as const, meetingId: meeting.id, itemId },
    };
    expect(await h.refusal('ratings.create', { ...base, scores: [{ criterionId: 'equality', score: 1 }] })).toMatchObject({
      code: 'invalid_input',
      path: 'scores.0.criterionId',
    });
    expect(await h.refusal('ratings.create', { ...base, scores: [{ criterionId: 'reciprocal-reward', score: 4 }] })).toMatchObject({
      path: 'scores.0.score',
    });
    expect(
      await h.refusal('ratings.create', {
        ...base,
        scores: [
          { criterionId: 'reciprocal-reward', score: 1 },
          { criterionId: 'reciprocal-reward', score: 2 },
        ],
      }),
    ).toMatchObject({ path: 'scores.1' });
    expect(await h.refusal('ratings.create', { ...base, scores: [] })).toMatchObject({ code: 'invalid_input', path: 'scores' });
    const scores = [{ criterionId: 'reciprocal-reward', score: 1 }];
    expect(await h.refusal('ratings.create', { ...base, scores, subject: { kind: 'item' } })).toMatchObject({ path: 'subject.meetingId' });
    expect(await h.refusal('ratings.create', { ...base, scores, subject: { kind: 'project' } })).toMatchObject({
      path: 'subject.name',
      message: 'Name the project that was rated.',
    });
    expect(
      await h.refusal('ratings.create', { ...base, scores, subject: { kind: 'workstream', name: 'Young carers' }, appendToMinutes: true }),
    ).toMatchObject({
      path: 'subject.meetingId',
    });
    expect(
      await h.refusal('ratings.create', {
        ...base,
        scores,
        ratedBy: [
          { kind: 'carer', count: 1 },
          { kind: 'carer', count: 2 },
        ],
      }),
    ).toMatchObject({ path: 'ratedBy.1.kind' });
  });

  it('lists a board’s ratings newest first, filtered by set, kind, name, meeting and dates', async () => {
    const { boardId, meeting, itemId, six } = await setUp();
    const ladder = await h.call('criteriaSets.addDefault', { boardId, key: 'ladder-of-participation' });
    const make = (
      criteriaSetId: string,
      subject: { kind: 'item' | 'project' | 'workstream'; name?: string; meetingId?: string; itemId?: string },
      ratedOn: string,
      criterionId: string,
    ) => h.call('ratings.create', { boardId, criteriaSetId, subject, ratedOn, scores: [{ criterionId, score: 1 }], ratedBy: [] });
    await make(six.id, { kind: 'item', meetingId: meeting.id, itemId }, '2025-06-10', 'equal-valuation-of-assets');
    await make(six.id, { kind: 'project', name: 'Young carers hub' }, '2025-03-01', 'equal-valuation-of-assets');
    await make(ladder.id, { kind: 'workstream', name: 'Hospital discharge' }, '2025-05-01', 'how-far-did-people-take-part');
    const names = async (filters: object): Promise<string[]> =>
      (await h.call('ratings.list', { boardId, ...filters })).map((v) => v.rating.subject.name);
    expect(await names({})).toEqual(['Carers strategy refresh', 'Hospital discharge', 'Young carers hub']);
    expect(await names({ criteriaSetId: ladder.id })).toEqual(['Hospital discharge']);
    expect(await names({ subjectKind: 'project' })).toEqual(['Young carers hub']);
    expect(await names({ subjectName: 'CARERS' })).toEqual(['Carers strategy refresh', 'Young carers hub']);
    expect(await names({ meetingId: meeting.id })).toEqual(['Carers strategy refresh']);
    expect(await names({ from: '2025-04-01', to: '2025-05-31' })).toEqual(['Hospital discharge']);
  });

  it('gives the trend of a subject: each criterion’s score by date with the change since the last rating', async () => {
    const { boardId, six } = await setUp();
    for (const [ratedOn, score] of [
      ['2025-01-15', 1],
      ['2025-04-15', 2],
      ['2025-06-15', 3],
    ] as const) {
      await h.call('ratings.create', {
        boardId,
        criteriaSetId: six.id,
        subject: { kind: 'project', name: 'Young carers hub' },
        ratedOn,
        scores: allScores(six, score),
        ratedBy: [],
      });
    }
    const trend = await h.call('ratings.trend', { boardId, criteriaSetId: six.id, subjectName: 'young carers HUB' });
    expect(trend.ratings.map((r) => [r.ratedOn, r.overall])).toEqual([
      ['2025-01-15', 1 / 3],
      ['2025-04-15', 2 / 3],
      ['2025-06-15', 1],
    ]);
    expect(trend.criteria[0]?.scores.map((s) => [s.label, s.change])).toEqual([
      ['Partly', null],
      ['Mostly', 1],
      ['Fully', 1],
    ]);
  });

  it('updates and removes a rating, but not one printed with signed minutes', async () => {
    const { boardId, meeting, itemId, six } = await setUp();
    const rating = await h.call('ratings.create', {
      boardId,
      criteriaSetId: six.id,
      subject: { kind: 'item', meetingId: meeting.id, itemId },
      ratedOn: '2025-06-10',
      scores: [{ criterionId: 'reciprocal-reward', score: 1 }],
      ratedBy: [{ kind: 'carer', count: 2 }],
    });
    const updated = await h.call('ratings.update', {
      id: rating.id,
      patch: { scores: [{ criterionId: 'reciprocal-reward', score: 3, evidence: 'Paid on the day' }], appendToMinutes: true },
    });
    expect(updated).toMatchObject({
      appendToMinutes: true,
      scores: [{ criterionId: 'reciprocal-reward', score: 3, evidence: 'Paid on the day' }],
      ratedBy: [{ kind: 'carer', count: 2 }],
    });

    await h.call('meetings.publishAgenda', { id: meeting.id });
    await h.call('meetings.hold', { id: meeting.id });
    await h.call('minutes.draft', { meetingId: meeting.id });
    const next = await h.call('meetings.create', { boardId, date: '2025-07-15', startTime: '14:00' });
    await h.call('meetings.publishAgenda', { id: next.id });
    await h.call('minutes.approve', {
      meetingId: meeting.id,
      atMeetingId: next.id,
      signature: { name: 'Cllr Amina Okafor', signedOn: '2025-07-15' },
    });

    expect(await h.refusal('ratings.update', { id: rating.id, patch: { ratedOn: '2025-06-11' } })).toMatchObject({ code: 'locked' });
    expect(await h.refusal('ratings.remove', { id: rating.id })).toMatchObject({ code: 'locked' });
    const late = await h.refusal('ratings.create', {
      boardId,
      criteriaSetId: six.id,
      subject: { kind: 'item', meetingId: meeting.id, itemId },
      ratedOn: '2025-07-20',
      scores: [{ criterionId: 'reciprocal-reward', score: 2 }],
      ratedBy: [],
      appendToMinutes: true,
    });
    expect(late).toMatchObject({ code: 'locked', path: 'appendToMinutes' });

    const loose = await h.call('ratings.create', {
      boardId,
      criteriaSetId: six.id,
      subject: { kind: 'item', meetingId: meeting.id, itemId },
      ratedOn: '2025-07-20',
      scores: [{ criterionId: 'reciprocal-reward', score: 2 }],
      ratedBy: [],
    });
    expect(await h.call('ratings.remove', { id: loose.id })).toEqual({ removed: [loose.id] });
    expect((await h.call('ratings.list', { boardId })).map((v) => v.rating.id)).toEqual([rating.id]);
  });

  it('keeps sets and ratings when the data folder is opened again', async () => {
    const { boardId, six } = await setUp();
    await h.call('ratings.create', {
      boardId,
      criteriaSetId: six.id,
      subject: { kind: 'workstream', name: 'Transport' },
      ratedOn: '2025-06-10',
      scores: allScores(six, 1),
      ratedBy: [],
    });
    h.reopen();
    expect((await h.call('criteriaSets.list', { boardId })).map((v) => v.set.name)).toEqual(['Six-point test']);
    expect((await h.call('ratings.list', { boardId })).map((v) => v.rating.subject.name)).toEqual(['Transport']);
  });
});
