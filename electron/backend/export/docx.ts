import { Buffer } from 'node:buffer';
import type * as DocxLib from 'docx';
import type { IParagraphStyleOptions, Paragraph, ParagraphChild, Table } from 'docx';
import { HOUSE_FONTS } from '../../../shared/document/fonts';
import { A4_MM } from '../../../shared/document/house-style';
import type {
  Block,
  DocModel,
  Heading,
  Image,
  List,
  ListCounter,
  ListStyle,
  Paragraph as DocParagraph,
  Runs,
  SignatureBlock,
  Table as DocTable,
} from '../../../shared/document/model';
import { signatureLines } from '../../../shared/document/text';
import { COLOURS, HEADING_SCALE, LINE_GAP, PARAGRAPH_SCALE, SPACE_AFTER, TABLE_SCALE } from '../../../shared/document/typography';
import type { HouseFontId } from '../../../shared/model';
import { paragraphBidi, scriptPieces } from './docx-scripts';
import { imageSize } from './image-size';

const TWIPS_PER_MM = 1440 / 25.4;
const twipsFromPt = (pt: number): number => Math.round(pt * 20);
const halfPoints = (pt: number): number => Math.round(pt * 2);
const hex = (colour: string): string => colour.replace('#', '').toUpperCase();

// Word's own style ids: Title and Heading 1-3 are what its navigation pane and accessibility checker read.
const HEADINGS = { 1: 'Title', 2: 'Heading1', 3: 'Heading2', 4: 'Heading3' } as const;
const PARAGRAPH_STYLE_IDS = { body: undefined, lead: 'Lead', note: 'Note', warning: 'Warning', masthead: 'Masthead' } as const;
const NUMBERING: Readonly<Record<ListStyle, { format: 'bullet' | 'decimal'; text: string }>> = {
  bullet: { format: 'bullet', text: '•' },
  decimal: { format: 'decimal', text: '%1.' },
  parenthesised: { format: 'decimal', text: '(%1)' },
};

/** Word's number formats for a decision's part counters. */
const COUNTER_FORMATS: Readonly<Record<ListCounter, 'decimal' | 'lowerLetter' | 'lowerRoman'>> = {
  decimal: 'decimal',
  'lower-alpha': 'lowerLetter',
  'lower-roman': 'lowerRoman',
};
const NESTED_LEVELS = 3;

/** The numbering a list of nested, counted parts uses ("parts-lower-roman-lower-alpha"); none for other lists. */
function nestedReference(list: List): string | undefined {
  if (list.style !== 'parenthesised' || (list.depths === undefined && list.counters === undefined)) return undefined;
  return `parts-${(list.counters ?? ['decimal']).join('-')}`;
}

/** One numbering definition for each order of counters the document's nested lists use: (%1), (%2), (%3), indented. */
function nestedNumbering(blocks: DocModel['blocks']): { reference: string; levels: DocxLib.ILevelsOptions[] }[] {
  const seen = new Map<string, readonly ListCounter[]>();
  for (const block of blocks) {
    if (block.kind !== 'list') continue;
    const reference = nestedReference(block);
    if (reference !== undefined) seen.set(reference, block.counters ?? ['decimal']);
  }
  return [...seen].map(([reference, counters]) => ({
    reference,
    levels: Array.from({ length: NESTED_LEVELS }, (_, level) => ({
      level,
      format: COUNTER_FORMATS[counters[level] ?? 'decimal'],
      text: `(%${level + 1})`,
      alignment: 'left' as const,
      style: { paragraph: { indent: { left: 560 * (level + 1), hanging: 560 } } },
    })),
  }));
}

type Docx = typeof DocxLib;
/** The docx library, loaded on first use, and what the blocks need to know as they are written. */
type Context = {
  readonly d: Docx;
  readonly body: number;
  readonly textWidthTwips: number;
  /** The house font, and the family the DOCX names for it. */
  readonly house: HouseFontId;
  readonly family: string;
  instance: number;
};

function runsOf(ctx: Context, runs: Runs, extra: { bold?: boolean; size?: number; colour?: string } = {}): ParagraphChild[] {
  const { d } = ctx;
  const pieces = scriptPieces(runs, ctx.house, ctx.family);
  return runs.flatMap((run): ParagraphChild[] => {
    const textRuns = pieces
      .filter((piece) => piece.run === run)
      .map(
        (piece) =>
          new d.TextRun({
            text: piece.text,
            ...piece.options,
            ...(run.bold === true || extra.bold === true ? { bold: true } : {}),
            ...(run.italic === true ? { italics: true } : {}),
            ...(extra.size === undefined ? {} : { size: halfPoints(extra.size) }),
            ...(extra.colour === undefined ? {} : { color: extra.colour }),
            ...(run.link === undefined ? {} : { style: 'Hyperlink' }),
          }),
      );
    if (textRuns.length === 0) return [];
    return run.link === undefined ? textRuns : [new d.ExternalHyperlink({ link: run.link, children: textRuns })];
  });
}

