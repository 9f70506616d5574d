import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiError } from '../../../../shared/api';
import type { Board, Meeting, Person } from '../../../../shared/model';
import { harness, type Harness } from '../../../support/temp-backend';

let h: Harness;
let board: Board;
let chair: Person;
let member: Person;
let meeting: Meeting;
let itemId: string;

beforeEach(async () => {
  h = harness();
  board = await h.call('boards.create', { name: 'Riverside Co-production Board', shortCode: 'RCPB', kind: 'co-production-board', quorum: 2 });
  chair = await h.call('people.create', { name: 'Amina Okafor', publicName: 'Cllr Amina Okafor', kind: 'councillor', consentToBeNamed: true });
  member = await h.call('people.create', { name: 'Dev Sharma', kind: 'expert-by-experience', consentToBeNamed: true });
  meeting = await h.call('meetings.create', { boardId: board.id, date: '2025-06-10', startTime: '14:00', withStandardItems: false });
  itemId = (await h.call('agenda.add', { meetingId: meeting.id, title: 'Budget consultation', purpose: 'decision' })).id;
});
afterEach(() => {
  vi.restoreAllMocks();
  h.dispose();
});

/** Every problem a refusal lists: the envelope's `issues`. */
const issuesOf = (refused: ApiError): ApiError['issues'] => refused.issues;

const decisions = async () => (await h.call('meetings.get', { id: meeting.id })).resolutions;

describe('recording a decision as the board took it', () => {
  it('keeps nested parts, the board’s numbering, the mover and seconder, amendments and the outcome, in one change', async () => {
    await h.call('boards.update', { id: board.id, patch: { decisionNumbering: 'letters', decisionVerbs: ['NOT CARRIED'] } });
    const commits = vi.spyOn(h.backend.repository, 'commit');
    const added = await h.call('resolutions.add', {
      meetingId: meeting.id,
      itemId,
      kind: 'RECOMMENDED',
      recommendedTo: 'Cabinet',
      parts: ['That the proposals be adopted, namely:', { text: 'that charges rise by no more than inflation;', level: 1 }, 'That it be published.'],
      mover: { personId: chair.id },
      seconder: { name: 'Jo Bloggs (Healthwatch)' },
      amendments: [
        { text: 'That “one month” read “three months”.', mover: { personId: member.id }, outcome: 'carried', vote: { for: 6, against: 2 } },
      ],
      outcome: 'carried',
      vote: { for: 7, against: 1, abstain: 0 },
      recordedVote: [{ personId: member.id, vote: 'against' }],
    });
    expect(commits).toHaveBeenCalledTimes(1);
    expect(added).toMatchObject({
      kind: 'RECOMMENDED',
      numbering: 'letters',
      mover: { personId: chair.id },
      seconder: { name: 'Jo Bloggs (Healthwatch)' },
      outcome: 'carried',
      vote: { for: 7, against: 1, abstain: 0 },
    });
    expect(added.parts.map((p) => [p.text, p.level ?? 0])).toEqual([
      ['That the proposals be adopted, namely:', 0],
      ['that charges rise by no more than inflation;', 1],
      ['That it be published.', 0],
    ]);
    expect(added.amendments?.[0]).toMatchObject({ text: 'That “one month” read “three months”.', outcome: 'carried', vote: { for: 6, against: 2 } });
    expect(added.amendments?.[0]?.id).toEqual(expect.any(String));

    // Changing the outcome keeps the amendment (by its id) and the parts' ids.
    const changed = await h.call('resolutions.update', {
      meetingId: meeting.id,
      id: added.id,
      patch: { kind: 'NOT CARRIED', outcome: 'lost', amendments: [{ ...added.amendments![0]!, outcome: 'lost' }], recommendedTo: null },
    });
    expect(changed.amendments?.[0]?.id).toBe(added.amendments?.[0]?.id);
    expect(changed.parts.map((p) => p.id)).toEqual(added.parts.map((p) => p.id));
    expect(changed).toMatchObject({ kind: 'NOT CARRIED', outcome: 'lost' });
    h.reopen();
    expect((await decisions()).find((r) => r.id === added.id)).toMatchObject({ kind: 'NOT CARRIED', outcome: 'lost', numbering: 'letters' });
  });

  it('keeps counts and names as given, working out neither from the other', async () => {
    const namesOnly = await h.call('resolutions.add', {
      meetingId: meeting.id,
      itemId,
      kind: 'AGREED',
      parts: ['That it be agreed.'],
      recordedVote: [{ personId: chair.id, vote: 'for' }],
    });
    expect(namesOnly).not.toHaveProperty('vote');
    const cleared = await h.call('resolutions.update', { meetingId: meeting.id, id: namesOnly.id, patch: { recordedVote: null, vote: { for: 4 } } });
    expect(cleared).not.toHaveProperty('recordedVote');
    expect(cleared.vote).toEqual({ for: 4 });
  });

  it('keeps a verb the board has since dropped on a decision that already had it', async () => {
    await h.call('boards.update', { id: board.id, patch: { decisionVerbs: ['ORDERED TO LIE'] } });
    const added = await h.call('resolutions.add', {
      meetingId: meeting.id,
      itemId,
      kind: 'ORDERED TO LIE',
      parts: ['That the petition lie on the table.'],
    });
    await h.call('boards.update', { id: board.id, patch: { decisionVerbs: null } });
    const changed = await h.call('resolutions.update', {
      meetingId: meeting.id,
      id: added.id,
      patch: { parts: ['That the petition lie on the table until May.'] },
    });
    expect(changed.kind).toBe('ORDERED TO LIE');
    expect((await h.refusal('resolutions.add', { meetingId: meeting.id, itemId, kind: 'ORDERED TO LIE', parts: ['That.'] })).path).toBe('kind');
  });
});

