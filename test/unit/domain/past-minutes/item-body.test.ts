import { describe, expect, it } from 'vitest';
import { buildItem, splitAtDecisions, textOf } from '../../../../shared/domain/past-minutes/item-body';
import type { RawItem } from '../../../../shared/domain/past-minutes/items';
import { para, paras, row } from '../../../support/past-minutes/units';

const item = (body: RawItem['body']): RawItem => ({
  heading: { number: '5', title: 'Finance' },
  headingUnits: [para('5. Finance', {}, 1)],
  description: [],
  body,
});

describe('one item’s minute', () => {
  it('writes the text in minute markup, bullets and numbered entries included', () => {
    expect(textOf([para('The key points were:'), para('Parity', { listMarker: '•' }), para('Reward', { listMarker: '•' }), para('Next.')])).toBe(
      'The key points were:\n\n- Parity\n- Reward\n\nNext.',
    );
  });

  it('reads a decision that starts after a full stop in a paragraph', () => {
    expect(splitAtDecisions(paras('Proposed Cllr Hart. For 4, Against 1. RESOLVED that the Council objects.')).map((u) => u.text)).toEqual([
      'Proposed Cllr Hart. For 4, Against 1.',
      'RESOLVED that the Council objects.',
    ]);
  });

  it('puts decisions, votes and actions in their places and keeps the rest as text', () => {
    const draft = buildItem(
      item([
        para('The Director of Finance presented the report.', {}, 2),
        para('Councillor Ames moved and Councillor Bell seconded that the budget be approved. For: 6, Against: 3, Abstentions: 1.', {}, 3),
        para('RESOLVED: That the budget be approved.', {}, 4),
        para('ACTION: RL', {}, 5),
        row(['Ref', 'Action', 'Owner'], 0, 6),
        row(['A1', 'Publish the budget', 'Finance Team'], 0, 7),
      ]),
    );
    expect(draft).toMatchObject({ number: '5', title: 'Finance', lines: { from: 1, to: 7 } });
    expect(draft.text).toContain('The Director of Finance presented the report.');
    expect(draft.decisions).toHaveLength(1);
    expect(draft.decisions[0]).toMatchObject({
      verb: 'RESOLVED',
      mover: 'Councillor Ames',
      seconder: 'Councillor Bell',
      vote: { for: 6, against: 3, abstain: 1 },
    });
    expect(draft.actions.map((a) => [a.text, a.ownerText, a.reference])).toEqual([
      ['That the budget be approved.', 'RL', undefined],
      ['Publish the budget', 'Finance Team', 'A1'],
    ]);
  });
});

describe('decisions and actions inside a paragraph', () => {
  it('reads "... seconded and it was RESOLVED that" and an action after a full stop', () => {
    expect(
      splitAtDecisions(paras('Cllr Smith proposed, Cllr Brown seconded and it was RESOLVED that the minutes be signed.')).map((u) => u.text),
    ).toEqual(['Cllr Smith proposed, Cllr Brown seconded and', 'It was RESOLVED that the minutes be signed.']);
    const draft = buildItem(item([para('The Committee NOTED the report. Action: Clerk to instruct the contractor by 31/01/2024.', {}, 2)]));
    expect(draft.decisions.map((d) => d.verb)).toEqual(['NOTED']);
    expect(draft.actions[0]).toMatchObject({ ownerText: 'Clerk', due: { kind: 'date', date: '2024-01-31' } });
  });
});

describe('an action log that came as text', () => {
  it('marks the item unsure when a table header shows up as a line of text', () => {
    const draft = buildItem(item([para('Ref Action Owner Due Status', {}, 2), para('A23/31 Circulate the plan RL 31 July 2023 Complete', {}, 3)]));
    expect(draft.unsure).toMatch(/read as lines of text/);
  });
});
