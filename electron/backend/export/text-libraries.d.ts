// The parts of fontkit and linebreak that Minute Book uses; neither package ships its own types.

declare module 'fontkit' {
  /** A parsed font: only its character map is read here (pdfkit opens its own copy to lay out and embed). */
  export type Font = {
    hasGlyphForCodePoint(codePoint: number): boolean;
  };
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}

declare module 'linebreak' {
  /** The Unicode line breaking algorithm (UAX #14): each place a line may (or must) break, in order. */
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): { readonly position: number; readonly required: boolean } | null;
  }
}
