import { describe, expect, it } from 'vitest';
import {
  bidiLevels,
  cutRuns,
  drawnText,
  isEmoji,
  paragraphDirection,
  scriptSpans,
  spans,
  visualOrder,
} from '../../../../../electron/backend/export/script-runs';

/** The spans of a text as [text, kind, level] triples, for reading at a glance. */
const scripts = (text: string): [string, string, number][] => scriptSpans(text).map((s) => [text.slice(s.start, s.end), s.kind, s.level]);

/**
 * A line put in visual order as a PDF draws it: pieces of one script and level, reordered by rule L2, each odd-level
 * piece then laid out right to left. Here "right to left" reverses the characters, as the shaper does for glyphs.
 */
function visual(text: string): string {
  const { levels, mirrored } = bidiLevels(text);
  const pieces = scriptSpans(text, levels);
  return visualOrder(pieces)
    .map((piece) => {
      const drawn = drawnText(text.slice(piece.start, piece.end), piece.start, piece.level, mirrored);
      return drawn.shapeWhole ? [...drawn.text].reverse().join('') : drawn.text;
    })
    .join('');
}

describe('cutting text by script and direction', () => {
  it('reads a paragraph right to left when most of its letters are Arabic or Hebrew', () => {
    expect(paragraphDirection('وافق المجلس على التقرير')).toBe('rtl');
    expect(paragraphDirection('הוועדה אישרה את הדוח')).toBe('rtl');
    expect(paragraphDirection('فاطمة الزهراء opened the meeting of the board')).toBe('ltr');
    expect(paragraphDirection('王小明 and Ольга')).toBe('ltr');
    expect(paragraphDirection('12 (3)')).toBe('ltr');
  });

  it('gives each name its own run, by script, with the punctuation between them left with the text before', () => {
    expect(scripts('Present: فاطمة الزهراء, 王小明, 김민준, Ольга Иванова 🙂.')).toEqual([
      ['Present: ', 'latin', 0],
      ['فاطمة الزهراء', 'arabic', 1],
      [', ', 'arabic', 0],
      ['王小明, ', 'chinese', 0],
      ['김민준, ', 'korean', 0],
      ['Ольга Иванова ', 'latin', 0],
      ['🙂', 'emoji', 0],
      ['.', 'latin', 0],
    ]);
  });

  it('tells Japanese from Chinese by the kana in the same word, and Korean by its Hangul', () => {
    expect(scripts('山田太郎さん')).toEqual([['山田太郎さん', 'japanese', 0]]);
    expect(scripts('山田太郎')).toEqual([['山田太郎', 'chinese', 0]]);
    expect(scripts('金민준')).toEqual([['金민준', 'korean', 0]]);
  });

  it('keeps an emoji sequence (skin tone, joiner, flag) as one piece', () => {
    for (const emoji of ['👍🏽', '👩‍👩‍👧', '🇬🇧', '1️⃣', '❤️']) {
      expect(isEmoji(emoji), emoji).toBe(true);
      expect(scripts(`a ${emoji} b`).map(([text, kind]) => [text, kind])).toContainEqual([emoji, 'emoji']);
    }
    // Symbols shown as text are not emoji: the text font draws them.
    for (const symbol of ['©', '™', '↔', '1', '#']) expect(isEmoji(symbol), symbol).toBe(false);
  });

  it('cuts runs of bold and italic where the script changes', () => {
    const runs = [{ text: 'Cllr ' }, { text: 'דוד כהן', bold: true }, { text: ' and Zoë' }];
    const text = runs.map((r) => r.text).join('');
    expect(cutRuns(runs, scriptSpans(text)).map((p) => [text.slice(p.start, p.end), p.kind, p.run.bold === true])).toEqual([
      ['Cllr ', 'latin', false],
      ['דוד כהן', 'hebrew', true],
      [' ', 'hebrew', false],
      ['and Zoë', 'latin', false],
    ]);
  });

  it('joins shared characters to the span before them, or at the start to the first span', () => {
    const text = '(12) ab';
    const kinds = spans(text, new Uint8Array(text.length), (g) => (/\p{L}/u.test(g) ? 'letter' : undefined), 'none');
    expect(kinds).toEqual([{ start: 0, end: 7, kind: 'letter', level: 0 }]);
  });
});

describe('the order text is drawn in (Unicode bidirectional algorithm)', () => {
  it('draws a right-to-left name inside a left-to-right line from its end', () => {
    expect(visual('Chair of the meeting: דוד כהן.')).toBe('Chair of the meeting: ןהכ דוד.');
  });

  it('keeps two right-to-left names, and the comma between them, in one right-to-left stretch', () => {
    expect(visual('Members present: דוד כהן, שרה לוי; and others')).toBe('Members present: יול הרש ,ןהכ דוד; and others');
  });

  it('keeps numbers left to right inside right-to-left text, and mirrors brackets', () => {
    expect(visual('סעיף 12 (כספים)')).toBe('(םיפסכ) 12 ףיעס');
  });

  it('reorders a right-to-left paragraph with a Latin word in it', () => {
    expect(visual('הוועדה Minute Book אישרה')).toBe('הרשיא Minute Book הדעווה');
  });

  it('treats emoji as neutral: an emoji between two Hebrew words stays between them', () => {
    expect(visual('Welcome דוד 🙂 כהן to the board')).toBe('Welcome ןהכ 🙂 דוד to the board');
  });

  it('leaves left-to-right text as it is', () => {
    for (const text of ['Siân Llŷr', 'Ольга Иванова', '王小明, 山田太郎', '김민준 🙂']) expect(visual(text)).toBe(text);
  });

  it('orders pieces by rule L2: from the highest level down, each sequence at that level or above reversed', () => {
    const pieces = [
      { id: 'a', level: 0 },
      { id: 'b', level: 1 },
      { id: 'c', level: 2 },
      { id: 'd', level: 1 },
      { id: 'e', level: 0 },
    ];
    expect(visualOrder(pieces).map((p) => p.id)).toEqual(['a', 'd', 'c', 'b', 'e']);
    expect(visualOrder([])).toEqual([]);
  });
});
