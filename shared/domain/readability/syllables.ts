import { syllable } from 'syllable';
import { acronymOf } from './acronyms';

/**
 * Syllables in one word, for the readability scores. English words go to `syllable` (a well-tested heuristic with
 * a list of exceptions), with these additions:
 * - a hyphenated word counts each part ("co-production" is co + production);
 * - "-ing" after a vowel is a syllable of its own ("going", "doing", "seeing"), which `syllable` undercounts;
 * - "-ed" after a consonant other than t or d is silent ("talked", "helped"), which `syllable` overcounts;
 * - an acronym is said letter by letter, one syllable a letter ("ICB" is 3);
 * - a number counts one syllable a digit, up to four ("25" is 2, "2026" and "£1,250,000" are 4).
 */
export function countSyllables(word: string): number {
  if (/\p{N}/u.test(word)) return Math.min(4, Math.max(1, word.replace(/\P{N}/gu, '').length));
  const parts = word.split(/[-‐]/).filter((p) => p !== '');
  if (parts.length > 1) return parts.reduce((sum, part) => sum + countSyllables(part), 0);
  const acronym = acronymOf(word);
  if (acronym !== undefined) return acronym.length;
  const lower = word.toLowerCase().replace(/['’](?:s|d|ll|re|ve|t|m)$/, '');
  const vowelIng = /^(.*[aeiouy])ing$/.exec(lower);
  if (vowelIng?.[1] !== undefined && vowelIng[1].length > 1) return Math.max(1, syllable(vowelIng[1])) + 1;
  if (lower.length >= 5 && /[^aeiouytd]ed$/.test(lower) && !/[^aeiouy][rl]ed$/.test(lower)) return Math.max(1, syllable(lower.slice(0, -2)));
  return Math.max(1, syllable(lower));
}