function heading(block: Heading, ctx: Context): Paragraph {
  return new ctx.d.Paragraph({ heading: HEADINGS[block.level], ...paragraphBidi(block.runs), children: runsOf(ctx, block.runs) });
}

function paragraph(block: DocParagraph, ctx: Context, keepNext: boolean): Paragraph {
  const style = PARAGRAPH_STYLE_IDS[block.style ?? 'body'];
  return new ctx.d.Paragraph({
    ...(style === undefined ? {} : { style }),
    ...(keepNext ? { keepNext } : {}),
    ...paragraphBidi(block.runs),
    children: runsOf(ctx, block.runs),
  });
}

function list(block: List, ctx: Context): Paragraph[] {
  // A new instance per list, so each numbered list starts again at (1).
  ctx.instance += 1;
  const instance = ctx.instance;
  const nested = nestedReference(block);
  return block.items.map(
    (runs, i) =>
      new ctx.d.Paragraph({
        numbering: {
          reference: nested ?? block.style,
          level: nested === undefined ? 0 : Math.max(0, Math.min(NESTED_LEVELS - 1, block.depths?.[i] ?? 0)),
          instance,
        },
        spacing: { after: i === block.items.length - 1 ? twipsFromPt(ctx.body * SPACE_AFTER.list) : twipsFromPt(ctx.body * 0.2) },
        ...paragraphBidi(runs),
        children: runsOf(ctx, runs),
      }),
  );
}

function table(block: DocTable, ctx: Context): Table {
  const total = block.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = block.columns.map((c) => Math.round((ctx.textWidthTwips * c.width) / total));
  const size = ctx.body * TABLE_SCALE;
  const { d } = ctx;
  const cell = (runs: Runs, width: number, header: boolean): DocxLib.TableCell =>
    new d.TableCell({
      width: { size: width, type: 'dxa' },
      ...(header ? { shading: { type: 'clear', fill: hex(COLOURS.tableHeader), color: 'auto' } } : {}),
      children: [new d.Paragraph({ spacing: { after: 0 }, ...paragraphBidi(runs), children: runsOf(ctx, runs, { bold: header, size }) })],
    });
  const headerRow = new d.TableRow({
    // Marks the row as the table's header: Word repeats it on each page and screen readers announce it.
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) => cell([{ text: c.header }], widths[i] ?? 0, true)),
  });
  const rows = block.rows.map((row) => new d.TableRow({ cantSplit: true, children: row.map((runs, i) => cell(runs, widths[i] ?? 0, false)) }));
  return new d.Table({
    rows: [headerRow, ...rows],
    width: { size: ctx.textWidthTwips, type: 'dxa' },
    columnWidths: widths,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
  });
}

const rule = (d: Docx, widthTwips: number, spaceBefore: number): Paragraph =>
  new d.Paragraph({
    spacing: { before: spaceBefore, after: 60 },
    indent: { right: widthTwips },
    border: { bottom: { style: 'single', size: 6, color: hex(COLOURS.rule), space: 1 } },
    children: [],
  });

function signature(block: SignatureBlock, ctx: Context): Paragraph[] {
  const [first, second] = signatureLines(block);
  const short = Math.max(0, ctx.textWidthTwips - twipsFromPt(220));
  const { d } = ctx;
  return [
    rule(d, short, twipsFromPt(ctx.body * 3)),
    new d.Paragraph({ keepNext: true, children: runsOf(ctx, [{ text: first }]) }),
    rule(d, short, twipsFromPt(ctx.body * 1.8)),
    new d.Paragraph({ children: runsOf(ctx, [{ text: second }]) }),
  ];
}

function image(block: Image, ctx: Context): Paragraph {
  const data = Buffer.from(block.dataBase64, 'base64');
  const size = imageSize(data) ?? { width: 200, height: 80 };
  // docx sizes images in pixels at 96 to the inch.
  const maxHeightPx = (block.maxHeightMm / 25.4) * 96;
  const maxWidthPx = (ctx.textWidthTwips / 1440) * 96;
  const scale = Math.min(maxHeightPx / size.height, maxWidthPx / size.width);
  return new ctx.d.Paragraph({
    children: [
      new ctx.d.ImageRun({
        type: block.mediaType === 'image/png' ? 'png' : 'jpg',
        data,
        transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
        altText: { name: block.alt, title: block.alt, description: block.alt },
      }),
    ],
  });
}

function blockToDocx(block: Block, ctx: Context, next: Block | undefined): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [heading(block, ctx)];
    case 'paragraph':
      // A paragraph that introduces a list or table ("RESOLVED:") stays on the page with it.
      return [paragraph(block, ctx, next?.kind === 'list' || next?.kind === 'table')];
    case 'list':
      return list(block, ctx);
    case 'table':
      return [table(block, ctx), new ctx.d.Paragraph({ spacing: { after: twipsFromPt(ctx.body * 0.3) }, children: [] })];
    case 'signature':
      return signature(block, ctx);
    case 'image':
      return [image(block, ctx)];
    case 'separator':
      return block.variant === 'page-break'
        ? [new ctx.d.Paragraph({ children: [new ctx.d.PageBreak()] })]
        : [rule(ctx.d, 0, twipsFromPt(ctx.body * 0.6))];
  }
}

