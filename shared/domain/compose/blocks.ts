import type { Block, Heading, HeadingLevel, List, ListStyle, Paragraph, ParagraphStyle, Run, Runs, Table } from '../../document/model';
import type { HouseStyle } from '../../document/house-style';

/** Small builders, so the composers read like the documents they make. */

export const text = (t: string): Run => ({ text: t });
export const strong = (t: string): Run => ({ text: t, bold: true });
export const em = (t: string): Run => ({ text: t, italic: true });

export const heading = (level: HeadingLevel, t: string, anchor?: string): Heading => ({
  kind: 'heading',
  level,
  runs: [text(t)],
  ...(anchor === undefined ? {} : { anchor }),
});

export function para(content: string | Runs, style?: ParagraphStyle): Paragraph {
  return { kind: 'paragraph', runs: typeof content === 'string' ? [text(content)] : content, ...(style === undefined ? {} : { style }) };
}

/** "Label: value" with the label in bold. */
export const fact = (label: string, value: string, style?: ParagraphStyle): Paragraph => para([strong(`${label}:`), text(` ${value}`)], style);

export const list = (style: ListStyle, items: readonly (string | Runs)[]): List => ({
  kind: 'list',
  style,
  items: items.map((i) => (typeof i === 'string' ? [text(i)] : i)),
});

export const table = (columns: readonly (readonly [string, number])[], rows: readonly (readonly (string | Runs)[])[]): Table => ({
  kind: 'table',
  columns: columns.map(([header, width]) => ({ header, width })),
  rows: rows.map((row) => row.map((cell) => (typeof cell === 'string' ? [text(cell)] : cell))),
});

/** The organisation's logo and name, at the top of the first page. */
export function masthead(style: HouseStyle): Block[] {
  return [
    ...(style.logo === undefined
      ? []
      : [{ kind: 'image' as const, mediaType: style.logo.mediaType, dataBase64: style.logo.dataBase64, alt: style.logo.alt, maxHeightMm: 20 }]),
    para(style.organisation, 'masthead'),
  ];
}
