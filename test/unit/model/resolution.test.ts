import { describe, expect, it } from 'vitest';
import { Board, DecisionVerbs } from '../../../shared/model/board';
import { DecisionVerb, Resolution, decisionIssues, namedPeople, type DecisionShape } from '../../../shared/model/resolution';
import { board } from '../../support/builders';

const T = '2025-06-10T13:00:00.000Z';
const record = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'r1',
  meetingId: 'm1',
  itemId: 'i1',
  order: 0,
  kind: 'RESOLVED',
  parts: [{ id: 'p1', text: 'That the report be noted.' }],
  createdAt: T,
  updatedAt: T,
  ...overrides,
});

const paths = (shape: DecisionShape): string[] => decisionIssues(shape).map((i) => i.path.join('.'));
const decision = (overrides: Partial<DecisionShape> = {}): DecisionShape => ({ kind: 'RESOLVED', parts: [{}], ...overrides });

describe('a decision’s verb', () => {
  it('takes any verb in capital letters, of one or more words', () => {
    for (const verb of ['RESOLVED', 'ORDERED', 'NOT CARRIED', 'RE-ELECTED', 'CHAIR’S ACTION', 'LOST']) expect(DecisionVerb.parse(verb)).toBe(verb);
  });

  it('refuses lower case, digits, stray spaces and a single letter, with a sentence that says how to write it', () => {
    for (const verb of ['Resolved', 'RESOLVED 2', 'NOT  CARRIED', 'AGREED:', 'R', '', 'A'.repeat(41)]) {
      const result = DecisionVerb.safeParse(verb);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/^Write the verb in capital letters as the minutes print it/);
    }
  });

  it('still reads a decision written before verbs were open', () => {
    for (const kind of ['RESOLVED', 'AGREED', 'NOTED']) expect(Resolution.parse(record({ kind })).kind).toBe(kind);
    expect(Resolution.parse(record({ kind: 'RECOMMENDED', recommendedTo: 'Cabinet', vote: { for: 5, against: 1, abstain: 0 } })).vote).toEqual({
      for: 5,
      against: 1,
      abstain: 0,
    });
  });

  it('needs the body a recommendation goes to', () => {
    expect(paths(decision({ kind: 'RECOMMENDED' }))).toEqual(['recommendedTo']);
    expect(paths(decision({ kind: 'RECOMMENDED', recommendedTo: 'Council' }))).toEqual([]);
  });

  it('refuses RESOLVED for a motion that was lost or withdrawn, and a carried outcome for one recorded as LOST', () => {
    expect(paths(decision({ outcome: 'lost' }))).toEqual(['kind']);
    expect(decisionIssues(decision({ kind: 'AGREED', outcome: 'withdrawn' }))[0]?.message).toBe(
      'A motion that was withdrawn decided nothing, so it cannot be AGREED: choose LOST or another verb.',
    );
    expect(paths(decision({ kind: 'LOST', outcome: 'carried' }))).toEqual(['outcome']);
    expect(paths(decision({ kind: 'LOST', outcome: 'lost-on-casting-vote' }))).toEqual([]);
    expect(paths(decision({ kind: 'NOT CARRIED', outcome: 'lost' }))).toEqual([]);
    expect(paths(decision({ outcome: 'carried-on-casting-vote' }))).toEqual([]);
  });
});

describe('a board’s own verbs', () => {
  it('are kept with the board, and a board without them reads as before', () => {
    expect(Board.parse(board({ decisionVerbs: ['NOT CARRIED', 'ORDERED TO LIE'], decisionNumbering: 'roman' })).decisionVerbs).toEqual([
      'NOT CARRIED',
      'ORDERED TO LIE',
    ]);
    expect(Board.parse(board())).not.toHaveProperty('decisionVerbs');
  });

  it('refuses a verb listed twice, a standard verb, and one not in capitals, each at its place in the list', () => {
    const result = DecisionVerbs.safeParse(['NOT CARRIED', 'RESOLVED', 'NOT CARRIED', 'deferred']);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['3', expect.stringMatching(/^Write the verb in capital letters/)],
      ['1', 'RESOLVED is a standard verb already; list only the board’s own.'],
      ['2', 'NOT CARRIED is listed twice.'],
    ]);
  });
});

