// The types of fontkit and linebreak, which ship none: referenced here, as the Electron shell's build reaches this
// file through its imports but does not include the backend's declaration files.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./text-libraries.d.ts" />
import { create, type Font } from 'fontkit';
import LineBreaker from 'linebreak';
import type PDFDocument from 'pdfkit';
import { fontStyleOf, type FontStyleName } from '../../../shared/document/fonts';
import type { Runs } from '../../../shared/document/model';
import type { HouseFontId } from '../../../shared/model';
import { isSimpleText, useLatinLayout } from './latin-layout';
import { cached, FALLBACK_FONTS, FALLBACK_ORDER, fallbackFontBytes, fontBytes, type FallbackFont } from './resources';
import { bidiLevels, cutRuns, drawnText, graphemes, hasRtlLetter, isEmoji, isShared, spans, visualOrder, type Levels } from './script-runs';

type Doc = InstanceType<typeof PDFDocument>;
type Face = 'base' | FallbackFont;

/** A stretch of text in one face, style and bidi level. */
type Atom = { readonly start: number; readonly end: number; readonly face: Face; readonly style: FontStyleName; readonly level: number };
/** A line: [start, end) of the paragraph's text, trailing spaces left out. */
type Line = { readonly start: number; readonly end: number };

/** A paragraph laid out in lines: what `draw` draws and `height` measures. */
export type MixedLayout = {
  readonly text: string;
  readonly bidi: Levels;
  readonly atoms: readonly Atom[];
  readonly lines: readonly Line[];
};

export type MixedOptions = {
  readonly x: number;
  readonly width: number;
  readonly size: number;
  readonly colour: string;
  /** Extra space between lines, in points, as pdfkit's `lineGap`. */
  readonly lineGap: number;
};

/** Characters that draw nothing: no font needs a glyph for them. */
const INVISIBLE = /[\p{Cc}\p{Default_Ignorable_Code_Point}]/u;
const TRAILING_SPACE = /[\s\u200B]+$/u;
// A font without a bold face is drawn filled and outlined by this share of the size: about the weight of a bold.
const FAUX_BOLD_STROKE = 0.035;

const coverage = new Map<Buffer, Font>();
/** A font's character map (fontkit), parsed once per process. */
const fontOf = (bytes: Buffer): Font => cached(coverage, bytes, () => create(bytes));

function covers(font: Font, grapheme: string): boolean {
  for (const char of grapheme) {
    if (INVISIBLE.test(char)) continue;
    if (!font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0)) return false;
  }
  return true;
}

type Glyph = { readonly id: number; readonly advanceWidth: number; readonly codePoints: readonly number[] };
type GlyphRun = { glyphs: Glyph[]; readonly direction?: string };
type Shaper = { layout: (...args: unknown[]) => GlyphRun };
const backwards = new WeakSet<object>();

/**
 * A PDF maps each glyph back to text (its ToUnicode map), and a right-to-left word is drawn with its glyphs in
 * visual order; PDF readers read the glyphs' text and reverse the word. A ligature (Arabic lam–alef, لا) stands for
 * several characters, which that reversal would swap ("ال"): so a right-to-left ligature's characters are given
 * backwards, and come out as typed. Left-to-right runs are left as they are.
 */
function readLigaturesBackwards(doc: Doc): void {
  const shaper: unknown = (doc as unknown as { _font?: { font?: unknown } })._font?.font;
  if (typeof shaper !== 'object' || shaper === null || backwards.has(shaper) || typeof (shaper as Partial<Shaper>).layout !== 'function') return;
  backwards.add(shaper);
  const font = shaper as Shaper;
  const layout = font.layout.bind(font);
  font.layout = (...args: unknown[]): GlyphRun => {
    const run = layout(...args);
    if (run.direction === 'rtl')
      run.glyphs = run.glyphs.map((glyph) =>
        glyph.codePoints.length > 1 ? { id: glyph.id, advanceWidth: glyph.advanceWidth, codePoints: [...glyph.codePoints].reverse() } : glyph,
      );
    return run;
  };
}

/**
 * Text that the house font cannot draw alone, or that reads right to left, laid out for pdfkit: each character in
 * the first font that has it (the house font, then Noto Sans Arabic, the CJK subset, Noto Emoji), lines broken by
 * the Unicode line breaking algorithm (so Chinese and Japanese break between characters), and each line put in
 * visual order by the bidirectional algorithm before it is drawn, piece by piece, at explicit positions on one
 * baseline. Plain Latin text never comes here: `handles` sends it to pdfkit's own layout.
 */
export class MixedText {
  private readonly base: Font;
  private readonly registered = new Set<string>();
  /** The fallback fonts' character maps, looked up once per document rather than once per character. */
  private readonly fallbacks = new Map<FallbackFont, Font>();

  constructor(
    private readonly doc: Doc,
    houseFont: HouseFontId,
    /** What to pass to doc.font() for each face of the house font. */
    private readonly faces: Readonly<Record<FontStyleName, string>>,
  ) {
    this.base = fontOf(fontBytes(houseFont, 'regular'));
  }

