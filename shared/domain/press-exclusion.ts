import { EXEMPT_CATEGORIES, type ExemptCategory } from '../model';

/** Words that mark a resolution as the one excluding the press and public, so it is not drafted twice. */
export const EXCLUSION_MARKER = 'the press and public be excluded from the meeting';

const listInWords = (values: readonly string[]): string =>
  values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} and ${values.at(-1) ?? ''}`;

/** "paragraph 3", "paragraphs 1 and 3": each paragraph once, in order. */
export function paragraphWords(categories: readonly ExemptCategory[]): string {
  const paragraphs = [...new Set(categories)].sort((a, b) => a - b).map(String);
  return paragraphs.length > 1 ? `paragraphs ${listInWords(paragraphs)}` : `paragraph ${paragraphs[0] ?? ''}`;
}

/**
 * The part of the resolution that excludes the press and public before exempt business, in the words English
 * councils use: section 100A(4) of the Local Government Act 1972 and the paragraphs of Part 1 of Schedule 12A
 * that the items fall under. One item reads "the following item ... it involves"; several, "items ... they
 * involve"; several paragraphs are listed in order, once each. `itemCount` is the number of items when it differs
 * from the number of paragraphs given (one item may fall under several).
 */
export function exclusionResolutionText(categories: readonly ExemptCategory[], itemCount: number = categories.length): string {
  const several = itemCount > 1;
  const items = several ? 'items of business' : 'item of business';
  const involve = several ? 'they involve' : 'it involves';
  return (
    `That under Section 100A(4) of the Local Government Act 1972, ${EXCLUSION_MARKER} for the following ${items} ` +
    `on the grounds that ${involve} the likely disclosure of exempt information as defined in ${paragraphWords(categories)} of Part 1 ` +
    'of Schedule 12A to the Act.'
  );
}

/** What the minutes say where the motion to exclude the press and public was lost. */
export const EXCLUSION_LOST_TEXT = 'A motion to exclude the press and public for this item was LOST. The item was therefore considered in public.';

/** What a document says of an exempt item taken in private: its paragraphs of Schedule 12A, described. */
export function takenInPrivateText(categories: readonly ExemptCategory[], tense: 'minutes' | 'agenda'): string {
  const sorted = [...new Set(categories)].sort((a, b) => a - b);
  const described = sorted.map((c) => `${EXEMPT_CATEGORIES[c].charAt(0).toLowerCase()}${EXEMPT_CATEGORIES[c].slice(1)}`);
  const under =
    sorted.length === 0
      ? 'exempt information as defined in Schedule 12A to the Local Government Act 1972'
      : `exempt information as defined in ${paragraphWords(sorted)} of Part 1 of Schedule 12A to the Local Government Act 1972 (${described.join('; ')})`;
  return tense === 'minutes'
    ? `This item was considered in private, after the press and public had been excluded, because it involved the likely disclosure of ${under}.`
    : `Not for publication: this item is likely to be considered in private because it involves the likely disclosure of ${under}.`;
}

/** Whether a resolution's words already exclude the press and public. */
export const isExclusionResolution = (parts: readonly { readonly text: string }[]): boolean => parts.some((p) => p.text.includes(EXCLUSION_MARKER));
