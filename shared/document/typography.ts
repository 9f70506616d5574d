import type { HeadingLevel, ParagraphStyle } from './model';

/**
 * One typographic scale for every format, as multiples of the body size, so the Word file, the PDF and the web
 * page look alike. Colours meet WCAG AA contrast on white.
 */
export const HEADING_SCALE: Readonly<Record<HeadingLevel, number>> = { 1: 1.9, 2: 1.45, 3: 1.2, 4: 1.05 };

export const PARAGRAPH_SCALE: Readonly<Record<ParagraphStyle, number>> = { body: 1, lead: 1.1, note: 0.9, warning: 1, masthead: 1.3 };

export const TABLE_SCALE = 0.92;

export const COLOURS = {
  text: '#1b1b1b',
  muted: '#484848',
  warning: '#8a1c1c',
  rule: '#6f6f6f',
  tableHeader: '#e6e6e6',
  heading: '#0b0c0c',
} as const;

/** Space after blocks, in multiples of the body size. */
export const SPACE_AFTER = { paragraph: 0.6, heading: 0.35, list: 0.6, table: 0.9 } as const;

/** Extra space between lines, as a fraction of the font size. */
export const LINE_GAP = 0.25;
