import type { Sentence, TextRange } from './sentences';

/**
 * Acronyms, and which of them the text leaves unexplained.
 *
 * The rule:
 * - An acronym is a word of 2 to 8 capital letters, with an optional plural "s" ("ICB", "VCS", "GPs").
 * - Not acronyms: words minutes print in capitals (RESOLVED, AGREED, NOTED, ...), Roman numerals ("Part II"), and
 *   three or more capitalised words in a row (a heading or a notice in capitals).
 * - An acronym is explained if, anywhere in the same text, it is introduced in brackets straight after words
 *   ("Integrated Care Board (ICB)") or is followed straight away by its meaning in brackets of two or more words
 *   ("ICB (Integrated Care Board)").
 * - A few acronyms everyone knows need no explaining (`WELL_KNOWN_ACRONYMS`: NHS, UK, GP, ...).
 * Everything else is unexplained: the reader may not know it.
 */
export const WELL_KNOWN_ACRONYMS: ReadonlySet<string> = new Set([
  'NHS',
  'UK',
  'GP',
  'TV',
  'BBC',
  'OK',
  'EU',
  'PDF',
  'MP',
  'VAT',
  'ID',
  'CCTV',
  'COVID',
  'DVD',
  'USA',
  'ATM',
  'IT',
]);

/** Words minutes print in capitals that are words, not acronyms. */
const CAPITAL_WORDS: ReadonlySet<string> = new Set([
  'RESOLVED',
  'AGREED',
  'NOTED',
  'RECOMMENDED',
  'ACTION',
  'ACTIONS',
  'DRAFT',
  'NOTE',
  'PART',
  'URGENT',
  'EXEMPT',
  'CONFIDENTIAL',
  'PRIVATE',
  'PUBLIC',
  'NOT',
  'FOR',
  'AND',
  'THE',
  'OR',
  'TO',
  'OF',
  'IN',
  'ON',
  'AT',
  'BY',
  'NO',
  'YES',
  'THAT',
  'ITEM',
  'ITEMS',
  'MINUTES',
  'AGENDA',
  'DECISION',
  'DECIDED',
  'APPROVED',
  'DEFERRED',
  'WITHDRAWN',
  'REPORT',
  'A',
  'I',
  'WE',
  'US',
  'AM',
  'PM',
]);

const ACRONYM_WORD = /^([A-Z]{2,8})s?$/;
const ROMAN = /^[IVX]+$/;
const ALL_CAPS = /^[\p{Lu}\p{N}'’-]+$/u;

/** The acronym a word is, without its plural "s"; undefined when it is not an acronym taken alone. */
export function acronymOf(word: string): string | undefined {
  const match = ACRONYM_WORD.exec(word);
  const base = match?.[1];
  if (base === undefined || CAPITAL_WORDS.has(base) || CAPITAL_WORDS.has(word) || ROMAN.test(base)) return undefined;
  return base;
}

/** Acronyms the text explains, by either of the two bracketed forms. */
export function explainedAcronyms(text: string): Set<string> {
  const explained = new Set<string>();
  for (const match of text.matchAll(/\p{L}[\s*]*\(\s*([A-Z]{2,8})s?\s*\)/gu)) if (match[1] !== undefined) explained.add(match[1]);
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])([A-Z]{2,8})s?[\s*]*\(\s*\p{L}[^()]*?\s[^()]*?\p{L}[^()]*\)/gu)) {
    if (match[1] !== undefined) explained.add(match[1]);
  }
  return explained;
}

export type AcronymFinding = {
  readonly acronym: string;
  /** Every place it is used, first first. */
  readonly ranges: readonly TextRange[];
};

/** Unexplained acronyms, in order of first use, each with every place it appears. */
export function unexplainedAcronyms(text: string, sentences: readonly Sentence[]): AcronymFinding[] {
  const explained = explainedAcronyms(text);
  const found = new Map<string, TextRange[]>();
  for (const sentence of sentences) {
    const words = sentence.words;
    const caps = words.map((w) => ALL_CAPS.test(w.text) && /\p{Lu}.*\p{Lu}|^\p{Lu}$/u.test(w.text));
    words.forEach((word, i) => {
      // Three capitalised words in a row are a heading or a notice in capitals, not acronyms.
      const shouting = (caps[i - 1] === true && (caps[i - 2] === true || caps[i + 1] === true)) || (caps[i + 1] === true && caps[i + 2] === true);
      if (shouting) return;
      const acronym = acronymOf(word.text);
      if (acronym === undefined || explained.has(acronym) || WELL_KNOWN_ACRONYMS.has(acronym)) return;
      const ranges = found.get(acronym) ?? [];
      ranges.push(word.range);
      found.set(acronym, ranges);
    });
  }
  return [...found].map(([acronym, ranges]) => ({ acronym, ranges }));
}
