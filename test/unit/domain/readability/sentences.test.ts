import { describe, expect, it } from 'vitest';
import { parseMinuteMarkup } from '../../../../shared/domain/compose/markup';
import { blockLines } from '../../../../shared/document/text';
import { assessReadability } from '../../../../shared/domain/readability/assess';
import { splitSentences } from '../../../../shared/domain/readability/sentences';
import { countSyllables } from '../../../../shared/domain/readability/syllables';

describe('sentences in minute markup', () => {
  it('splits at full stops, question and exclamation marks followed by a capital', () => {
    expect(splitSentences('The Board met. Was it late? Yes! It was 2.30 pm.').map((s) => s.text)).toEqual([
      'The Board met.',
      'Was it late?',
      'Yes!',
      'It was 2.30 pm.',
    ]);
  });

  it('does not split after titles, initials or abbreviations', () => {
    expect(splitSentences('Cllr. Jones and Dr. A. Patel spoke, e.g. about St. Mary’s. Members agreed.').map((s) => s.words.length)).toEqual([11, 2]);
  });

  it('counts each list item as a sentence, and ignores list markers and emphasis', () => {
    const sentences = splitSentences('Members asked:\n- how **much** it would cost\n- when it would *start*\n1. first point');
    expect(sentences.map((s) => s.text)).toEqual(['Members asked:', 'how much it would cost', 'when it would start', 'first point']);
  });

  it('joins the lines of a paragraph, and starts again at a blank line', () => {
    const sentences = splitSentences('The Board met\nin the hall\n\nMembers agreed');
    expect(sentences.map((s) => s.text)).toEqual(['The Board met in the hall', 'Members agreed']);
  });

  it('gives places in the original text, markup included', () => {
    const text = 'Intro.\n\n- **Bold** item here.';
    const [, item] = splitSentences(text);
    expect(item).toBeDefined();
    expect(text.slice(item?.range.start, item?.range.end)).toBe('Bold** item here.');
    expect(item?.words.map((w) => text.slice(w.range.start, w.range.end))).toEqual(['Bold', 'item', 'here']);
  });

  it('reads the same words as the minutes print', () => {
    const text = 'The chair *welcomed* everyone.\nIt was **cold**.\n\n- one thing\n- another thing\n\n2. numbered';
    const printed = parseMinuteMarkup(text).flatMap(blockLines).join('\n');
    const words = (s: string): string[] => s.match(/[\p{L}\p{N}]+/gu) ?? [];
    expect(splitSentences(text).flatMap((s) => s.words.map((w) => w.text))).toEqual(words(printed));
  });
});

describe('syllables', () => {
  it('counts ordinary English words', () => {
    const known: [string, number][] = [
      ['the', 1],
      ['cat', 1],
      ['table', 2],
      ['people', 2],
      ['meeting', 2],
      ['minutes', 2],
      ['agreed', 2],
      ['decided', 3],
      ['report', 2],
      ['talked', 1],
      ['helped', 1],
      ['noted', 2],
      ['hundred', 2],
      ['facilitate', 4],
      ['recommendations', 5],
      ['housing', 2],
      ['every', 2],
      ['business', 2],
    ];
    for (const [word, count] of known) expect([word, countSyllables(word)]).toEqual([word, count]);
  });

  it('counts "-ing" after a vowel as a syllable of its own', () => {
    expect(countSyllables('going')).toBe(2);
    expect(countSyllables('doing')).toBe(2);
    expect(countSyllables('seeing')).toBe(2);
    expect(countSyllables('copying')).toBe(3);
  });

  it('counts each part of a hyphenated word, acronyms letter by letter, and numbers by digits', () => {
    expect(countSyllables('co-production')).toBe(4);
    expect(countSyllables('ICB')).toBe(3);
    expect(countSyllables('GPs')).toBe(2);
    expect(countSyllables('RESOLVED')).toBe(2);
    expect(countSyllables('25')).toBe(2);
    expect(countSyllables('1,250,000')).toBe(4);
  });
});

describe('long sentences', () => {
  it('reports sentences over 25 words with their words and places', () => {
    const long = `${Array.from({ length: 26 }, () => 'word').join(' ')}.`;
    const text = `Short one here. W${long.slice(1)} Another short one.`;
    const report = assessReadability(text);
    expect(report.longSentences).toHaveLength(1);
    expect(report.longSentences[0]?.words).toBe(26);
    expect(text.slice(report.longSentences[0]?.range.start, report.longSentences[0]?.range.end)).toBe(`W${long.slice(1)}`);
  });

  it('does not report a sentence of exactly 25 words', () => {
    expect(assessReadability(`${Array.from({ length: 25 }, () => 'word').join(' ')}.`).longSentences).toEqual([]);
  });
});
