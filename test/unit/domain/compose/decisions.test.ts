import { describe, expect, it } from 'vitest';
import type { Block, List } from '../../../../shared/document/model';
import { blockLines, docText, listItemLabels } from '../../../../shared/document/text';
import { decisionInline, decisionRecordBlocks } from '../../../../shared/domain/compose/decisions';
import { composeEasyReadMinutes } from '../../../../shared/domain/compose/easy-read';
import { composeResolutionExtract } from '../../../../shared/domain/compose/extract';
import { composeMinutes } from '../../../../shared/domain/compose/minutes';
import { peopleIndex } from '../../../../shared/domain/compose/people';
import { publicRegister, publicView } from '../../../../shared/domain/compose/public-view';
import { resolutionsSheet } from '../../../../shared/domain/compose/registers';
import type { Resolution } from '../../../../shared/model';
import { meetingData, PEOPLE } from './meeting-fixture';

const T = '2025-01-01T10:00:00.000Z';
const people = peopleIndex(PEOPLE);

const decision = (overrides: Partial<Resolution> = {}): Resolution => ({
  id: 'd1',
  meetingId: 'm1',
  itemId: 'i-breaks',
  order: 0,
  kind: 'RESOLVED',
  parts: [{ id: 'p1', text: 'That the report be noted.' }],
  createdAt: T,
  updatedAt: T,
  ...overrides,
});

const parts = (...given: (string | [string, number])[]): Resolution['parts'] =>
  given.map((p, i) => (typeof p === 'string' ? { id: `p${i}`, text: p } : { id: `p${i}`, text: p[0], level: p[1] }));

const named = (...votes: [string, 'for' | 'against' | 'abstain'][]): Resolution['recordedVote'] =>
  votes.map(([personId, vote]) => ({ personId, vote }));

/** What a reader reads of a decision, a line a block; list items with the labels every writer prints. */
const printed = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => {
    if (b.kind !== 'list') return blockLines(b);
    const labels = listItemLabels(b);
    return b.items.map((runs, i) => `${labels[i] ?? ''} ${runs.map((r) => r.text).join('')}`);
  });

const lines = (r: Resolution): string[] => printed(decisionRecordBlocks(r, people));

describe('a decision’s words', () => {
  it('print the board’s own verb, and a single part runs on after it', () => {
    expect(lines(decision({ kind: 'ORDERED' }))).toEqual(['ORDERED: That the report be noted.']);
    expect(lines(decision({ kind: 'NOT CARRIED' }))).toEqual(['NOT CARRIED: That the report be noted.']);
    expect(lines(decision({ kind: 'RECOMMENDED', recommendedTo: 'Council' }))).toEqual(['RECOMMENDED to Council: That the report be noted.']);
  });

  it('print the words before the verb as the council writes them, running on into one part and ending with a colon before a list', () => {
    const one = [{ id: 'p1', text: 'to the following actions:' }];
    expect(lines(decision({ leadIn: 'The Committee', kind: 'AGREED', parts: one }))).toEqual(['The Committee AGREED to the following actions:']);
    expect(
      lines(
        decision({
          leadIn: 'The Board',
          kind: 'RECOMMENDED',
          recommendedTo: 'Cabinet',
          parts: parts('That it be adopted.', 'That it be published.'),
        }),
      ),
    ).toEqual(['The Board RECOMMENDED to Cabinet:', '(1) That it be adopted.', '(2) That it be published.']);
  });

  it('number parts (i), (ii) or (a), (b) when the decision was made so, and (1), (2) as before otherwise', () => {
    const two = parts('That the report be noted.', 'That a workshop be arranged.');
    expect(lines(decision({ parts: two, numbering: 'roman' }))).toEqual([
      'RESOLVED:',
      '(i) That the report be noted.',
      '(ii) That a workshop be arranged.',
    ]);
    expect(lines(decision({ parts: two, numbering: 'letters' }))).toEqual([
      'RESOLVED:',
      '(a) That the report be noted.',
      '(b) That a workshop be arranged.',
    ]);
    const plain = decisionRecordBlocks(decision({ parts: two }), people)[1];
    expect(plain).toEqual({
      kind: 'list',
      style: 'parenthesised',
      items: [[{ text: 'That the report be noted.' }], [{ text: 'That a workshop be arranged.' }]],
    });
  });

  it('nest parts within parts, each level counting afresh: (1), (a), (i), then (b) and (2)', () => {
    const nested = decision({
      parts: parts(
        'That the proposals be adopted, namely:',
        ['that charges rise by no more than inflation, with:', 1],
        ['a cap for people on low incomes;', 2],
        ['a review after a year;', 2],
        ['that three months’ notice be given;', 1],
        'That an easy read summary be published.',
      ),
    });
    expect(lines(nested)).toEqual([
      'RESOLVED:',
      '(1) That the proposals be adopted, namely:',
      '(a) that charges rise by no more than inflation, with:',
      '(i) a cap for people on low incomes;',
      '(ii) a review after a year;',
      '(b) that three months’ notice be given;',
      '(2) That an easy read summary be published.',
    ]);
    const list = decisionRecordBlocks(nested, people)[1] as List;
    expect(list.depths).toEqual([0, 1, 2, 2, 1, 0]);
    expect(list.counters).toEqual(['decimal', 'lower-alpha', 'lower-roman']);
    expect(decisionInline(nested)).toBe(
      'RESOLVED: (1) That the proposals be adopted, namely: (a) that charges rise by no more than inflation, with: (i) a cap for people on low incomes; (ii) a review after a year; (b) that three months’ notice be given; (2) That an easy read summary be published.',
    );
  });

  it('number nested parts of a decision lettered at the top (a), then (i), then (1)', () => {
    const lettered = decision({ numbering: 'letters', parts: parts('That A:', ['that B:', 1], ['that C.', 2], 'That D.') });
    expect(lines(lettered).slice(1)).toEqual(['(a) That A:', '(i) that B:', '(1) that C.', '(b) That D.']);
  });
});