  /** Whether text needs this layout: a character the house font lacks, an emoji, or a right-to-left letter. */
  handles(text: string): boolean {
    if (isSimpleText(text)) return false;
    for (const char of text) {
      if (INVISIBLE.test(char)) continue;
      if (!this.base.hasGlyphForCodePoint(char.codePointAt(0) ?? 0)) return true;
    }
    return hasRtlLetter(text) || graphemes(text).some((g) => isEmoji(g.text));
  }

  handlesRuns(runs: Runs): boolean {
    return runs.some((run) => this.handles(run.text));
  }

  /** Breaks runs into lines `width` points wide. */
  layout(runs: Runs, width: number, size: number, bold: boolean): MixedLayout {
    const text = runs.map((r) => r.text).join('');
    const bidi = bidiLevels(text);
    const unbroken: MixedLayout = { text, bidi, atoms: this.atoms(runs, text, bidi, bold), lines: [] };
    return { ...unbroken, lines: this.breakLines(unbroken, width, size) };
  }

  /** The height `draw` takes, as pdfkit's heightOfString gives it for plain text. */
  height(layout: MixedLayout, size: number, lineGap: number): number {
    return layout.lines.length * (this.lineHeight(size) + lineGap);
  }

  /** Draws a laid-out paragraph from the current position down, starting new pages as pdfkit's text() does. */
  draw(layout: MixedLayout, options: MixedOptions): void {
    const { doc } = this;
    const lineHeight = this.lineHeight(options.size);
    let y = doc.y;
    for (const line of layout.lines) {
      if (y + lineHeight > doc.page.maxY()) {
        // As pdfkit's own text flow does: the open marked content (the paragraph's tag) ends on this page and
        // opens again on the next, so every page's content is balanced.
        doc.continueOnNewPage();
        y = doc.y;
      }
      const width = this.measure(layout, line.start, line.end, options.size);
      const x = layout.bidi.direction === 'rtl' ? options.x + options.width - width : options.x;
      this.drawLine(layout, line, x, y, options);
      y += lineHeight + options.lineGap;
    }
    doc.x = options.x;
    doc.y = y;
  }

  /** One line of text that is not wrapped (a running header): its width, then drawn with its left edge at x. */
  singleLine(
    text: string,
    style: FontStyleName,
    size: number,
  ): { readonly width: number; readonly draw: (x: number, y: number, colour: string) => void } {
    const bidi = bidiLevels(text);
    const layout: MixedLayout = { text, bidi, atoms: this.atoms([{ text, bold: style === 'bold' }], text, bidi, false), lines: [] };
    const line = { start: 0, end: text.replace(TRAILING_SPACE, '').length };
    return {
      width: this.measure(layout, line.start, line.end, size),
      draw: (x, y, colour) => this.drawLine(layout, line, x, y, { x, width: 0, size, colour, lineGap: 0 }),
    };
  }

  private lineHeight(size: number): number {
    this.use('base', 'regular', size);
    return this.doc.currentLineHeight(true);
  }

  /** Cuts the text where the face, the style or the bidi level changes. */
  private atoms(runs: Runs, text: string, bidi: Levels, bold: boolean): Atom[] {
    const byFace = spans<Face>(
      text,
      bidi.levels,
      (g, current) => {
        if (isEmoji(g) && covers(this.fallback('emoji'), g)) return 'emoji';
        // Spaces and punctuation stay in the font of the text they stand in, except an emoji font's (wide) ones.
        if (isShared(g) && current !== undefined && current !== 'emoji' && this.covers(current, g)) return undefined;
        return this.firstCovering(g);
      },
      'base',
    );
    return cutRuns(runs, byFace).map(({ start, end, kind, level, run }) => ({
      start,
      end,
      face: kind,
      level,
      style: fontStyleOf(bold || run.bold === true, run.italic === true),
    }));
  }

  private fallback(face: FallbackFont): Font {
    return cached(this.fallbacks, face, () => fontOf(fallbackFontBytes(face, false)));
  }

  private covers(face: Face, grapheme: string): boolean {
    return covers(face === 'base' ? this.base : this.fallback(face), grapheme);
  }

  /** The house font if it has the grapheme, else the first fallback that has it, else the house font (a box). */
  private firstCovering(grapheme: string): Face {
    if (covers(this.base, grapheme)) return 'base';
    return FALLBACK_ORDER.find((face) => face !== 'emoji' && covers(this.fallback(face), grapheme)) ?? 'base';
  }

  /** Sets the font for a face and style, registering a fallback font with the document the first time. */
  private use(face: Face, style: FontStyleName, size: number): { readonly fauxBold: boolean } {
    const { doc } = this;
    if (face === 'base') {
      doc.font(this.faces[style]).fontSize(size);
      useLatinLayout(doc);
      readLigaturesBackwards(doc);
      return { fauxBold: false };
    }
    const bold = style === 'bold' || style === 'boldItalic';
    const name = `fallback-${face}-${bold ? 'bold' : 'regular'}`;
    if (!this.registered.has(name)) {
      doc.registerFont(name, fallbackFontBytes(face, bold));
      this.registered.add(name);
    }
    doc.font(name).fontSize(size);
    readLigaturesBackwards(doc);
    // A face with no bold of its own (CJK, emoji) is outlined as well as filled.
    return { fauxBold: bold && FALLBACK_FONTS[face].bold === undefined };
  }

