import { describe, expect, it } from 'vitest';
import { docText } from '../../../../shared/document/text';
import type { Block, DocModel } from '../../../../shared/document/model';
import { composeMinutes } from '../../../../shared/domain/compose/minutes';
import { publicView } from '../../../../shared/domain/compose/public-view';
import { EXEMPT_DECISION, EXEMPT_MINUTE, EXEMPT_TITLE, meetingData } from './meeting-fixture';

const headings = (doc: DocModel, level?: number): string[] =>
  doc.blocks
    .filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && (level === undefined || b.level === level))
    .map((b) => b.runs.map((r) => r.text).join(''));

describe('composing minutes', () => {
  const doc = composeMinutes(meetingData());
  const text = docText(doc);

  it('opens with the formal sentence: board, long date, time and place', () => {
    expect(text).toContain(
      'Minutes of the meeting of the Riverside Co-production Board held on Tuesday 3 December 2024 at 2.00 pm at Committee Room 2, Riverside Town Hall.',
    );
    expect(doc.meta).toMatchObject({
      title: 'Minutes: Riverside Co-production Board, Tuesday 3 December 2024',
      author: 'Riverside Borough Council',
      language: 'en-GB',
    });
  });

  it('lists who was present (chair first, with roles), in attendance and who sent apologies', () => {
    const present = headings(doc, 2).indexOf('Present');
    expect(present).toBeGreaterThan(-1);
    expect(text).toMatch(/Present\nCllr Amina Okafor \(Chair\)\n/);
    expect(text).toContain('Helen Carter (Director of Adult Social Care, Riverside Borough Council)');
    expect(text).toContain('Apologies for absence were received from Tomasz Nowak.');
  });

  it('numbers the minutes in agenda order, public items first, sub-items under their parent', () => {
    expect(headings(doc).filter((h) => /^\d/.test(h))).toEqual([
      '23. Apologies for absence',
      '24. Declarations of interest',
      '25. Carers’ breaks service redesign',
      '25.1 Feedback from carers',
      '26. Any other business',
      `27. ${EXEMPT_TITLE}`,
    ]);
  });

  it('sets decisions out as "RESOLVED: (1) That ... (2) That ..." with the vote and reference', () => {
    const at = doc.blocks.findIndex((b) => b.kind === 'paragraph' && b.runs.map((r) => r.text).join('') === 'RESOLVED:');
    expect(doc.blocks[at + 1]).toEqual({
      kind: 'list',
      style: 'parenthesised',
      items: [[{ text: 'That the report be noted.' }], [{ text: 'That a workshop be arranged with carers.' }]],
    });
    expect(text).toContain('The vote was 5 for, 1 against, 0 abstentions.');
    expect(text).toContain('Reference: RCPB/2024/25-1');
  });

  it('records a recorded vote by name', () => {
    expect(text).toContain('A recorded vote was taken:');
    expect(text).toContain('For (1): Cllr Amina Okafor');
    expect(text).toContain('Against (1): Janet Morley');
    expect(text).toContain('Abstained (1): Priya Banerjee');
  });

  it('minutes departures and declarations where they happened', () => {
    expect(text).toContain('Cllr Peter Holloway left the meeting during item 4 (minute 26).');
    expect(text).toContain(
      'Declaration of interest: Priya Banerjee declared an other registrable interest: Riverside Community Voice receives a grant for carers’ events.',
    );
  });

  it('puts the exclusion of the press and public before the private part, citing its paragraph', () => {
    const all = headings(doc);
    expect(all.indexOf('Exclusion of the press and public')).toBe(all.indexOf(`27. ${EXEMPT_TITLE}`) - 1);
    expect(text).toMatch(
      /RESOLVED: That under Section 100A\(4\) of the Local Government Act 1972, the press and public be excluded .* paragraph 3 of Part 1 of Schedule 12A/,
    );
  });

  it('ends with a summary table of actions and the chair’s signed name and date', () => {
    const table = doc.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.columns.map((c) => c.header)).toEqual(['Minute', 'Action', 'Owner', 'Due']);
    expect(table?.kind === 'table' && table.rows[0]?.map((c) => c.map((r) => r.text).join(''))).toEqual([
      '25',
      'Arrange a workshop with carers, with Janet Morley invited.',
      'Priya Banerjee',
      'Friday 31 January 2025',
    ]);
    expect(text).toContain('The meeting ended at 4.30 pm.');
    expect(doc.blocks.at(-1)).toEqual({ kind: 'signature', role: 'Chair', name: 'Cllr Amina Okafor', date: 'Tuesday 14 January 2025' });
  });

  it('marks unsigned minutes as a draft and leaves the signature blank', () => {
    const draft = composeMinutes(meetingData({ meeting: { ...meetingData().meeting, status: 'minutes-drafted', approval: undefined } }));
    expect(docText(draft)).toContain('Draft: these minutes have not yet been approved as a correct record.');
    expect(draft.blocks.at(-1)).toEqual({ kind: 'signature', role: 'Chair' });
  });
});

describe('composing public minutes', () => {
  const doc = composeMinutes(publicView(meetingData()));
  const text = docText(doc);

  it('says only that the exempt item was taken in private, and under which paragraph', () => {
    expect(headings(doc)).toContain('27. Item taken in private');
    expect(text).toMatch(/This item was considered in private.*paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972/);
    for (const secret of [EXEMPT_TITLE, EXEMPT_MINUTE, EXEMPT_DECISION, 'Acme Care', 'RCPB/2024/27-1', 'Write to Acme'])
      expect(text).not.toContain(secret);
  });

  it('names people who have not agreed to be named by their role, wherever they appear', () => {
    expect(text).not.toContain('Janet Morley');
    expect(text).not.toContain('Tomasz Nowak');
    expect(text).toContain('A carer said that carers wanted short notice breaks.');
    expect(text).toContain('Arrange a workshop with carers, with a carer invited.');
    expect(text).toContain('Apologies for absence were received from an expert by experience.');
  });

  it('keeps the exclusion resolution and the public decisions', () => {
    expect(text).toContain('Exclusion of the press and public');
    expect(text).toContain('That a workshop be arranged with carers.');
    expect(doc.meta.audience).toBe('public');
  });
});