describe('a motion as the minutes record it', () => {
  it('names the mover and seconder, a person on file by the name documents print and anyone else as typed', () => {
    const moved = decision({ mover: { personId: 'p-chair' }, seconder: { name: 'Jo Bloggs (Healthwatch)' }, outcome: 'carried' });
    expect(lines(moved)).toEqual([
      'Moved by Cllr Amina Okafor and seconded by Jo Bloggs (Healthwatch).',
      'RESOLVED: That the report be noted.',
      'The motion was CARRIED.',
    ]);
    expect(lines(decision({ seconder: { personId: 'p-vcs' } }))[0]).toBe('Seconded by Priya Banerjee.');
  });

  it('prints each amendment with its mover, its words, what became of it and its vote, before the motion', () => {
    const amended = decision({
      mover: { personId: 'p-chair' },
      amendments: [
        {
          id: 'a1',
          text: 'That “one month” be replaced by “three months”.',
          mover: { personId: 'p-cllr' },
          seconder: { personId: 'p-vcs' },
          outcome: 'lost',
          vote: { for: 2, against: 6 },
        },
        { id: 'a2', text: 'That paragraph (2) be deleted.', outcome: 'withdrawn' },
      ],
      outcome: 'carried',
    });
    expect(lines(amended)).toEqual([
      'Moved by Cllr Amina Okafor.',
      'Amendment 1 moved by Cllr Peter Holloway and seconded by Priya Banerjee: That “one month” be replaced by “three months”.',
      'The amendment was LOST.',
      'The vote was 2 for, 6 against.',
      'Amendment 2: That paragraph (2) be deleted.',
      'The amendment was WITHDRAWN.',
      'RESOLVED: That the report be noted.',
      'The motion was CARRIED.',
    ]);
  });

  it('prints a lost motion as such, once, and a casting vote as such', () => {
    expect(lines(decision({ kind: 'LOST', outcome: 'lost', vote: { for: 3, against: 5, abstain: 1 } }))).toEqual([
      'The motion was LOST: That the report be noted.',
      'The vote was 3 for, 5 against, 1 abstention.',
    ]);
    expect(lines(decision({ kind: 'LOST', outcome: 'lost-on-casting-vote' }))).toEqual([
      'The motion was LOST on the chair’s casting vote: That the report be noted.',
    ]);
    expect(lines(decision({ kind: 'NOT CARRIED', outcome: 'lost' }))).toEqual(['NOT CARRIED: That the report be noted.', 'The motion was LOST.']);
    expect(lines(decision({ outcome: 'carried-on-casting-vote', vote: { for: 4, against: 4, abstain: 0 } }))).toEqual([
      'RESOLVED: That the report be noted.',
      'The motion was CARRIED on the chair’s casting vote.',
      'The vote was 4 for, 4 against, 0 abstentions.',
    ]);
  });

  it('prints nothing that was not recorded: no mover, outcome, amendment or vote', () => {
    expect(lines(decision())).toEqual(['RESOLVED: That the report be noted.']);
  });
});

