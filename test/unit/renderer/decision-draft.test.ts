import { describe, expect, it } from 'vitest';
import { STANDARD_DECISION_VERBS, type Resolution } from '../../../shared/model/resolution';
import {
  canIndent,
  decisionFields,
  decisionFormProblems,
  decisionFormSchema,
  decisionPatch,
  draftFromResolution,
  emptyAmendment,
  emptyDecision,
  formPathOf,
  movePart,
  partLabels,
  shiftPart,
  SOMEONE_ELSE,
  type DecisionFormValues,
  type PartValues,
} from '../../../renderer/src/features/live-minutes/decision-draft';

const T = '2025-06-10T13:00:00.000Z';
const context = { verbs: [...STANDARD_DECISION_VERBS, 'NOT CARRIED'], name: (id: string) => (id === 'a' ? 'Amina Okafor' : id) };
const withParts = (...texts: string[]): DecisionFormValues => emptyDecision(texts);
const problems = (values: DecisionFormValues): string[] => decisionFormProblems(values, context).map((p) => p.path.join('.'));
const levels = (parts: readonly PartValues[]): number[] => parts.map((p) => p.level);
const outline = (...given: number[]): PartValues[] => given.map((level, i) => ({ key: `k${i}`, text: `Part ${i}`, level }));

