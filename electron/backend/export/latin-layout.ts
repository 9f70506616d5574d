import type PDFDocument from 'pdfkit';

/**
 * A faster layout for the plain Latin text that minutes are made of. pdfkit measures every new word, and draws every
 * line, through fontkit's OpenType shaper, which builds a shaping plan and walks the font's GSUB and GPOS tables for
 * each one: half of the time a PDF of minutes takes. Text in the Latin alphabets and their punctuation needs none of
 * that: one glyph per character, at its advance width. What this leaves out is pair kerning, which Word does not
 * apply to body text by default either, and the "fi" and "fl" ligatures (the words then copy out of the PDF as
 * typed). Any text with a character outside those ranges (combining marks, other scripts, soft hyphens, zero-width
 * and direction marks) still goes through fontkit's shaper.
 */

/** Basic Latin, Latin-1 (less the soft hyphen), Latin Extended A and B, general punctuation (less separators and
 * invisible marks), the euro and the trade mark sign. */
const SIMPLE_TEXT = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u024f\u2010-\u2027\u2030-\u205e\u20ac\u2122]*$/;

type Glyph = { readonly id: number; readonly advanceWidth: number; readonly codePoints: readonly number[] };
type Position = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number };
type Run = { readonly glyphs: readonly Glyph[]; readonly positions: readonly Position[]; readonly advanceWidth: number };
type Layout = (text: string, ...rest: unknown[]) => Run;
/** The parts of a fontkit font used here. */
type ShapingFont = { layout: Layout; glyphsForString(text: string): Glyph[] };

const simplified = new WeakSet<object>();

function isShapingFont(value: unknown): value is ShapingFont {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof ShapingFont, unknown>>;
  return typeof candidate.layout === 'function' && typeof candidate.glyphsForString === 'function';
}

/**
 * One glyph per character at its advance width, as fontkit's layout would give it without features. Like fontkit's
 * glyph run, its advance width is read from the positions when asked for, as pdfkit scales them in place first.
 */
class SimpleRun implements Run {
  readonly positions: readonly Position[];

  constructor(readonly glyphs: readonly Glyph[]) {
    this.positions = glyphs.map((glyph) => ({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
  }

  get advanceWidth(): number {
    let width = 0;
    for (const position of this.positions) width += position.xAdvance;
    return width;
  }
}

export function simpleRun(font: Pick<ShapingFont, 'glyphsForString'>, text: string): Run {
  return new SimpleRun(font.glyphsForString(text));
}

export function isSimpleText(text: string): boolean {
  return SIMPLE_TEXT.test(text);
}

/**
 * Gives the document's current font the simple layout for simple text (once per font). pdfkit keeps the fontkit
 * font of an embedded font as `font` on its `_font`, which its typings do not name; anything else (a standard font,
 * a future pdfkit) is left as it is.
 */
export function useLatinLayout(doc: InstanceType<typeof PDFDocument>): void {
  const current: unknown = (doc as unknown as { _font?: { font?: unknown } })._font?.font;
  if (!isShapingFont(current) || simplified.has(current)) return;
  simplified.add(current);
  const shape = current.layout.bind(current);
  current.layout = (text: string, ...rest: unknown[]): Run =>
    rest[0] === undefined && isSimpleText(text) ? simpleRun(current, text) : shape(text, ...rest);
}
