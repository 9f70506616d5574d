import bidiFactory from 'bidi-js';

/**
 * Text in any script, cut into runs that one font can draw and put in the order a reader sees it. Both the PDF
 * (which draws glyphs left to right, so it must reorder right-to-left text itself) and the DOCX (which marks runs
 * right to left and names a font for each script, and lets Word reorder) use it.
 *
 * - A run is cut where the font changes (a font without the glyphs: Arabic, CJK, emoji...) and where the Unicode
 *   bidirectional algorithm (UAX #9, from bidi-js) gives another embedding level.
 * - Characters of no script of their own (spaces, digits, punctuation, combining marks) stay with the run they
 *   are in, so "فاطمة، الزهراء" is one Arabic run, not three.
 * - A paragraph reads right to left when most of its letters are Arabic, Hebrew or another right-to-left script.
 *   Minutes are written in English, so an English sentence that starts with an Arabic name stays left to right,
 *   as Word's own default would have it; a minute written in Arabic or Hebrew is right to left.
 */

export type Direction = 'ltr' | 'rtl';

/** A span [start, end) of the text, in UTF-16 code units, with a value that holds over all of it. */
export type Span<K> = { readonly start: number; readonly end: number; readonly kind: K; readonly level: number };

/** Kinds of text by script, as Word's run fonts (w:rFonts) and right-to-left marks need them. */
export type ScriptKind = 'latin' | 'arabic' | 'hebrew' | 'rtl' | 'chinese' | 'japanese' | 'korean' | 'emoji';

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;
// An emoji needs an emoji font only if it is shown as one: a pictograph with text presentation (©, ™, ↔, ☺)
// and no emoji variation selector is an ordinary symbol that the text font may well have.
const EMOJI_PRESENTATION = /\p{Emoji_Presentation}|\uFE0F|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u20E3/u;
const RTL_LETTER =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}]/u;
const LETTER = /\p{L}/u;
/** Characters whose script is everyone's: they take the script (and font) of the run they stand in. */
const SHARED = /^[\p{Script=Common}\p{Script=Inherited}]+$/u;
const ARABIC = /\p{Script=Arabic}/u;
const HEBREW = /\p{Script=Hebrew}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303F\uFF00-\uFFEF]/u;
/** The marks that set direction by hand: the paragraph's direction is then the algorithm's. */
const RTL_MARKS = /[\u200F\u202B\u202E\u2067]/;

let bidi: ReturnType<typeof bidiFactory> | undefined;
/** bidi-js builds its tables when first asked, so only text that needs it pays for it. */
const bidiOf = (): ReturnType<typeof bidiFactory> => (bidi ??= bidiFactory());

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The user-perceived characters (grapheme clusters) of a text, with where each starts. */
export function graphemes(text: string): { readonly text: string; readonly index: number }[] {
  return Array.from(segmenter.segment(text), (s) => ({ text: s.segment, index: s.index }));
}

export const isEmoji = (grapheme: string): boolean => EMOJI.test(grapheme) && EMOJI_PRESENTATION.test(grapheme);

export const hasRtlLetter = (text: string): boolean => RTL_LETTER.test(text) || RTL_MARKS.test(text);

/** Left to right unless most letters are of right-to-left scripts. */
export function paragraphDirection(text: string): Direction {
  let rtl = 0;
  let ltr = 0;
  for (const char of text) {
    if (RTL_LETTER.test(char)) rtl += 1;
    else if (LETTER.test(char)) ltr += 1;
  }
  return rtl > ltr ? 'rtl' : 'ltr';
}

/**
 * bidi-js reads UTF-16 code units one at a time, so a character beyond U+FFFF (an emoji, a CJK extension
 * ideograph) would be typed by its surrogates. Each such pair is replaced, for the algorithm only, by two characters
 * of the same bidirectional class: letters of right-to-left scripts by alef (R), other letters by "a" (L), anything
 * else (emoji) by the object replacement character (ON, a neutral).
 */
function forBidi(text: string): string {
  if (!/[\uD800-\uDBFF]/.test(text)) return text;
  return text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, (pair) =>
    RTL_LETTER.test(pair) ? '\u05D0\u05D0' : LETTER.test(pair) ? 'aa' : '\uFFFC\uFFFC',
  );
}

export type Levels = { readonly direction: Direction; readonly levels: Uint8Array; readonly mirrored: ReadonlyMap<number, string> };

/** The embedding level of each code unit (odd: right to left) and the brackets a right-to-left run mirrors. */
export function bidiLevels(text: string, direction: Direction = paragraphDirection(text)): Levels {
  const b = bidiOf();
  const typed = forBidi(text);
  const result = b.getEmbeddingLevels(typed, direction);
  return { direction, levels: result.levels, mirrored: b.getMirroredCharactersMap(typed, result.levels) };
}

/**
 * Cuts text into spans of one kind and one bidi level. `classify` names the kind of each grapheme, or `undefined`
 * for one that has no script of its own (it then joins the span before it, or the one after it at the start).
 */
