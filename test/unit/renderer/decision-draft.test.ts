import { describe, expect, it } from 'vitest';
import type { Resolution } from '../../../shared/model/resolution';
import {
  decisionFields,
  decisionProblems,
  draftFromResolution,
  emptyDecision,
  movePart,
  type DecisionDraft,
} from '../../../renderer/src/features/live-minutes/decision-draft';

const T = '2025-06-10T13:00:00.000Z';
const withParts = (...texts: string[]): DecisionDraft => emptyDecision(texts);

describe('a decision being written', () => {
  it('moves a part up or down, keeping each part’s key, and leaves the order alone at either end', () => {
    const draft = withParts('one', 'two', 'three');
    const moved = movePart(draft.parts, 2, -1);
    expect(moved.map((p) => p.text)).toEqual(['one', 'three', 'two']);
    expect(moved[1]?.key).toBe(draft.parts[2]?.key);
    expect(movePart(draft.parts, 0, -1).map((p) => p.text)).toEqual(['one', 'two', 'three']);
    expect(movePart(draft.parts, 2, 1).map((p) => p.text)).toEqual(['one', 'two', 'three']);
  });

  it('asks for the words, the body a recommendation goes to, whole-number counts and at least one named vote', () => {
    expect(decisionProblems(withParts(' ')).map((p) => p.field)).toEqual(['part-0']);
    expect(decisionProblems({ ...withParts('That it be adopted.'), kind: 'RECOMMENDED' }).map((p) => p.field)).toEqual(['recommendedTo']);
    const counts = { ...withParts('That it be agreed.'), voteMode: 'counts' as const, counts: { for: '5', against: 'two', abstain: '' } };
    expect(decisionProblems(counts).map((p) => p.field)).toEqual(['count-against']);
    expect(decisionProblems({ ...withParts('That it be agreed.'), voteMode: 'recorded', recorded: { a: '' } }).map((p) => p.field)).toEqual([
      'recorded',
    ]);
  });

  it('sends trimmed parts without empty ones, counts as numbers, and named votes without those who did not vote', () => {
    const draft: DecisionDraft = {
      ...withParts(' That it be noted. ', '', 'That it be published.'),
      voteMode: 'recorded',
      recorded: { a: 'for', b: '', c: 'against' },
    };
    expect(decisionFields(draft)).toEqual({
      kind: 'RESOLVED',
      parts: ['That it be noted.', 'That it be published.'],
      recordedVote: [
        { personId: 'a', vote: 'for' },
        { personId: 'c', vote: 'against' },
      ],
    });
    expect(decisionFields({ ...withParts('That it be agreed.'), voteMode: 'counts', counts: { for: '6', against: '', abstain: '1' } }).vote).toEqual({
      for: 6,
      against: 0,
      abstain: 1,
    });
    expect(decisionFields({ ...withParts('That it be adopted.'), kind: 'RECOMMENDED', recommendedTo: ' Cabinet ' }).recommendedTo).toBe('Cabinet');
  });

  it('opens an existing decision with its vote as it was recorded', () => {
    const resolution: Resolution = {
      id: 'r1',
      meetingId: 'm1',
      itemId: 'i1',
      order: 0,
      kind: 'AGREED',
      parts: [{ id: 'p1', text: 'That it be agreed.' }],
      vote: { for: 2, against: 1, abstain: 0 },
      recordedVote: [
        { personId: 'a', vote: 'for' },
        { personId: 'b', vote: 'for' },
        { personId: 'c', vote: 'against' },
      ],
      createdAt: T,
      updatedAt: T,
    };
    const draft = draftFromResolution(resolution);
    expect(draft).toMatchObject({
      kind: 'AGREED',
      voteMode: 'recorded',
      recorded: { a: 'for', b: 'for', c: 'against' },
      counts: { for: '2', against: '1', abstain: '0' },
    });
    expect(draft.parts.map((p) => p.text)).toEqual(['That it be agreed.']);
  });
});
