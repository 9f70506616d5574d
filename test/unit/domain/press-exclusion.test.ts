import { describe, expect, it } from 'vitest';
import { exclusionResolutionText, isExclusionResolution } from '../../../shared/domain/press-exclusion';

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

  it('recognises a resolution that already excludes the press and public', () => {
    expect(isExclusionResolution([{ text: exclusionResolutionText([1]) }])).toBe(true);
    expect(isExclusionResolution([{ text: 'That the report be noted.' }])).toBe(false);
  });
});