export function spans<K>(
  text: string,
  levels: Uint8Array,
  classify: (grapheme: string, current: K | undefined, index: number) => K | undefined,
  fallback: K,
): Span<K>[] {
  const kinds: { index: number; kind: K | undefined }[] = [];
  let current: K | undefined;
  for (const g of graphemes(text)) {
    const kind = classify(g.text, current, g.index);
    kinds.push({ index: g.index, kind });
    if (kind !== undefined) current = kind;
  }
  // Shared characters at the start take the kind of the first that has one.
  const first = kinds.find((k) => k.kind !== undefined)?.kind ?? fallback;
  const out: Span<K>[] = [];
  let last: K = first;
  for (let i = 0; i < kinds.length; i += 1) {
    const entry = kinds[i];
    if (entry === undefined) continue;
    const kind = entry.kind ?? last;
    last = kind;
    const end = kinds[i + 1]?.index ?? text.length;
    // A grapheme has one level (its marks take its base's); a span is cut where the level or the kind changes.
    const level = levels[entry.index] ?? 0;
    const previous = out[out.length - 1];
    if (previous !== undefined && previous.kind === kind && previous.level === level) out[out.length - 1] = { ...previous, end };
    else out.push({ start: entry.index, end, kind, level });
  }
  return out;
}

/** Runs (of bold, italic...) cut where a span ends: each piece with its run and its span's kind and level. */
export function cutRuns<R extends { readonly text: string }, K>(runs: readonly R[], cut: readonly Span<K>[]): (Span<K> & { readonly run: R })[] {
  const out: (Span<K> & { readonly run: R })[] = [];
  let runStart = 0;
  for (const run of runs) {
    const runEnd = runStart + run.text.length;
    for (const span of cut) {
      const start = Math.max(span.start, runStart);
      const end = Math.min(span.end, runEnd);
      if (start < end) out.push({ start, end, kind: span.kind, level: span.level, run });
    }
    runStart = runEnd;
  }
  return out;
}

/** Whether a grapheme has a script of its own (a letter, an emoji), or is shared punctuation, space or digits. */
export const isShared = (grapheme: string): boolean => SHARED.test(grapheme) && !isEmoji(grapheme);

/**
 * The script of each grapheme for Word: which of w:rFonts' slots (ascii/hAnsi, cs, eastAsia) shows it and whether
 * the run is right to left. Han characters are Japanese in a word (text between spaces) with kana, Korean in one
 * with Hangul, otherwise Chinese: a name in kanji alone cannot be told from a Chinese one.
 */
export function scriptSpans(text: string, levels: Uint8Array = bidiLevels(text).levels): Span<ScriptKind>[] {
  const hanKinds: ScriptKind[] = [];
  for (const word of text.split(/(\s+)/)) {
    const kind: ScriptKind = KANA.test(word) ? 'japanese' : HANGUL.test(word) ? 'korean' : 'chinese';
    for (let i = 0; i < word.length; i += 1) hanKinds.push(kind);
  }
  return spans<ScriptKind>(
    text,
    levels,
    (g, current, index) => {
      if (isEmoji(g)) return 'emoji';
      // Spaces and punctuation go with the text they stand in, but not with emoji (which Word shows in an emoji font).
      if (isShared(g)) return current === 'emoji' ? 'latin' : undefined;
      if (ARABIC.test(g)) return 'arabic';
      if (HEBREW.test(g)) return 'hebrew';
      if (RTL_LETTER.test(g)) return 'rtl';
      if (KANA.test(g)) return 'japanese';
      if (HANGUL.test(g)) return 'korean';
      if (EAST_ASIAN.test(g)) return hanKinds[index] ?? 'chinese';
      return 'latin';
    },
    'latin',
  );
}

/**
 * Rule L2 of UAX #9 over the pieces of one line (each of one level): from the highest level to the lowest odd one,
 * every sequence of pieces at that level or higher is reversed. The text inside a piece at an odd level is then
 * drawn right to left (see `drawnText`).
 */
export function visualOrder<T extends { readonly level: number }>(pieces: readonly T[]): T[] {
  const out = [...pieces];
  if (out.length === 0) return out;
  const max = Math.max(...out.map((p) => p.level));
  const minOdd = Math.min(...out.map((p) => p.level | 1));
  for (let level = max; level >= minOdd; level -= 1) {
    for (let i = 0; i < out.length; i += 1) {
      if ((out[i]?.level ?? 0) < level) continue;
      let j = i;
      while (j + 1 < out.length && (out[j + 1]?.level ?? 0) >= level) j += 1;
      const reversed = out.slice(i, j + 1).reverse();
      out.splice(i, reversed.length, ...reversed);
      i = j;
    }
  }
  return out;
}

/**
 * The text to hand the shaper for a piece, with brackets mirrored at odd levels. The shaper (fontkit) lays out a
 * string of a right-to-left script right to left itself, joining Arabic letters as it goes; a right-to-left piece
 * with no such letters (spaces, brackets, emoji between Arabic words) is reversed here, grapheme by grapheme.
 */
export function drawnText(
  text: string,
  start: number,
  level: number,
  mirrored: ReadonlyMap<number, string>,
): { readonly text: string; readonly shapeWhole: boolean } {
  if ((level & 1) === 0) return { text, shapeWhole: false };
  let out = '';
  for (let i = 0; i < text.length; i += 1) out += mirrored.get(start + i) ?? text[i];
  if (hasRtlLetter(out)) return { text: out, shapeWhole: true };
  return {
    text: graphemes(out)
      .map((g) => g.text)
      .reverse()
      .join(''),
    shapeWhole: false,
  };
}
