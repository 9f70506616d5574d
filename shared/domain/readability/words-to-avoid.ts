import type { PlainEnglishWord } from '../../model/board';
import type { TextRange } from './sentences';
import { SHIPPED_PLAIN_ENGLISH_WORDS } from './word-list';

export type WordToAvoidFinding = {
  readonly avoid: string;
  readonly instead: string;
  /** Every place it is used, first first, with the words as written there. */
  readonly uses: readonly { readonly range: TextRange; readonly text: string }[];
};

type Matcher = { readonly pattern: RegExp; readonly entries: readonly { readonly entry: PlainEnglishWord; readonly whole: RegExp }[] };

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pattern for one entry, matched case-insensitively on whole words. Spaces match any spacing; a single word
 * of four or more letters also matches its plural and its "-ed" and "-ing" forms ("utilise" finds "utilised" and
 * "utilising"; "stakeholder" finds "stakeholders"); a shorter one, its plural ("KPI" finds "KPIs").
 */
function entryPattern(avoid: string): string {
  const words = avoid
    .trim()
    .split(/\s+/)
    .map((w) => escapeRegExp(w).replace(/-/g, '[-‐]'));
  if (words.length === 1 && /^\p{L}{4,}$/u.test(avoid.trim())) {
    const word = avoid.trim();
    return word.toLowerCase().endsWith('e') ? `${escapeRegExp(word.slice(0, -1))}(?:e|es|ed|ing)` : `${escapeRegExp(word)}(?:s|es|ed|ing)?`;
  }
  // A short word, an acronym say, still matches its plural: "KPI" finds "KPIs".
  if (words.length === 1 && /^\p{L}{2,3}$/u.test(avoid.trim())) return `${words[0] ?? ''}s?`;
  return words.join('\\s+');
}

const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

const matchers = new WeakMap<readonly PlainEnglishWord[], Matcher | null>();

/** One regular expression for the whole list, longest entries first so "paradigm shift" wins over "paradigm". */
function matcherFor(list: readonly PlainEnglishWord[]): Matcher | null {
  const cached = matchers.get(list);
  if (cached !== undefined) return cached;
  const usable = list.filter((e) => e.avoid.trim() !== '').toSorted((a, b) => b.avoid.length - a.avoid.length);
  const matcher =
    usable.length === 0
      ? null
      : {
          pattern: new RegExp(`${BEFORE}(?:${usable.map((e) => entryPattern(e.avoid)).join('|')})${AFTER}`, 'giu'),
          entries: usable.map((entry) => ({ entry, whole: new RegExp(`^(?:${entryPattern(entry.avoid)})$`, 'iu') })),
        };
  matchers.set(list, matcher);
  return matcher;
}

/** The list in force: the board's own, when it has one, else the shipped list. */
export function plainEnglishWordsFor(
  board: { readonly plainEnglishWords?: readonly PlainEnglishWord[] | undefined } | undefined,
): readonly PlainEnglishWord[] {
  return board?.plainEnglishWords ?? SHIPPED_PLAIN_ENGLISH_WORDS;
}

/** Each word or phrase of the list that the text uses, in order of first use, with every place it appears. */
export function findWordsToAvoid(text: string, list: readonly PlainEnglishWord[]): WordToAvoidFinding[] {
  const matcher = matcherFor(list);
  if (matcher === null) return [];
  const found = new Map<PlainEnglishWord, { range: TextRange; text: string }[]>();
  for (const match of text.matchAll(matcher.pattern)) {
    const entry = matcher.entries.find((e) => e.whole.test(match[0]))?.entry;
    if (entry === undefined) continue;
    const uses = found.get(entry) ?? [];
    uses.push({ range: { start: match.index, end: match.index + match[0].length }, text: match[0].replace(/\s+/g, ' ') });
    found.set(entry, uses);
  }
  return [...found].map(([entry, uses]) => ({ avoid: entry.avoid, instead: entry.instead, uses }));
}
