import { describe, expect, it } from 'vitest';
import { makeSnippet, plainText } from '../../../electron/backend/search/snippet';
import { normaliseTerm, tokenize } from '../../../electron/backend/search/terms';

const marked = (text: string, terms: readonly string[]): string[] => {
  const snippet = makeSnippet(text, new Set(terms));
  return snippet.marks.map(([start, end]) => snippet.text.slice(start, end));
};

describe('search terms', () => {
  it('cuts words at spaces and punctuation, curly quotes and dashes included', () => {
    expect(tokenize('Carers’ breaks – a “review”, 2025/26')).toEqual(['Carers', 'breaks', 'a', 'review', '2025', '26']);
  });

  it('compares words without case or accents', () => {
    expect(normaliseTerm('Café')).toBe('cafe');
    expect(normaliseTerm('RÉSUMÉ')).toBe('resume');
  });
});

describe('snippets', () => {
  it('reads minute markup as plain words', () => {
    expect(plainText('Members asked about **staff turnover**.\n\n- Rates\n- *Training*\n1. First')).toBe(
      'Members asked about staff turnover. Rates Training First',
    );
  });

  it('marks every matching word, whatever its case', () => {
    expect(marked('Respite was discussed. More respite is needed.', ['respite'])).toEqual(['Respite', 'respite']);
  });

  it('starts shortly before the first match, on a word boundary, with ellipses where text was left out', () => {
    const long = `${'word '.repeat(60)}the needle is here ${'more '.repeat(60)}`.trim();
    const snippet = makeSnippet(long, new Set(['needle']), 120);
    expect(snippet.text.startsWith('…word')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text).toContain('the needle is here');
    expect(snippet.text.length).toBeLessThanOrEqual(122);
    const [start, end] = snippet.marks[0] ?? [0, 0];
    expect(snippet.text.slice(start, end)).toBe('needle');
  });

  it('gives the start of the text, unmarked, when nothing in it matched', () => {
    expect(makeSnippet('Short text.', new Set(['absent']))).toEqual({ text: 'Short text.', marks: [] });
  });
});