describe('refusing a decision that contradicts itself, with every problem at its path and nothing written', () => {
  it('refuses counts against names, a person named twice, an unknown person and a verb the board does not use, all at once', async () => {
    const before = await decisions();
    const commits = vi.spyOn(h.backend.repository, 'commit');
    const refused = await h.refusal('resolutions.add', {
      meetingId: meeting.id,
      itemId,
      kind: 'NOT CARRIED',
      parts: ['That the report be noted.', { text: 'that it be published.', level: 2 }],
      mover: { personId: 'nobody' },
      vote: { for: 1, against: 0 },
      recordedVote: [
        { personId: chair.id, vote: 'for' },
        { personId: member.id, vote: 'for' },
        { personId: member.id, vote: 'against' },
      ],
    });
    expect(refused.code).toBe('invalid_input');
    expect(refused.path).toBe('kind');
    expect(issuesOf(refused)).toEqual([
      { path: 'kind', message: expect.stringContaining('NOT CARRIED is not one of this board’s verbs') },
      { path: 'parts.1.level', message: 'Part 2 can go only one level further in than the part above it.' },
      { path: 'recordedVote.2.personId', message: 'Dev Sharma is named twice in the vote.' },
      { path: 'vote.for', message: 'The count for is 1, but 2 people are named as voting for.' },
      { path: 'vote.against', message: 'The count against is 0, but 1 person is named as voting against.' },
      { path: 'mover.personId', message: 'There is no person with that id.' },
    ]);
    expect(refused.message).toMatch(/^There are 6 things to put right: NOT CARRIED is not one of this board’s verbs/);
    expect(commits).not.toHaveBeenCalled();
    expect(await decisions()).toEqual(before);
  });

  it('refuses a change that would contradict the counts, leaving the decision as it was', async () => {
    const added = await h.call('resolutions.add', {
      meetingId: meeting.id,
      itemId,
      kind: 'RESOLVED',
      parts: ['That the report be noted.'],
      vote: { for: 1, against: 0, abstain: 0 },
      recordedVote: [{ personId: chair.id, vote: 'for' }],
    });
    const refused = await h.refusal('resolutions.update', {
      meetingId: meeting.id,
      id: added.id,
      patch: {
        recordedVote: [
          { personId: chair.id, vote: 'for' },
          { personId: member.id, vote: 'for' },
        ],
        amendments: [{ text: 'That it be deferred.', mover: { personId: member.id }, seconder: { personId: member.id } }],
      },
    });
    expect(refused).toMatchObject({ code: 'invalid_input', path: 'vote.for' });
    expect(issuesOf(refused)?.map((i) => i.path)).toEqual(['vote.for', 'amendments.0.seconder']);
    expect((await decisions()).find((r) => r.id === added.id)).toEqual(added);
  });

  it('refuses a motion lost but RESOLVED, and a named voter with a pecuniary interest in the item', async () => {
    await h.call('declarations.add', {
      meetingId: meeting.id,
      itemId,
      personId: member.id,
      type: 'disclosable-pecuniary',
      nature: 'Works for a provider',
      leftTheRoom: true,
    });
    const lost = await h.refusal('resolutions.add', { meetingId: meeting.id, itemId, kind: 'RESOLVED', outcome: 'lost', parts: ['That.'] });
    expect(lost).toMatchObject({ code: 'invalid_input', path: 'kind' });
    const barred = await h.refusal('resolutions.add', {
      meetingId: meeting.id,
      itemId,
      kind: 'LOST',
      outcome: 'lost',
      parts: ['That the provider be paid more.'],
      recordedVote: [{ personId: member.id, vote: 'for' }],
    });
    expect(barred).toMatchObject({ code: 'conflict', path: 'recordedVote.0.personId' });
    expect(await decisions()).toEqual([]);
  });

  it('refuses an outcome the numbers contradict: a casting vote without a tie, a motion carried with fewer for than against', async () => {
    const base = { meetingId: meeting.id, itemId, kind: 'RESOLVED', parts: ['That the scheme be approved.'] };
    const casting = (await h.refusal('resolutions.add', { ...base, outcome: 'carried-on-casting-vote', vote: { for: 5, against: 4 } })) as ApiError;
    expect(casting).toMatchObject({
      code: 'invalid_input',
      path: 'outcome',
      message: 'A casting vote decides a tie, but the votes were 5 for and 4 against.',
    });
    const tied = (await h.refusal('resolutions.add', { ...base, outcome: 'carried', vote: { for: 4, against: 4 } })) as ApiError;
    expect(tied.message).toBe('The votes were tied at 4 each: say the motion was carried on the chair’s casting vote, or lost.');
    const amendment = (await h.refusal('resolutions.add', {
      ...base,
      amendments: [{ text: 'That “approved” read “noted”.', outcome: 'carried', vote: { for: 2, against: 6 } }],
    })) as ApiError;
    expect(amendment).toMatchObject({ path: 'amendments.0.outcome', message: 'A motion with 2 for and 6 against was not carried.' });
    expect(await decisions()).toEqual([]);
    const decided = await h.call('resolutions.add', { ...base, outcome: 'carried-on-casting-vote', vote: { for: 4, against: 4 } });
    expect(decided.outcome).toBe('carried-on-casting-vote');
  });

  it('refuses a verb not in capitals before anything else is looked at', async () => {
    const refused = await h.refusal('resolutions.add', { meetingId: meeting.id, itemId, kind: 'Resolved', parts: ['That.'] });
    expect(refused).toMatchObject({ code: 'invalid_input', path: 'kind', message: expect.stringMatching(/^Write the verb in capital letters/) });
  });
});

