/*
 * How text becomes search terms. The index and the snippet-maker must cut words the same way, or a snippet would
 * mark words other than those that matched.
 */

/** Runs of letters and digits; anything else (spaces, punctuation, curly quotes, dashes) separates words. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/u;
const DIACRITICS = /\p{M}+/gu;

export function tokenize(text: string): string[] {
  return text.split(SEPARATORS).filter((word) => word !== '');
}

/** Lower case without accents, so "Café" finds "cafe". */
export function normaliseTerm(term: string): string {
  return term.normalize('NFD').replace(DIACRITICS, '').toLowerCase();
}

export type WordSpan = { readonly start: number; readonly end: number; readonly term: string };

/** Every word of `text` with its place, as normalised terms. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    spans.push({ start: match.index, end: match.index + match[0].length, term: normaliseTerm(match[0]) });
  }
  return spans;
}

/** The words of a query as the index holds them: normalised, each once, in the order typed. */
export function queryTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of tokenize(text)) {
    const term = normaliseTerm(word);
    if (term !== '' && !terms.includes(term)) terms.push(term);
  }
  return terms;
}
