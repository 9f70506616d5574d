import { describe, expect, it } from 'vitest';
import { exclusionIn, exemptParagraphsIn, readmitted } from '../../../../shared/domain/past-minutes/exclusion';

const MOTION =
  'RESOLVED – That under Section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting for the following items of business on the grounds that they involve the likely disclosure of exempt information as defined in paragraphs 1 and 3 of Part 1 of Schedule 12A to the Act.';

describe('exclusion of the press and public', () => {
  it('reads the paragraphs of Schedule 12A, each once and in order', () => {
    expect(exemptParagraphsIn('paragraphs 3, 1 and 3')).toEqual([1, 3]);
    expect(exemptParagraphsIn('paragraph 7 and paragraph 5')).toEqual([5, 7]);
  });

  it('reads the motion for the items that follow', () => {
    expect(exclusionIn(MOTION)).toEqual({ paragraphs: [1, 3], thisItem: false, lost: false });
  });

  it('reads an exclusion for the item it stands in, and a motion that was lost', () => {
    expect(exclusionIn('The press and public were excluded for this item under paragraph 3 of Schedule 12A.')?.thisItem).toBe(true);
    expect(exclusionIn('A motion to exclude the press and public under paragraph 3 was LOST.')?.lost).toBe(true);
  });

  it('ignores text that is not about exclusion, and knows when the public came back', () => {
    expect(exclusionIn('The public consultation closed on 3 May.')).toBeUndefined();
    expect(readmitted('The press and public were readmitted to the meeting.')).toBe(true);
  });
});
