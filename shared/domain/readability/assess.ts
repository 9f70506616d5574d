import type { PlainEnglishWord } from '../../model/board';
import { unexplainedAcronyms, type AcronymFinding } from './acronyms';
import {
  fleschKincaidGrade,
  fleschReadingEase,
  LONG_SENTENCE_WORDS,
  MIN_WORDS_FOR_SCORE,
  readingAgeFromGrade,
  readingAgeVerdict,
  TARGET_READING_AGE,
} from './scores';
import { readableSource, splitSentences, type TextFormat, type TextRange } from './sentences';
import { countSyllables } from './syllables';
import { findWordsToAvoid, type WordToAvoidFinding } from './words-to-avoid';
import { SHIPPED_PLAIN_ENGLISH_WORDS } from './word-list';

export type LongSentence = { readonly range: TextRange; readonly text: string; readonly words: number };

export type ReadabilityReport = {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
  /** Flesch Reading Ease, one decimal place; null for fewer than `MIN_WORDS_FOR_SCORE` words. */
  readonly readingEase: number | null;
  /** Flesch–Kincaid grade, one decimal place; null for fewer than `MIN_WORDS_FOR_SCORE` words. */
  readonly grade: number | null;
  /** The grade as a UK reading age (grade + 5), in whole years. */
  readonly readingAge: number | null;
  readonly aboveTarget: boolean;
  /** "Reading age 11 — aim for 9 or under". */
  readonly verdict: string;
  /** Sentences of more than `LONG_SENTENCE_WORDS` words, in order. */
  readonly longSentences: readonly LongSentence[];
  readonly acronyms: readonly AcronymFinding[];
  readonly wordsToAvoid: readonly WordToAvoidFinding[];
};

export type ReadabilityOptions = {
  /** The words to avoid; the shipped list when left out. */
  readonly words?: readonly PlainEnglishWord[];
  /** Minute markup (the default) or plain text. */
  readonly format?: TextFormat;
};

const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

/**
 * How easy a text is to read, and what to change: the reading age, long sentences, unexplained acronyms and words
 * to avoid, each with its place in the text (offsets into `text`) so a screen can point at it.
 */
export function assessReadability(text: string, options: ReadabilityOptions = {}): ReadabilityReport {
  const format = options.format ?? 'markup';
  const sentences = splitSentences(text, format);
  const words = sentences.reduce((n, s) => n + s.words.length, 0);
  const syllables = sentences.reduce((n, s) => n + s.words.reduce((m, w) => m + countSyllables(w.text), 0), 0);
  const scored = words >= MIN_WORDS_FOR_SCORE;
  const grade = scored ? fleschKincaidGrade(words, sentences.length, syllables) : null;
  const readingAge = grade === null ? null : readingAgeFromGrade(grade);
  return {
    words,
    sentences: sentences.length,
    syllables,
    readingEase: scored ? oneDecimal(fleschReadingEase(words, sentences.length, syllables)) : null,
    grade: grade === null ? null : oneDecimal(grade),
    readingAge,
    aboveTarget: readingAge !== null && readingAge > TARGET_READING_AGE,
    verdict: readingAgeVerdict(readingAge),
    longSentences: sentences
      .filter((s) => s.words.length > LONG_SENTENCE_WORDS)
      .map((s) => ({ range: s.range, text: s.text, words: s.words.length })),
    acronyms: unexplainedAcronyms(readableSource(text, format), sentences),
    wordsToAvoid: findWordsToAvoid(readableSource(text, format), options.words ?? SHIPPED_PLAIN_ENGLISH_WORDS),
  };
}