describe('a decision being written', () => {
  it('moves a part up or down, keeping each part’s key, and leaves the order alone at either end', () => {
    const draft = withParts('one', 'two', 'three');
    const moved = movePart(draft.parts, 2, -1);
    expect(moved.map((p) => p.text)).toEqual(['one', 'three', 'two']);
    expect(moved[1]?.key).toBe(draft.parts[2]?.key);
    expect(movePart(draft.parts, 0, -1).map((p) => p.text)).toEqual(['one', 'two', 'three']);
    expect(movePart(draft.parts, 2, 1).map((p) => p.text)).toEqual(['one', 'two', 'three']);
  });

  it('indents a part within the part above, and outdents it with the parts within it, two levels deep at most', () => {
    expect(canIndent(outline(0, 0), 0)).toBe(false);
    expect(levels(shiftPart(outline(0, 0, 0), 1, 1))).toEqual([0, 1, 0]);
    expect(levels(shiftPart(outline(0, 1, 1), 2, 1))).toEqual([0, 1, 2]);
    expect(canIndent(outline(0, 1, 2), 2)).toBe(false);
    // A part takes the parts within it along, in and out.
    expect(levels(shiftPart(outline(0, 0, 1, 0), 1, 1))).toEqual([0, 1, 2, 0]);
    expect(levels(shiftPart(outline(0, 1, 2, 0), 1, -1))).toEqual([0, 0, 1, 0]);
    expect(canIndent(outline(0, 0, 1, 2), 1)).toBe(false);
    // A part moved to the top cannot sit within another.
    expect(levels(movePart(outline(0, 1), 1, -1))).toEqual([0, 0]);
  });

  it('numbers each part as the minutes will, with the numbers of the parts it sits within', () => {
    expect(partLabels(outline(0, 1, 2, 2, 1, 0), 'numbers')).toEqual(['(1)', '(1)(a)', '(1)(a)(i)', '(1)(a)(ii)', '(1)(b)', '(2)']);
    expect(partLabels(outline(0, 0, 1), 'roman')).toEqual(['(i)', '(ii)', '(ii)(a)']);
    expect(partLabels(outline(0, 1), 'letters')).toEqual(['(a)', '(a)(i)']);
  });

  it('asks for the words, the body a recommendation goes to, whole-number counts and at least one named vote', () => {
    expect(problems(withParts(' '))).toEqual(['parts.0.text']);
    expect(problems({ ...withParts('That it be adopted.'), verb: 'RECOMMENDED' })).toEqual(['recommendedTo']);
    const counts = { ...withParts('That it be agreed.'), voteMode: 'counts' as const, counts: { for: '5', against: 'two', abstain: '' } };
    expect(problems(counts)).toEqual(['counts.against']);
    expect(problems({ ...withParts('That it be agreed.'), voteMode: 'counts', counts: { for: '', against: '', abstain: '' } })).toEqual([
      'counts.for',
    ]);
    expect(problems({ ...withParts('That it be agreed.'), voteMode: 'recorded', recorded: { a: '' } })).toEqual(['recorded']);
  });

  it('takes the board’s own verbs and any verb typed in lower case, and refuses a verb the board does not use', () => {
    expect(decisionFields({ ...withParts('That.'), verb: ' not carried ' }).kind).toBe('NOT CARRIED');
    expect(problems({ ...withParts('That.'), verb: 'not carried' })).toEqual([]);
    const refused = decisionFormProblems({ ...withParts('That.'), verb: 'DEFEATED' }, context);
    expect(refused).toEqual([
      {
        path: ['verb'],
        message: 'DEFEATED is not one of this board’s verbs: choose one from the list, or add it to the board’s own verbs on the board’s page.',
      },
    ]);
    expect(decisionFormProblems({ ...withParts('That.'), verb: 'Not carried 2' }, context)[0]?.message).toMatch(/^Write the verb in capital letters/);
  });

  it('shows counts that contradict the names, and a lost motion RESOLVED, beside their fields', () => {
    const values: DecisionFormValues = {
      ...withParts('That it be agreed.'),
      voteMode: 'both',
      counts: { for: '1', against: '', abstain: '' },
      recorded: { a: 'for', b: 'for' },
      outcome: 'lost',
    };
    expect(decisionFormProblems(values, context)).toEqual([
      { path: ['counts', 'for'], message: 'The count for is 1, but 2 people are named as voting for.' },
      { path: ['verb'], message: 'A motion that was lost decided nothing, so it cannot be RESOLVED: choose LOST or another verb.' },
    ]);
  });

  it('asks for the name of someone not on file, and the words of each amendment', () => {
    const values: DecisionFormValues = {
      ...withParts('That it be agreed.'),
      mover: { choice: SOMEONE_ELSE, name: ' ' },
      amendments: [{ ...emptyAmendment(), counts: { for: 'x', against: '', abstain: '' } }],
    };
    expect(problems(values)).toEqual(['mover.name', 'amendments.0.text', 'amendments.0.counts.for']);
  });

  it('sends trimmed parts without empty ones, levels as they are, counts as numbers and named votes without those who did not vote', () => {
    const values: DecisionFormValues = {
      ...withParts(' That the proposals be adopted: ', '', 'That it be published.'),
      parts: [
        { key: 'a', text: ' That the proposals be adopted: ', level: 0 },
        { key: 'b', text: '', level: 0 },
        { key: 'c', text: 'that charges rise by inflation;', level: 1 },
        { key: 'd', text: 'That it be published.', level: 0 },
      ],
      voteMode: 'both',
      counts: { for: '6', against: '', abstain: '1' },
      recorded: { a: 'for', b: '', c: 'abstain' },
      mover: { choice: 'a', name: '' },
      seconder: { choice: SOMEONE_ELSE, name: ' Jo Bloggs ' },
      outcome: 'carried',
      amendments: [{ ...emptyAmendment(), text: ' That “one” read “three”. ', outcome: 'lost', counts: { for: '2', against: '5', abstain: '' } }],
    };
    expect(decisionFields(values)).toEqual({
      kind: 'RESOLVED',
      numbering: 'numbers',
      parts: ['That the proposals be adopted:', { text: 'that charges rise by inflation;', level: 1 }, 'That it be published.'],
      mover: { personId: 'a' },
      seconder: { name: 'Jo Bloggs' },
      amendments: [{ text: 'That “one” read “three”.', outcome: 'lost', vote: { for: 2, against: 5 } }],
      outcome: 'carried',
      vote: { for: 6, abstain: 1 },
      recordedVote: [
        { personId: 'a', vote: 'for' },
        { personId: 'c', vote: 'abstain' },
      ],
    });
    expect(decisionFormSchema(context).safeParse(values).success).toBe(true);
    expect(decisionFields({ ...withParts('That it be adopted.'), verb: 'RECOMMENDED', recommendedTo: ' Cabinet ' }).recommendedTo).toBe('Cabinet');
  });

  it('puts a problem the backend names beside the part it came from, empty parts left out', () => {
    expect(formPathOf(['parts', 1, 'level'], [0, 2, 3])).toEqual(['parts', 2, 'text']);
    expect(formPathOf(['vote', 'against'], [])).toEqual(['counts', 'against']);
    expect(formPathOf(['amendments', 0, 'vote', 'for'], [])).toEqual(['amendments', 0, 'counts', 'for']);
    expect(formPathOf(['recordedVote', 3, 'personId'], [])).toEqual(['recorded']);
    expect(formPathOf(['kind'], [])).toEqual(['verb']);
  });

  it('opens an existing decision with its verb, levels, motion and vote as they were recorded', () => {
    const resolution: Resolution = {
      id: 'r1',
      meetingId: 'm1',
      itemId: 'i1',
      order: 0,
      kind: 'NOT CARRIED',
      numbering: 'roman',
      parts: [
        { id: 'p1', text: 'That it be agreed:', level: 0 },
        { id: 'p2', text: 'with thanks.', level: 1 },
      ],
      vote: { for: 2, against: 1 },
      recordedVote: [
        { personId: 'a', vote: 'for' },
        { personId: 'c', vote: 'against' },
      ],
      mover: { personId: 'a' },
      seconder: { name: 'Jo Bloggs' },
      amendments: [{ id: 'am1', text: 'That it be deferred.', outcome: 'withdrawn' }],
      outcome: 'lost',
      createdAt: T,
      updatedAt: T,
    };
    const draft = draftFromResolution(resolution);
    expect(draft).toMatchObject({
      verb: 'NOT CARRIED',
      numbering: 'roman',
      voteMode: 'both',
      recorded: { a: 'for', c: 'against' },
      counts: { for: '2', against: '1', abstain: '' },
      mover: { choice: 'a', name: '' },
      seconder: { choice: SOMEONE_ELSE, name: 'Jo Bloggs' },
      outcome: 'lost',
    });
    expect(levels(draft.parts)).toEqual([0, 1]);
    // Saved unchanged, it keeps the amendment's id and sends nothing to clear.
    const patch = decisionPatch(decisionFields(draft), resolution);
    expect(patch.amendments).toEqual([{ id: 'am1', text: 'That it be deferred.', outcome: 'withdrawn' }]);
    expect(Object.values(patch)).not.toContain(null);
  });

  it('sends the words before the verb trimmed, and clears them when the clerk takes them away', () => {
    const fields = decisionFields({ ...withParts('to the following actions:'), leadIn: ' The Committee ', verb: 'AGREED' });
    expect(fields).toMatchObject({ leadIn: 'The Committee', kind: 'AGREED' });
    expect(decisionPatch(decisionFields(withParts('That.')), { leadIn: 'The Committee' }).leadIn).toBeNull();
    expect(formPathOf(['leadIn'], [])).toEqual(['leadIn']);
  });

  it('keeps how each member voted on an amendment, by name, and opens it again as recorded', () => {
    const values: DecisionFormValues = {
      ...withParts('That the budget be approved.'),
      amendments: [{ ...emptyAmendment(), text: 'That the reserve be £2m.', outcome: 'lost', recorded: { a: 'for', b: '', c: 'against' } }],
    };
    const fields = decisionFields(values);
    expect(fields.amendments).toEqual([
      {
        text: 'That the reserve be £2m.',
        outcome: 'lost',
        recordedVote: [
          { personId: 'a', vote: 'for' },
          { personId: 'c', vote: 'against' },
        ],
      },
    ]);
    const reopened = draftFromResolution({
      id: 'r1',
      meetingId: 'm1',
      itemId: 'i1',
      order: 0,
      kind: 'RESOLVED',
      parts: [{ id: 'p1', text: 'That the budget be approved.' }],
      amendments: [{ id: 'am1', ...(fields.amendments?.[0] ?? { text: '' }) }],
      createdAt: T,
      updatedAt: T,
    });
    expect(reopened.amendments[0]?.recorded).toEqual({ a: 'for', c: 'against' });
    expect(formPathOf(['amendments', 0, 'recordedVote', 1, 'personId'], [])).toEqual(['amendments', 0, 'recorded']);
  });

  it('clears what the clerk took away: the mover, the amendments, the outcome, and counts no longer given', () => {
    const before = { mover: { personId: 'a' }, amendments: [{ id: 'x', text: 'That.' }], outcome: 'carried' as const, vote: { for: 3 } };
    expect(decisionPatch({ kind: 'RESOLVED', parts: ['That A.'], recordedVote: [{ personId: 'a', vote: 'for' }] }, before)).toEqual({
      kind: 'RESOLVED',
      parts: ['That A.'],
      recordedVote: [{ personId: 'a', vote: 'for' }],
      vote: null,
      mover: null,
      amendments: null,
      outcome: null,
    });
  });
});