describe('parts within parts', () => {
  it('nest one level at a time, at most two levels within a top-level part', () => {
    expect(paths(decision({ parts: [{}, { level: 1 }, { level: 2 }, { level: 1 }, {}] }))).toEqual([]);
    expect(paths(decision({ parts: [{ level: 1 }, {}] }))).toEqual(['parts.0.level']);
    expect(paths(decision({ parts: [{}, { level: 2 }, { level: 1 }] }))).toEqual(['parts.1.level']);
    expect(decisionIssues(decision({ parts: [{}, { level: 2 }] }))[0]?.message).toBe(
      'Part 2 can go only one level further in than the part above it.',
    );
    expect(
      Resolution.safeParse(
        record({
          parts: [
            { id: 'a', text: 'That.' },
            { id: 'b', text: 'that.', level: 3 },
          ],
        }),
      ).success,
    ).toBe(false);
  });

  it('keep their levels in the record', () => {
    const parsed = Resolution.parse(
      record({
        parts: [
          { id: 'a', text: 'That the proposals be adopted, namely:' },
          { id: 'b', text: 'that charges rise by no more than inflation;', level: 1 },
        ],
      }),
    );
    expect(parsed.parts.map((p) => p.level ?? 0)).toEqual([0, 1]);
  });
});

describe('counts and names', () => {
  const named = (...votes: [string, 'for' | 'against' | 'abstain'][]) => votes.map(([personId, vote]) => ({ personId, vote }));

  it('may each be absent, or give only some of the numbers', () => {
    expect(paths(decision({ vote: { for: 7 } }))).toEqual([]);
    expect(paths(decision({ recordedVote: named(['a', 'against']) }))).toEqual([]);
    expect(Resolution.safeParse(record({ vote: {} })).success).toBe(false);
  });

  it('accept fewer names than the count, as when only some members are named', () => {
    expect(paths(decision({ vote: { for: 5, against: 2 }, recordedVote: named(['a', 'for'], ['b', 'against']) }))).toEqual([]);
  });

  it('refuse more names than the count, naming the count to correct', () => {
    const issues = decisionIssues(decision({ vote: { for: 1, against: 0 }, recordedVote: named(['a', 'for'], ['b', 'for'], ['c', 'against']) }));
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['vote.for', 'The count for is 1, but 2 people are named as voting for.'],
      ['vote.against', 'The count against is 0, but 1 person is named as voting against.'],
    ]);
  });

  it('refuse a person named twice, and a seconder who moved the motion', () => {
    expect(paths(decision({ recordedVote: named(['a', 'for'], ['a', 'against']) }))).toEqual(['recordedVote.1.personId']);
    expect(decisionIssues(decision({ recordedVote: named(['a', 'for'], ['a', 'for']) }), () => 'Amina Okafor')[0]?.message).toBe(
      'Amina Okafor is named twice in the vote.',
    );
    expect(paths(decision({ mover: { personId: 'a' }, seconder: { personId: 'a' } }))).toEqual(['seconder']);
    expect(paths(decision({ mover: { name: 'Jo Bloggs' }, seconder: { name: 'jo bloggs' } }))).toEqual(['seconder']);
  });

  it('check each amendment’s vote at its own path', () => {
    const amendments = [{ vote: { against: 1 }, recordedVote: named(['a', 'against'], ['b', 'against']) }];
    expect(paths(decision({ amendments }))).toEqual(['amendments.0.vote.against']);
  });

  it('are refused in a stored record too, so a bundle cannot bring them in', () => {
    const result = Resolution.safeParse(
      record({ vote: { for: 0, against: 0, abstain: 0 }, recordedVote: [{ personId: 'a', vote: 'for' }], outcome: 'carried' }),
    );
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['vote.for']);
  });
});

describe('the people a decision names', () => {
  it('are found wherever they are, each with its path', () => {
    const people = namedPeople({
      mover: { personId: 'a' },
      seconder: { name: 'Jo Bloggs' },
      recordedVote: [{ personId: 'b', vote: 'for' }],
      amendments: [{ seconder: { personId: 'c' }, recordedVote: [{ personId: 'd', vote: 'against' }] }],
    });
    expect(people.map((p) => [p.personId, p.path.join('.')])).toEqual([
      ['a', 'mover.personId'],
      ['b', 'recordedVote.0.personId'],
      ['c', 'amendments.0.seconder.personId'],
      ['d', 'amendments.0.recordedVote.0.personId'],
    ]);
  });
});