describe('importing decisions in a bundle', () => {
  it('refuses the same contradictions, a verb the board does not use and an unknown person, importing nothing', async () => {
    const exported = await h.call('data.export', {});
    const T = '2025-06-10T13:00:00.000Z';
    const base = { meetingId: meeting.id, itemId, order: 0, createdAt: T, updatedAt: T, parts: [{ id: 'x1', text: 'That.' }] };
    const bundle = (resolutions: unknown[]) => ({ ...exported, boards: [], people: [], memberships: [], meetings: [], agendaItems: [], resolutions });

    const counts = await h.refusal('data.import', {
      bundle: bundle([{ ...base, id: 'new-1', kind: 'RESOLVED', vote: { for: 0 }, recordedVote: [{ personId: chair.id, vote: 'for' }] }]),
    });
    expect(counts).toMatchObject({ code: 'invalid_input', path: 'resolutions.0.vote.for' });

    const people = await h.refusal('data.import', {
      bundle: bundle([
        { ...base, id: 'new-2', kind: 'NOT CARRIED' },
        { ...base, id: 'new-3', kind: 'RESOLVED', order: 1, seconder: { personId: 'nobody' } },
      ]),
    });
    expect(people.code).toBe('invalid_input');
    expect(issuesOf(people)?.map((i) => i.path)).toEqual(['resolutions.0.kind', 'resolutions.1.seconder.personId']);
    expect(await decisions()).toEqual([]);
  });
});
