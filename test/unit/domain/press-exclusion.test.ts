import { describe, expect, it } from 'vitest';
import { exclusionResolutionText, isExclusionResolution, takenInPrivateText } from '../../../shared/domain/press-exclusion';

describe('the resolution to exclude the press and public', () => {
  it('cites section 100A(4) and the paragraph of Schedule 12A for one item, in the words councils use', () => {
    expect(exclusionResolutionText([3])).toBe(
      'That under Section 100A(4) of the Local Government Act 1972, the press and public be excluded from the meeting for the ' +
        'following item of business on the grounds that it involves the likely disclosure of exempt information as defined in ' +
        'paragraph 3 of Part 1 of Schedule 12A to the Act.',
    );
  });

  it('speaks of items in the plural and lists each paragraph once, in order', () => {
    const text = exclusionResolutionText([3, 1, 3]);
    expect(text).toContain('for the following items of business on the grounds that they involve');
    expect(text).toContain('as defined in paragraphs 1 and 3 of Part 1 of Schedule 12A');
    expect(exclusionResolutionText([7, 1, 5])).toContain('paragraphs 1, 5 and 7 of Part 1');
  });

  it('speaks of one item falling under several paragraphs in the singular', () => {
    const text = exclusionResolutionText([1, 3], 1);
    expect(text).toContain('for the following item of business on the grounds that it involves');
    expect(text).toContain('as defined in paragraphs 1 and 3 of Part 1 of Schedule 12A');
  });

  it('describes each paragraph an item taken in private falls under', () => {
    expect(takenInPrivateText([3, 1], 'minutes')).toBe(
      'This item was considered in private, after the press and public had been excluded, because it involved the likely disclosure of ' +
        'exempt information as defined in paragraphs 1 and 3 of Part 1 of Schedule 12A to the Local Government Act 1972 ' +
        '(information relating to any individual; information relating to the financial or business affairs of any particular person ' +
        '(including the authority holding that information)).',
    );
  });

  it('recognises a resolution that already excludes the press and public', () => {
    expect(isExclusionResolution([{ text: exclusionResolutionText([1]) }])).toBe(true);
    expect(isExclusionResolution([{ text: 'That the report be noted.' }])).toBe(false);
  });
});
