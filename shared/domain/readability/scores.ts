/**
 * The readability scores. Both come from Rudolf Flesch's work for plain English in the 1940s and J. Peter
 * Kincaid's 1975 revision for the US Navy, and work from two averages: words per sentence and syllables per word.
 */

/** GOV.UK writes for a reading age of about 9: what Minute Book aims for. */
export const TARGET_READING_AGE = 9;

/** Sentences longer than this are hard to follow (GOV.UK's guidance). */
export const LONG_SENTENCE_WORDS = 25;

/** Fewer words than this give scores that mean little: no reading age is given. */
export const MIN_WORDS_FOR_SCORE = 10;

/** Flesch Reading Ease: 100 and over is very easy, 60 to 70 plain English, under 30 very hard. */
export const fleschReadingEase = (words: number, sentences: number, syllables: number): number =>
  206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);

/** Flesch–Kincaid grade: the US school grade (year of schooling) a reader needs to follow the text. */
export const fleschKincaidGrade = (words: number, sentences: number, syllables: number): number =>
  0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;

/**
 * A US grade as a UK reading age. US grade 1 is for children of 6 to 7, so the age is the grade plus 5 (grade 4,
 * reading age 9). Rounded to a whole year, and never below 5: the scores are not meant for the very youngest
 * readers.
 */
export const readingAgeFromGrade = (grade: number): number => Math.max(5, Math.round(grade + 5));

/** "Reading age 11 — aim for 9 or under", or, at or under the aim, "Reading age 8 — within the aim of 9 or under". */
export function readingAgeVerdict(readingAge: number | null): string {
  if (readingAge === null) return `Too short for a reading age — write at least ${MIN_WORDS_FOR_SCORE} words`;
  return readingAge <= TARGET_READING_AGE
    ? `Reading age ${readingAge} — within the aim of ${TARGET_READING_AGE} or under`
    : `Reading age ${readingAge} — aim for ${TARGET_READING_AGE} or under`;
}

/** Flesch Reading Ease in words. */
export function readingEaseWords(ease: number): string {
  if (ease >= 90) return 'very easy';
  if (ease >= 80) return 'easy';
  if (ease >= 70) return 'fairly easy';
  if (ease >= 60) return 'plain English';
  if (ease >= 50) return 'fairly hard';
  if (ease >= 30) return 'hard';
  return 'very hard';
}
