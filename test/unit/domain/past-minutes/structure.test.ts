import { describe, expect, it } from 'vitest';
import { startsStructure } from '../../../../shared/domain/past-minutes/structure';

describe('lines that open a structure inside a block', () => {
  it('knows decisions, parts, labels, actions, vote lists and item headings', () => {
    for (const line of [
      'RESOLVED:',
      '(2) That a workshop be held.',
      'Present: Cllr A Lee',
      'ACTION: JB',
      'For the motion: Councillors A and B',
      '38/19 APOLOGIES FOR ABSENCE',
      'Minutes:',
      'Venue: Town Hall',
    ]) {
      expect(startsStructure(line), line).toBe(true);
    }
  });

  it('leaves lines of running text alone', () => {
    for (const line of ['carers and 12 community groups. Members welcomed the', 'that the recommendations be agreed. On being put to the vote']) {
      expect(startsStructure(line), line).toBe(false);
    }
  });
});
