import { describe, expect, it } from 'vitest';
import { assessReadability } from '../../../../shared/domain/readability/assess';
import {
  fleschKincaidGrade,
  fleschReadingEase,
  readingAgeFromGrade,
  readingAgeVerdict,
  readingEaseWords,
} from '../../../../shared/domain/readability/scores';

describe('readability scores', () => {
  it('gives the published Flesch–Kincaid grade of 11.3 for 13 words, 1 sentence and 24 syllables', () => {
    // "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature." (Kincaid's formula, as published.)
    expect(fleschKincaidGrade(13, 1, 24)).toBeCloseTo(11.3, 1);
  });

  it('gives "The cat sat on the mat." its published Flesch Reading Ease of about 116', () => {
    const report = assessReadability('The cat sat on the mat. The dog sat on the rug.', { format: 'plain' });
    expect(report).toMatchObject({ words: 12, sentences: 2, syllables: 12 });
    expect(report.readingEase).toBeCloseTo(116.1, 1);
    expect(fleschReadingEase(6, 1, 6)).toBeCloseTo(116.1, 1);
  });

  it('scores a passage of simple sentences of known syllables exactly', () => {
    // 3 sentences, 15 words, 21 syllables: "We met at ten." (4, 4) "The group talked about the new bus route." (8, 10) "It will start in May." ... counted below.
    const text = 'We met at ten. The group talked about the new bus route. It will start in June.';
    const report = assessReadability(text, { format: 'plain' });
    expect(report.sentences).toBe(3);
    expect(report.words).toBe(17);
    // we met at ten (4) + the group talked a-bout the new bus route (9) + it will start in june (5)
    expect(report.syllables).toBe(18);
    expect(report.readingEase).toBeCloseTo(206.835 - 1.015 * (17 / 3) - 84.6 * (18 / 17), 1);
    expect(report.grade).toBeCloseTo(0.39 * (17 / 3) + 11.8 * (18 / 17) - 15.59, 1);
    expect(report.readingAge).toBe(5);
    expect(report.aboveTarget).toBe(false);
  });

  it('turns a US grade into a UK reading age by adding 5, never below 5', () => {
    expect(readingAgeFromGrade(4)).toBe(9);
    expect(readingAgeFromGrade(6.4)).toBe(11);
    expect(readingAgeFromGrade(-1.5)).toBe(5);
  });

  it('says the reading age plainly, with the aim of 9', () => {
    expect(readingAgeVerdict(11)).toBe('Reading age 11 — aim for 9 or under');
    expect(readingAgeVerdict(9)).toBe('Reading age 9 — within the aim of 9 or under');
    expect(readingAgeVerdict(null)).toMatch(/^Too short for a reading age/);
  });

  it('gives no reading age for fewer than 10 words', () => {
    const report = assessReadability('Apologies were received.');
    expect(report.words).toBe(3);
    expect(report.readingAge).toBeNull();
    expect(report.readingEase).toBeNull();
    expect(report.aboveTarget).toBe(false);
  });

  it('reads typical council minutes as well above the aim', () => {
    const report = assessReadability(
      'Members considered the report of the Director of Adult Social Care regarding the implementation of the integrated commissioning arrangements. The committee noted the additional expenditure and the consequential organisational restructuring.',
    );
    expect(report.readingAge).toBeGreaterThan(15);
    expect(report.aboveTarget).toBe(true);
    expect(report.verdict).toBe(`Reading age ${report.readingAge ?? ''} — aim for 9 or under`);
  });

  it('names the Flesch bands in words', () => {
    expect(readingEaseWords(116)).toBe('very easy');
    expect(readingEaseWords(65)).toBe('plain English');
    expect(readingEaseWords(20)).toBe('very hard');
  });
});
