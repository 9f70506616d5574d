import { describe, expect, it } from 'vitest';
import { attachMotions } from '../../../../shared/domain/past-minutes/motions';
import type { DraftDecision } from '../../../../shared/model/past-minutes';

const decision = (verb: string, from: number): DraftDecision => ({
  verb,
  parts: [{ level: 0, text: 'That it be done.' }],
  lines: { from, to: from },
});
const at = (n: number) => ({ from: n, to: n });

describe('putting motions onto decisions', () => {
  it('puts a mover, a recorded vote and the outcome onto the decision that follows, past an amendment', () => {
    const out = attachMotions(
      [{ start: 6, end: 6, decision: decision('RESOLVED', 7) }],
      [
        { at: 0, facts: { mover: 'Cllr Lowe', seconder: 'Cllr Nair', lines: at(1) } },
        {
          at: 1,
          facts: {
            mover: 'Cllr Shah',
            seconder: 'Cllr Eck',
            amendment: true,
            motionText: 'that it be deferred',
            vote: { for: 3, against: 7 },
            outcome: 'lost',
            lines: at(2),
          },
        },
        { at: 3, facts: { vote: { named: [{ name: 'Cllr Lowe', vote: 'for' }] }, lines: at(4) } },
        { at: 5, facts: { vote: { for: 6, against: 3 }, outcome: 'carried', lines: at(6) } },
      ],
      () => '',
    );
    expect(out.map((d) => [d.verb, d.leadIn, d.mover, d.vote?.for, d.outcome])).toEqual([
      ['LOST', 'Amendment', 'Cllr Shah', 3, 'lost'],
      ['RESOLVED', undefined, 'Cllr Lowe', 6, 'carried'],
    ]);
    expect(out[1]?.vote?.named).toEqual([{ name: 'Cllr Lowe', vote: 'for' }]);
    expect(out[0]?.unsure).toMatch(/amendment/i);
  });

  it('does not put a lost motion onto a decision that carried something', () => {
    const out = attachMotions(
      [{ start: 1, end: 1, decision: decision('RESOLVED', 2) }],
      [{ at: 0, facts: { outcome: 'lost', lines: at(1) } }],
      () => 'The motion was put.',
    );
    expect(out.map((d) => [d.verb, d.outcome])).toEqual([
      ['LOST', 'lost'],
      ['RESOLVED', undefined],
    ]);
  });
});
