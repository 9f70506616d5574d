import { describe, expect, it } from 'vitest';
import { decisionOpening } from '../../../../shared/domain/past-minutes/decision-opening';
import { gatherDecision } from '../../../../shared/domain/past-minutes/decisions';
import type { Unit } from '../../../../shared/domain/past-minutes/unit';
import { para, paras } from '../../../support/past-minutes/units';

const gather = (units: Unit[]) => {
  const opening = decisionOpening(units[0]?.text ?? '');
  if (!opening) throw new Error('no opening');
  return gatherDecision(units, 0, opening);
};

describe('gathering a decision and its parts', () => {
  it('takes the paragraph after "RESOLVED:" standing alone', () => {
    const { decision, end } = gather(paras('RESOLVED:', 'That the report be noted.', 'Supporting documents:'));
    expect(decision).toEqual({ verb: 'RESOLVED', parts: [{ level: 0, text: 'That the report be noted.' }], lines: { from: 1, to: 2 } });
    expect(end).toBe(1);
  });

  it('takes numbered paragraphs after a first numbered part', () => {
    const { decision } = gather(paras('Resolved:- (1) That the report be received.', '(2) That principles be noted.', 'Next item text.'));
    expect(decision.parts.map((p) => [p.label, p.text])).toEqual([
      ['1', 'That the report be received.'],
      ['2', 'That principles be noted.'],
    ]);
    expect(decision.numbering).toBe('numbers');
  });

  it('takes Word list entries, nested, after a line ending with a colon', () => {
    const { decision } = gather([
      para('The Committee AGREED recommendations under the following headings:', {}, 1),
      para('Communication', { listMarker: '1.', listLevel: 0 }, 2),
      para('That a summary be published.', { listMarker: 'a.', listLevel: 1 }, 3),
    ]);
    expect(decision.leadIn).toBe('The Committee');
    expect(decision.parts.map((p) => [p.level, p.label, p.text])).toEqual([
      [0, undefined, 'recommendations under the following headings:'],
      [0, '1', 'Communication'],
      [1, 'a', 'That a summary be published.'],
    ]);
  });

  it('leaves numbered lines alone after a decision that ended its sentence', () => {
    const { end } = gather(paras('RESOLVED that the Parish Council has no objection.', '(b) 23/00912/FUL – Land adjacent to The Forge.'));
    expect(end).toBe(0);
  });

  it('asks which body a recommendation goes to when the minutes do not say', () => {
    expect(gather(paras('RECOMMENDED: That the fees be increased.')).decision.unsure).toMatch(/which body/);
  });
});
