import { describe, expect, it } from 'vitest';
import { decisionOpening } from '../../../../shared/domain/past-minutes/decision-opening';

describe('where a decision opens', () => {
  it('reads the verb with a colon, a dash, ":-" or "that"', () => {
    expect(decisionOpening('RESOLVED:')).toEqual({ verb: 'RESOLVED', rest: '' });
    expect(decisionOpening('Resolved:-  (1) That the report be noted.')).toEqual({ verb: 'RESOLVED', rest: '(1) That the report be noted.' });
    expect(decisionOpening('RESOLVED – That the minutes be approved.')?.rest).toBe('That the minutes be approved.');
    expect(decisionOpening('ORDERED that the report be received')?.rest).toBe('that the report be received');
  });

  it('keeps a lead-in and the body a recommendation goes to', () => {
    expect(decisionOpening('The Committee AGREED to the following actions:')).toEqual({
      verb: 'AGREED',
      leadIn: 'The Committee',
      rest: 'to the following actions:',
    });
    expect(decisionOpening('It was RESOLVED that the item be deferred.')).toMatchObject({ verb: 'RESOLVED', leadIn: 'It was' });
    expect(decisionOpening('RECOMMENDED to Council: That the budget be approved.')).toEqual({
      verb: 'RECOMMENDED',
      recommendedTo: 'Council',
      rest: 'That the budget be approved.',
    });
    expect(decisionOpening('RECOMMENDED to Full Council that the programme be approved.')?.recommendedTo).toBe('Full Council');
  });

  it('keeps a sentence whole when the verb ends it', () => {
    expect(decisionOpening('The budget monitoring report to 30 September 2023 was NOTED.')).toEqual({
      verb: 'NOTED',
      rest: 'The budget monitoring report to 30 September 2023 was NOTED.',
    });
    expect(decisionOpening('The minutes were APPROVED as an accurate record.')?.rest).toBe('The minutes were APPROVED as an accurate record.');
  });

  it('does not read narrative as a decision', () => {
    expect(decisionOpening('The Board agreed to meet again in June.')).toBeUndefined();
    expect(decisionOpening('Resolved issues were listed in the appendix.')).toBeUndefined();
    expect(decisionOpening('Members asked about the budget. It was NOTED by officers.')).toBeUndefined();
  });
});

describe('a vote printed beside the verb', () => {
  it('leaves "(unanimously)" and "(6 for, 3 against)" out of the decision’s words', () => {
    expect(decisionOpening('RESOLVED (unanimously) – That the plan be adopted.')?.rest).toBe('That the plan be adopted.');
    expect(decisionOpening('RESOLVED (6 for, 3 against) that the plan be adopted.')?.rest).toBe('that the plan be adopted.');
  });
});
