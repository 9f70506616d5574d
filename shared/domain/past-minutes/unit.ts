import type { SourceLines } from '../../model/past-minutes';

/**
 * A piece of the document the rules read: a heading, a paragraph (or list entry) or a table row, with its text on
 * one line (runs of white space made one space) and the source lines it came from. Page furniture is already gone,
 * and paragraphs a PDF broke across lines or pages are whole again (see `units.ts`).
 */
export type Unit = {
  readonly kind: 'heading' | 'paragraph' | 'row';
  readonly text: string;
  readonly lines: SourceLines;
  readonly level?: number;
  readonly bold?: boolean;
  readonly listMarker?: string;
  readonly listLevel?: number;
  readonly table?: number;
  readonly cells?: readonly { readonly text: string; readonly lines: SourceLines }[];
  /** A paragraph over several source lines: each line's text, for lists printed a name a line. */
  readonly lineTexts?: readonly string[];
};

/** One line of text: white space (line breaks, tabs, non-breaking spaces) made single spaces. */
export const oneLine = (text: string): string => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** The lines two units span together. */
export const spanOf = (a: SourceLines, b: SourceLines): SourceLines => ({ from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) });

/** Whether a unit reads as a title: a heading, or a short bold paragraph that is not a sentence. */
export const isTitleLike = (u: Unit): boolean =>
  u.kind === 'heading' || (u.kind === 'paragraph' && u.bold === true && u.text.length <= 200 && u.text.split(' ').length <= 20);
