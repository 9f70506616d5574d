import { describe, expect, it } from 'vitest';
import { motionFacts, motionOutcome, namedVotes, voteCounts } from '../../../../shared/domain/past-minutes/votes';

const lines = { from: 4, to: 4 };

describe('motions and votes', () => {
  it('reads counts written label first or number first, in words or figures', () => {
    expect(voteCounts('For: 6, Against: 3, Abstentions: 1')).toEqual({ for: 6, against: 3, abstain: 1 });
    expect(voteCounts('(6 for, 3 against, 1 abstention)')).toEqual({ for: 6, against: 3, abstain: 1 });
    expect(voteCounts('there voted five for and two against')).toEqual({ for: 5, against: 2 });
  });

  it('does not read sums of money or periods of time as votes', () => {
    expect(voteCounts('a surplus of £6,420 against a budgeted deficit')).toBeUndefined();
    expect(voteCounts('extended for 12 months against the advice of officers')).toBeUndefined();
  });

  it('reads the named lists of a recorded vote', () => {
    expect(namedVotes('For the motion: Councillors Ames, Bell and Cole. Against: Councillor Dunn. Abstained: None', lines)).toEqual([
      { name: 'Councillor Ames', vote: 'for' },
      { name: 'Councillor Bell', vote: 'for' },
      { name: 'Councillor Cole', vote: 'for' },
      { name: 'Councillor Dunn', vote: 'against' },
    ]);
  });

  it('reads what became of a motion, the casting vote included', () => {
    expect(motionOutcome('The motion was CARRIED.')).toBe('carried');
    expect(motionOutcome('the amendment was lost')).toBe('lost');
    expect(motionOutcome('and the motion was carried on the Chair’s casting vote')).toBe('carried-on-casting-vote');
    expect(motionOutcome('The motion was withdrawn.')).toBe('withdrawn');
    expect(motionOutcome('The work carried out by officers')).toBeUndefined();
  });

  it('reads mover and seconder in the usual forms, and an amendment', () => {
    expect(motionFacts('It was moved by Councillor Ann Lee and seconded by Councillor Bob Ray that the plan be approved.', lines)).toMatchObject({
      mover: 'Councillor Ann Lee',
      seconder: 'Councillor Bob Ray',
      motionText: 'that the plan be approved',
    });
    expect(motionFacts('Proposed Cllr Bright, seconded Cllr Ames; all in favour.', lines)).toMatchObject({
      mover: 'Cllr Bright',
      seconder: 'Cllr Ames',
    });
    expect(motionFacts('Councillor Shah moved an amendment, seconded by Councillor Eck, that the item be deferred.', lines)).toMatchObject({
      mover: 'Councillor Shah',
      amendment: true,
    });
    expect(motionFacts('The Committee discussed the report.', lines)).toBeUndefined();
  });
});