describe('a vote as recorded', () => {
  it('prints counts and names together, the count beside each list', () => {
    const both = decision({
      vote: { for: 5, against: 1, abstain: 0 },
      recordedVote: named(['p-chair', 'for'], ['p-cllr', 'for'], ['p-vcs', 'against']),
    });
    expect(lines(both)).toEqual([
      'RESOLVED: That the report be noted.',
      'A recorded vote was taken:',
      '• For (5): Cllr Amina Okafor and Cllr Peter Holloway',
      '• Against (1): Priya Banerjee',
      '• Abstained (0): none',
    ]);
  });

  it('prints names without counts, and only the lists that were recorded', () => {
    expect(lines(decision({ recordedVote: named(['p-cllr', 'against']) })).slice(1)).toEqual([
      'A recorded vote was taken:',
      '• Against: Cllr Peter Holloway',
    ]);
  });

  it('prints a count without names as a number only, and leaves out a number not given', () => {
    expect(lines(decision({ vote: { for: 7, against: 2 }, recordedVote: named(['p-cllr', 'against']) })).slice(1)).toEqual([
      'A recorded vote was taken:',
      '• For (7)',
      '• Against (2): Cllr Peter Holloway',
    ]);
    expect(lines(decision({ vote: { for: 7 } })).slice(1)).toEqual(['The vote was 7 for.']);
  });
});

describe('decisions in the documents', () => {
  const recorded = decision({
    id: 'd-motion',
    reference: 'RCPB/2024/25-2',
    order: 1,
    numbering: 'roman',
    parts: parts('That the strategy be adopted, subject to:', ['a review in six months;', 1], 'That carers be thanked.'),
    mover: { personId: 'p-chair' },
    seconder: { name: 'Janet Morley' },
    amendments: [{ id: 'a1', text: 'That Janet Morley lead the review.', mover: { personId: 'p-vcs' }, outcome: 'carried' }],
    outcome: 'carried-on-casting-vote',
    vote: { for: 3, against: 3 },
    recordedVote: named(['p-chair', 'for'], ['p-carer', 'against']),
  });
  const data = meetingData();
  const withMotion = { ...data, resolutions: [...data.resolutions, recorded] };

  it('print the same record in the minutes and the extract', () => {
    const expected = [
      'Moved by Cllr Amina Okafor and seconded by Janet Morley.',
      'Amendment moved by Priya Banerjee: That Janet Morley lead the review.',
      'The amendment was CARRIED.',
      'RESOLVED:',
      'That the strategy be adopted, subject to:',
      'a review in six months;',
      'That carers be thanked.',
      'The motion was CARRIED on the chair’s casting vote.',
      'A recorded vote was taken:',
      'For (3): Cllr Amina Okafor',
      'Against (3): Janet Morley',
    ].join('\n');
    expect(docText(composeMinutes(withMotion))).toContain(expected);
    expect(docText(composeResolutionExtract(withMotion, 'd-motion'))).toContain(expected);
  });

  it('give public documents the roles of people not named, typed names and amendments included', () => {
    const text = docText(composeMinutes(publicView(withMotion)));
    expect(text).toContain('Moved by Cllr Amina Okafor and seconded by a carer.');
    expect(text).toContain('Amendment moved by Priya Banerjee: That a carer lead the review.');
    expect(text).toContain('Against (3): a carer');
    expect(text).not.toContain('Janet Morley');
  });

  it('put the verb, motion, outcome and named votes in the resolutions register', () => {
    const entries = withMotion.resolutions.map((resolution) => ({
      resolution,
      meetingDate: data.meeting.date,
      meetingStatus: 'minutes-signed' as const,
      minuteLabel: '25.',
      itemTitle: 'Carers',
      fromPrivateItem: resolution.itemId === 'i-exempt',
    }));
    const sheet = resolutionsSheet({ audience: 'private', board: data.board, people: data.people, entries });
    const row = Object.fromEntries(sheet.header.map((h, i) => [h, sheet.rows.find((r) => r[0] === 'RCPB/2024/25-2')?.[i]]));
    expect(row).toMatchObject({
      Verb: 'RESOLVED',
      Decision: 'RESOLVED: (i) That the strategy be adopted, subject to: (a) a review in six months; (ii) That carers be thanked.',
      'Moved by': 'Cllr Amina Okafor',
      'Seconded by': 'Janet Morley',
      Amendments: 'Amendment moved by Priya Banerjee: That Janet Morley lead the review. (Carried)',
      Outcome: 'Carried on the chair’s casting vote',
      For: '3',
      Against: '3',
      Abstained: '',
      'Named for': 'Cllr Amina Okafor',
      'Named against': 'Janet Morley',
      'Named abstaining': '',
    });
    const unnamed = resolutionsSheet(publicRegister({ audience: 'private', board: data.board, people: data.people, entries }));
    expect(JSON.stringify(unnamed.rows)).not.toContain('Janet Morley');
  });

  it('tell an easy-read reader what was decided, and what the board said no to', () => {
    const lost = decision({ id: 'd-lost', order: 2, kind: 'LOST', outcome: 'lost', parts: parts('That the day centre close.') });
    const text = docText(composeEasyReadMinutes({ ...data, resolutions: [...data.resolutions, lost] }));
    expect(text).toContain('What we decided: That the report be noted.');
    expect(text).toContain('We said no to: That the day centre close.');
  });
});