function paragraphStyles(body: number): IParagraphStyleOptions[] {
  const style = (id: string, name: string, run: IParagraphStyleOptions['run']): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run,
  });
  return [
    style('Lead', 'Lead', { size: halfPoints(body * PARAGRAPH_SCALE.lead) }),
    style('Note', 'Note', { size: halfPoints(body * PARAGRAPH_SCALE.note), color: hex(COLOURS.muted) }),
    style('Warning', 'Warning', { bold: true, color: hex(COLOURS.warning) }),
    style('Masthead', 'Masthead', { bold: true, size: halfPoints(body * PARAGRAPH_SCALE.masthead) }),
  ];
}

/**
 * DocModel → DOCX with Word's built-in Title and Heading styles (the navigation pane works), real numbering
 * definitions, header rows marked, en-GB, title and author in the properties, the board and date in the header
 * and "Page X of Y" in the footer.
 */
export async function renderDocx(model: DocModel): Promise<Buffer> {
  // Loaded on first use, so commands that make no Word file do not pay for it.
  const d = await import('docx');
  const { style, meta } = model;
  const body = style.bodySizePt;
  const font = HOUSE_FONTS[style.font].docxFamily;
  const margins = style.marginsMm;
  const textWidthTwips = Math.round((A4_MM.width - margins.left - margins.right) * TWIPS_PER_MM);
  const ctx: Context = { d, body, textWidthTwips, house: style.font, family: font, instance: 0 };
  const headingStyle = (level: 1 | 2 | 3 | 4): { run: IParagraphStyleOptions['run']; paragraph: IParagraphStyleOptions['paragraph'] } => ({
    run: { font, bold: true, size: halfPoints(body * HEADING_SCALE[level]), color: hex(COLOURS.heading) },
    paragraph: {
      spacing: { before: level === 1 ? 0 : twipsFromPt(body * HEADING_SCALE[level] * 0.6), after: twipsFromPt(body * SPACE_AFTER.heading) },
      keepNext: true,
    },
  });

  const children = model.blocks.flatMap((block, i) => blockToDocx(block, ctx, model.blocks[i + 1]));
  const document = new d.Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.author,
    lastModifiedBy: meta.author,
    description: meta.subject,
    styles: {
      default: {
        document: {
          run: { font, size: halfPoints(body), color: hex(COLOURS.text), language: { value: meta.language } },
          // lineRule "auto": a multiple of single spacing. Left out, LibreOffice reads the line as an exact height
          // and a two-line title overlaps itself.
          paragraph: { spacing: { after: twipsFromPt(body * SPACE_AFTER.paragraph), line: Math.round(240 * (1 + LINE_GAP)), lineRule: 'auto' } },
        },
        title: headingStyle(1),
        heading1: headingStyle(2),
        heading2: headingStyle(3),
        heading3: headingStyle(4),
      },
      paragraphStyles: paragraphStyles(body),
    },
    numbering: {
      config: [
        ...(Object.keys(NUMBERING) as ListStyle[]).map((reference) => ({
          reference,
          levels: [
            {
              level: 0,
              format: NUMBERING[reference].format,
              text: NUMBERING[reference].text,
              alignment: 'left' as const,
              style: { paragraph: { indent: { left: 440, hanging: 440 } } },
            },
          ],
        })),
        ...nestedNumbering(model.blocks),
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(A4_MM.width * TWIPS_PER_MM), height: Math.round(A4_MM.height * TWIPS_PER_MM) },
            margin: {
              top: Math.round(margins.top * TWIPS_PER_MM),
              right: Math.round(margins.right * TWIPS_PER_MM),
              bottom: Math.round(margins.bottom * TWIPS_PER_MM),
              left: Math.round(margins.left * TWIPS_PER_MM),
              header: Math.round((margins.top / 2.5) * TWIPS_PER_MM),
              footer: Math.round((margins.bottom / 2.5) * TWIPS_PER_MM),
            },
          },
        },
        headers: {
          default: new d.Header({
            children: [
              new d.Paragraph({
                tabStops: [{ type: 'right', position: textWidthTwips }],
                children: runsOf(ctx, [{ text: meta.header.left }, { text: `\t${meta.header.right}` }], { size: 9, colour: hex(COLOURS.muted) }),
              }),
            ],
          }),
        },
        footers: {
          default: new d.Footer({
            children: [
              new d.Paragraph({
                alignment: 'center',
                children: [
                  new d.TextRun({
                    children: ['Page ', d.PageNumber.CURRENT, ' of ', d.PageNumber.TOTAL_PAGES],
                    size: halfPoints(9),
                    color: hex(COLOURS.muted),
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return d.Packer.toBuffer(document);
}
