import { describe, expect, it } from 'vitest';
import { approvalWording, correctionItemTitle } from '../../../shared/domain/approval-wording';

describe('the words of an approval and a correction', () => {
  it('approves the previous minutes as a correct record, naming who signed', () => {
    expect(approvalWording('2025-05-13', 'Cllr Amina Okafor')).toEqual({
      minute: 'The minutes of the meeting held on Tuesday 13 May 2025 were approved as a correct record and signed by Cllr Amina Okafor.',
      resolution: 'That the minutes of the meeting held on Tuesday 13 May 2025 be approved as a correct record.',
    });
  });

  it('titles a correction’s own item with the date of the minutes it corrects', () => {
    expect(correctionItemTitle('2025-05-13')).toBe('Correction to the minutes of Tuesday 13 May 2025');
  });
});
