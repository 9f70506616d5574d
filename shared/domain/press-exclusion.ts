import type { ExemptCategory } from '../model';

/** Words that mark a resolution as the one excluding the press and public, so it is not drafted twice. */
export const EXCLUSION_MARKER = 'the press and public be excluded from the meeting';

const listInWords = (values: readonly string[]): string =>
  values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} and ${values.at(-1) ?? ''}`;

/**
 * The part of the resolution that excludes the press and public before exempt business, in the words English
 * councils use: section 100A(4) of the Local Government Act 1972 and the paragraphs of Part 1 of Schedule 12A
 * that the items fall under. One item reads "the following item ... it involves"; several, "items ... they
 * involve"; several paragraphs are listed in order, once each.
 */
export function exclusionResolutionText(categories: readonly ExemptCategory[]): string {
  const paragraphs = [...new Set(categories)].sort((a, b) => a - b).map(String);
  const several = categories.length > 1;
  const items = several ? 'items of business' : 'item of business';
  const involve = several ? 'they involve' : 'it involves';
  const paragraph = paragraphs.length > 1 ? `paragraphs ${listInWords(paragraphs)}` : `paragraph ${paragraphs[0] ?? ''}`;
  return (
    `That under Section 100A(4) of the Local Government Act 1972, ${EXCLUSION_MARKER} for the following ${items} ` +
    `on the grounds that ${involve} the likely disclosure of exempt information as defined in ${paragraph} of Part 1 ` +
    'of Schedule 12A to the Act.'
  );
}

/** Whether a resolution's words already exclude the press and public. */
export const isExclusionResolution = (parts: readonly { readonly text: string }[]): boolean => parts.some((p) => p.text.includes(EXCLUSION_MARKER));