  /** The width of [start, end) as drawn: each atom measured as one piece, shaped as `drawLine` shapes it. */
  private measure(layout: MixedLayout, start: number, end: number, size: number): number {
    let width = 0;
    for (const atom of layout.atoms) {
      const s = Math.max(atom.start, start);
      const e = Math.min(atom.end, end);
      if (s >= e) continue;
      this.use(atom.face, atom.style, size);
      const piece = drawnText(layout.text.slice(s, e), s, atom.level, layout.bidi.mirrored);
      width += this.doc.widthOfString(piece.text, this.features(atom.face, piece.shapeWhole));
    }
    return width;
  }

  /**
   * Greedy line filling at the break opportunities of UAX #14: a word that does not fit starts a new line; a word
   * wider than the whole line is cut between graphemes, as pdfkit cuts one.
   */
  private breakLines(layout: MixedLayout, width: number, size: number): Line[] {
    const { text } = layout;
    const measure = (start: number, end: number): number => this.measure(layout, start, end, size);
    const lines: Line[] = [];
    let lineStart = 0;
    let used = 0;
    const endLine = (end: number): void => {
      lines.push({ start: lineStart, end: lineStart + text.slice(lineStart, end).replace(TRAILING_SPACE, '').length });
      lineStart = end;
      used = 0;
    };
    const breaker = new LineBreaker(text);
    let last = 0;
    for (let bk = breaker.nextBreak(); bk !== null; bk = breaker.nextBreak()) {
      const wordEnd = bk.position;
      const contentEnd = last + text.slice(last, wordEnd).replace(TRAILING_SPACE, '').length;
      let wordStart = last;
      let content = measure(wordStart, contentEnd);
      if (used > 0 && used + content > width) endLine(wordStart);
      if (used === 0 && content > width) {
        // Too wide for any line: as many graphemes as fit on each line.
        for (const g of graphemes(text.slice(wordStart, contentEnd))) {
          const end = wordStart + g.index + g.text.length;
          if (measure(lineStart, end) > width && end - g.text.length > lineStart) endLine(end - g.text.length);
        }
        wordStart = lineStart;
        content = measure(wordStart, contentEnd);
      }
      used += content + measure(contentEnd, wordEnd);
      if (bk.required) endLine(wordEnd);
      last = wordEnd;
    }
    if (lineStart < text.length || lines.length === 0) endLine(text.length);
    return lines;
  }

  /** Draws one line's pieces in visual order on the baseline of the house font. */
  private drawLine(layout: MixedLayout, line: Line, x: number, top: number, options: MixedOptions): void {
    const { doc } = this;
    this.use('base', 'regular', options.size);
    const baseline = top + (this.ascender() / 1000) * options.size;
    const pieces = layout.atoms
      .map((atom) => ({ ...atom, start: Math.max(atom.start, line.start), end: Math.min(atom.end, line.end) }))
      .filter((atom) => atom.start < atom.end);
    let cursor = x;
    for (const piece of visualOrder(pieces)) {
      const logical = layout.text.slice(piece.start, piece.end);
      const drawn = drawnText(logical, piece.start, piece.level, layout.bidi.mirrored);
      const { fauxBold } = this.use(piece.face, piece.style, options.size);
      doc.fillColor(options.colour);
      const textOptions = { lineBreak: false, baseline: 'alphabetic' as const, ...this.features(piece.face, drawn.shapeWhole) };
      const width = doc.widthOfString(drawn.text, textOptions);
      if (fauxBold)
        doc
          .save()
          .lineWidth(options.size * FAUX_BOLD_STROKE)
          .strokeColor(options.colour);
      const stroke = fauxBold ? { fill: true, stroke: true } : {};
      doc.text(drawn.text, cursor, baseline, { ...textOptions, ...stroke });
      if (fauxBold) doc.restore();
      cursor += width;
    }
  }

  /**
   * How pdfkit should shape a piece. Right-to-left text is shaped as a whole (any `features` makes pdfkit hand
   * fontkit the whole string rather than word by word), so fontkit lays its words out right to left too. Emoji
   * are drawn without their composed forms (ccmp): the font draws 👍🏽 as 👍 alone, and as the PDF maps each glyph
   * back to one text, 👍🏽 would copy out as 👍. Drawn apart, the skin tone shows as the swatch that Unicode gives as
   * the fallback for a font without that emoji, and the text copies out as typed.
   */
  private features(face: Face, shapeWhole: boolean): { features?: PDFKit.Mixins.OpenTypeFeatures[] } {
    if (face === 'emoji') return { features: { ccmp: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[] };
    return shapeWhole ? { features: [] } : {};
  }

  /** The current font's ascender in thousandths of its size, which pdfkit keeps on `_font` but does not type. */
  private ascender(): number {
    return (this.doc as unknown as { _font?: { ascender?: number } })._font?.ascender ?? 800;
  }
}
