import { describe, expect, it } from 'vitest';
import { assessReadability } from '../../../../shared/domain/readability/assess';
import { explainedAcronyms } from '../../../../shared/domain/readability/acronyms';
import { SHIPPED_PLAIN_ENGLISH_WORDS } from '../../../../shared/domain/readability/word-list';
import { findWordsToAvoid, plainEnglishWordsFor } from '../../../../shared/domain/readability/words-to-avoid';

const acronyms = (text: string): string[] => assessReadability(text).acronyms.map((a) => a.acronym);

describe('unexplained acronyms', () => {
  it('reports runs of capitals the text does not explain', () => {
    expect(acronyms('The ICB and the VCS met. The ICB agreed.')).toEqual(['ICB', 'VCS']);
  });

  it('gives every place an acronym is used', () => {
    const text = 'The ICB met. The ICBs agreed.';
    const [icb] = assessReadability(text).acronyms;
    expect(icb?.ranges.map((r) => text.slice(r.start, r.end))).toEqual(['ICB', 'ICBs']);
  });

  it('accepts an acronym introduced as "Integrated Care Board (ICB)" or "ICB (Integrated Care Board)"', () => {
    expect(acronyms('The Integrated Care Board (ICB) met. The ICB agreed.')).toEqual([]);
    expect(acronyms('The ICB (Integrated Care Board) met. The ICB agreed.')).toEqual([]);
    expect(acronyms('The ICB agreed. Later, the Integrated Care Board (ICB) wrote.')).toEqual([]);
    expect(explainedAcronyms('voluntary and community sector (VCS)')).toEqual(new Set(['VCS']));
  });

  it('does not take a one-word bracket as an explanation', () => {
    expect(acronyms('The ICB (again) met.')).toEqual(['ICB']);
  });

  it('needs no explanation for acronyms everyone knows', () => {
    expect(acronyms('The NHS in the UK asked every GP.')).toEqual([]);
  });

  it('ignores capitalised minute words, Roman numerals and headings in capitals', () => {
    expect(acronyms('RESOLVED: That the report be NOTED. Items in Part II. PLEASE READ THIS NOW.')).toEqual([]);
  });
});

describe('words to avoid', () => {
  it('ships a starting list of at least 80 entries, each with a plainer alternative', () => {
    expect(SHIPPED_PLAIN_ENGLISH_WORDS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(SHIPPED_PLAIN_ENGLISH_WORDS.map((w) => w.avoid.toLowerCase())).size).toBe(SHIPPED_PLAIN_ENGLISH_WORDS.length);
    for (const entry of SHIPPED_PLAIN_ENGLISH_WORDS) expect(entry.instead.trim()).not.toBe('');
    expect(SHIPPED_PLAIN_ENGLISH_WORDS).toContainEqual({ avoid: 'utilise', instead: 'use' });
    expect(SHIPPED_PLAIN_ENGLISH_WORDS).toContainEqual({ avoid: 'going forward', instead: 'from now on' });
  });

  it('matches whole words and phrases, whatever their case, with their places', () => {
    const text = 'Going forward we will Utilise the toolkit. Toolkits help. Going forwards is not a phrase.';
    const found = findWordsToAvoid(text, SHIPPED_PLAIN_ENGLISH_WORDS);
    expect(found.map((f) => [f.avoid, f.instead, f.uses.map((u) => u.text)])).toEqual([
      ['going forward', 'from now on', ['Going forward']],
      ['utilise', 'use', ['Utilise']],
      ['toolkit', 'guide', ['toolkit', 'Toolkits']],
    ]);
    const first = found[0]?.uses[0]?.range;
    expect(text.slice(first?.start, first?.end)).toBe('Going forward');
  });

  it('finds the "-ed", "-ing" and plural forms of a single word, and phrases across line breaks', () => {
    const found = findWordsToAvoid('They utilised it, utilising more.\nA deep\ndive into stakeholder views.', SHIPPED_PLAIN_ENGLISH_WORDS);
    expect(found.map((f) => [f.avoid, f.uses.length])).toEqual([
      ['utilise', 2],
      ['deep dive', 1],
      ['stakeholder', 1],
    ]);
  });

  it('does not match inside other words', () => {
    expect(
      findWordsToAvoid('The silos and the consiloquy; a remittance.', [
        { avoid: 'silo', instead: 'apart' },
        { avoid: 'remit', instead: 'job' },
      ]).map((f) => f.uses.map((u) => u.text)),
    ).toEqual([['silos']]);
  });

  it("uses the board's own list in place of the shipped one, and the shipped one when the board has none", () => {
    const own = [{ avoid: 'partnership', instead: 'group' }];
    expect(plainEnglishWordsFor({ plainEnglishWords: own })).toBe(own);
    expect(plainEnglishWordsFor({})).toBe(SHIPPED_PLAIN_ENGLISH_WORDS);
    const report = assessReadability('The partnership will utilise the money.', { words: own });
    expect(report.wordsToAvoid.map((w) => w.avoid)).toEqual(['partnership']);
  });

  it('finds nothing with an empty list', () => {
    expect(findWordsToAvoid('We will utilise it.', [])).toEqual([]);
  });
});
