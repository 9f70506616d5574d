import { Buffer } from 'node:buffer';
import type PDFDocument from 'pdfkit';
import { fontStyleOf, type FontStyleName } from '../../../shared/document/fonts';
import { POINTS_PER_MM } from '../../../shared/document/house-style';
import type { Block, Heading, Image, List, Paragraph, Runs, SignatureBlock, Table } from '../../../shared/document/model';
import { listItemLabels, signatureLines } from '../../../shared/document/text';
import { COLOURS, HEADING_SCALE, LINE_GAP, PARAGRAPH_SCALE, SPACE_AFTER, TABLE_SCALE } from '../../../shared/document/typography';
import { imageSize } from './image-size';
import { useLatinLayout } from './latin-layout';
import type { MixedText } from './mixed-text';

type Doc = InstanceType<typeof PDFDocument>;
type StructElement = PDFKit.PDFStructureElement;
type StructOptions = PDFKit.Mixins.StructureElementOptions;

const HEADING_TAGS = { 1: 'H1', 2: 'H2', 3: 'H3', 4: 'H4' } as const;
const CELL_PADDING = 4;
const LIST_INDENT = 22;
/** The label column of a list of nested parts, wide enough for "(viii)"; each level is indented by as much again. */
const NESTED_LABEL_WIDTH = 30;

/**
 * Lays a DocModel's blocks out on tagged pages. Every piece of text is drawn inside its structure element
 * (H1..H4, P, L/LI/Lbl/LBody, Table/TR/TH/TD, Figure); rules, fills and borders are artifacts. Tables are drawn
 * here rather than with pdfkit's table(), which is most of pdfkit's time on a long document.
 */
export class PdfWriter {
  /** The page (from 0) on which each anchored heading starts: an agenda pack's bookmarks point there. */
  readonly anchors = new Map<string, number>();
  private readonly root: StructElement;
  private readonly left: number;
  private readonly width: number;

  constructor(
    private readonly doc: Doc,
    private readonly bodySize: number,
    /** What to pass to doc.font() for each face: a registered name, or the path pdfkit opened first. */
    private readonly faces: Readonly<Record<FontStyleName, string>>,
    /** The layout for text in other scripts, right to left or with emoji. */
    private readonly mixed: MixedText,
  ) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
    this.left = doc.page.margins.left;
    this.width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  }

  write(blocks: readonly Block[]): void {
    blocks.forEach((block, i) => this.block(block, blocks[i + 1]));
    this.root.end();
  }

  private get pageIndex(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  private block(block: Block, next: Block | undefined): void {
    switch (block.kind) {
      case 'heading':
        return this.heading(block, next);
      case 'paragraph':
        return this.paragraph(block, next);
      case 'list':
        return this.list(block);
      case 'table':
        return this.table(block);
      case 'signature':
        return this.signature(block);
      case 'image':
        return this.image(block);
      case 'separator':
        return this.separator(block.variant);
    }
  }

  private font(style: FontStyleName, size: number, colour: string = COLOURS.text): void {
    this.doc.font(this.faces[style]).fontSize(size).fillColor(colour);
    useLatinLayout(this.doc);
  }

  private lineHeight(size: number): number {
    return size * (1.15 + LINE_GAP);
  }

  /** Starts a new page unless `height` points still fit on this one. */
  private ensureSpace(height: number): void {
    if (this.doc.y + height > this.doc.page.maxY()) this.doc.addPage();
  }

  /** Draws runs as one flowing paragraph from the current position; pdfkit carries it across pages. */
  private runs(runs: Runs, size: number, options: { x?: number; width?: number; bold?: boolean; colour?: string } = {}): void {
    const x = options.x ?? this.left;
    const width = options.width ?? this.width;
    const pieces = runs.filter((r) => r.text !== '');
    if (pieces.length === 0) return;
    const lineGap = size * LINE_GAP;
    if (this.mixed.handlesRuns(pieces)) {
      const layout = this.mixed.layout(pieces, width, size, options.bold === true);
      this.mixed.draw(layout, { x, width, size, colour: options.colour ?? COLOURS.text, lineGap });
      return;
    }
    pieces.forEach((run, i) => {
      this.font(fontStyleOf(options.bold === true || run.bold === true, run.italic === true), size, options.colour);
      const textOptions = { width, continued: i < pieces.length - 1, lineGap };
      if (i === 0) this.doc.text(run.text, x, this.doc.y, textOptions);
      else this.doc.text(run.text, textOptions);
    });
  }

  private heading(block: Heading, next: Block | undefined): void {
    const size = this.bodySize * HEADING_SCALE[block.level];
    const spaceBefore = block.level === 1 ? 0 : size * 0.6;
    // Keep a heading with at least the first lines of what follows it.
    const following = next === undefined || next.kind === 'heading' ? 0 : this.lineHeight(this.bodySize) * 3;
    this.ensureSpace(spaceBefore + this.lineHeight(size) + following);
    if (this.doc.y > this.doc.page.margins.top + 1) this.doc.y += spaceBefore;
    if (block.anchor !== undefined) this.anchors.set(block.anchor, this.pageIndex);
    const title = block.runs.map((r) => r.text).join('');
    if (block.level <= 3) this.doc.outline.addItem(title);
    this.root.add(this.doc.struct(HEADING_TAGS[block.level], {}, () => this.runs(block.runs, size, { bold: true, colour: COLOURS.heading })));
    this.doc.y += this.bodySize * SPACE_AFTER.heading;
  }

  private paragraph(block: Paragraph, next: Block | undefined): void {
    const style = block.style ?? 'body';
    const size = this.bodySize * PARAGRAPH_SCALE[style];
    const colour = style === 'warning' ? COLOURS.warning : style === 'note' ? COLOURS.muted : COLOURS.text;
    // A paragraph that introduces a list or table ("RESOLVED:") stays with its first lines. Its own height is
    // estimated from its width: laying it out twice would double the time pdfkit spends on text.
    if (next?.kind === 'list' || next?.kind === 'table') {
      const bold = style === 'warning' || style === 'masthead';
      this.font(bold ? 'bold' : 'regular', size);
      const lines = this.mixed.handlesRuns(block.runs)
        ? this.mixed.layout(block.runs, this.width, size, bold).lines.length
        : Math.ceil((this.doc.widthOfString(block.runs.map((r) => r.text).join('')) * 1.05) / this.width);
      this.ensureSpace(Math.max(1, lines) * this.lineHeight(size) + this.lineHeight(this.bodySize) * 2.5);
    } else {
      this.ensureSpace(this.lineHeight(size));
    }
    this.root.add(this.doc.struct('P', {}, () => this.runs(block.runs, size, { bold: style === 'warning' || style === 'masthead', colour })));
    this.doc.y += this.bodySize * SPACE_AFTER.paragraph;
  }

  private list(block: List): void {
    const size = this.bodySize;
    const listElement = this.doc.struct('L');
    this.root.add(listElement);
    const labels = listItemLabels(block);
    const nested = block.depths !== undefined || block.counters !== undefined;
    const column = nested ? NESTED_LABEL_WIDTH : LIST_INDENT;
    block.items.forEach((runs, i) => {
      this.ensureSpace(this.lineHeight(size));
      const item = this.doc.struct('LI');
      listElement.add(item);
      const top = this.doc.y;
      const indent = nested ? (block.depths?.[i] ?? 0) * column : 0;
      const label = labels[i] ?? '';
      item.add(
        this.doc.struct('Lbl', {}, () => {
          this.font('regular', size);
          this.doc.text(label, this.left + indent + 4, top, { lineBreak: false });
        }),
      );
      this.doc.y = top;
      const x = this.left + indent + column;
      item.add(this.doc.struct('LBody', {}, () => this.runs(runs, size, { x, width: this.width - indent - column })));
      item.end();
      this.doc.y += size * 0.2;
    });
    listElement.end();
    this.doc.y += this.bodySize * (SPACE_AFTER.list - 0.2);
  }

  private artifact(draw: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw();
    this.doc.endMarkedContent();
  }

  private cellHeight(runs: Runs, width: number, size: number, bold: boolean): number {
    const textValue = runs.map((r) => r.text).join('');
    const anyBold = bold || runs.some((r) => r.bold === true);
    const lineGap = size * LINE_GAP;
    if (this.mixed.handlesRuns(runs)) return this.mixed.height(this.mixed.layout(runs, width, size, bold), size, lineGap) + CELL_PADDING * 2;
    this.font(anyBold ? 'bold' : 'regular', size);
    return this.doc.heightOfString(textValue === '' ? ' ' : textValue, { width, lineGap }) + CELL_PADDING * 2;
  }

  private table(block: Table): void {
    const size = this.bodySize * TABLE_SCALE;
    const total = block.columns.reduce((sum, c) => sum + c.width, 0);
    const widths = block.columns.map((c) => (this.width * c.width) / total);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const tableElement = this.doc.struct('Table');
    this.root.add(tableElement);
    const header: Runs[] = block.columns.map((c) => [{ text: c.header, bold: true }]);
    const drawRow = (cells: readonly Runs[], isHeader: boolean): void => {
      const heights = cells.map((cell, i) => this.cellHeight(cell, (widths[i] ?? 0) - CELL_PADDING * 2, size, isHeader));
      const height = Math.max(...heights, this.lineHeight(size));
      this.ensureSpace(height);
      const top = this.doc.y;
      this.artifact(() => {
        if (isHeader) this.doc.rect(this.left, top, this.width, height).fill(COLOURS.tableHeader);
        this.doc.lineWidth(0.5).strokeColor(COLOURS.rule);
        this.doc.rect(this.left, top, this.width, height).stroke();
        for (const x of xs.slice(1))
          this.doc
            .moveTo(x, top)
            .lineTo(x, top + height)
            .stroke();
      });
      const row = this.doc.struct('TR');
      tableElement.add(row);
      cells.forEach((cell, i) => {
        const cellOptions: StructOptions & { scope?: 'Column' } = isHeader ? { scope: 'Column' } : {};
        row.add(
          this.doc.struct(isHeader ? 'TH' : 'TD', cellOptions, () => {
            this.doc.y = top + CELL_PADDING;
            this.runs(cell, size, { x: (xs[i] ?? 0) + CELL_PADDING, width: (widths[i] ?? 0) - CELL_PADDING * 2, bold: isHeader });
          }),
        );
      });
      row.end();
      this.doc.y = top + height;
    };
    drawRow(header, true);
    for (const row of block.rows) drawRow(row, false);
    tableElement.end();
    this.doc.x = this.left;
    this.doc.y += this.bodySize * SPACE_AFTER.table;
  }

  private rule(width: number): void {
    const y = this.doc.y;
    this.artifact(() => {
      this.doc
        .lineWidth(0.75)
        .strokeColor(COLOURS.rule)
        .moveTo(this.left, y)
        .lineTo(this.left + width, y)
        .stroke();
    });
    this.doc.y = y + 4;
  }

  private signature(block: SignatureBlock): void {
    const [first, second] = signatureLines(block);
    const size = this.bodySize;
    this.ensureSpace(size * 8);
    const group = this.doc.struct('Div');
    this.root.add(group);
    this.doc.y += size * 2.5;
    this.rule(220);
    group.add(this.doc.struct('P', {}, () => this.runs([{ text: first }], size)));
    this.doc.y += size * 1.8;
    this.rule(220);
    group.add(this.doc.struct('P', {}, () => this.runs([{ text: second }], size)));
    group.end();
    this.doc.y += size;
  }

  private image(block: Image): void {
    const bytes = Buffer.from(block.dataBase64, 'base64');
    const size = imageSize(bytes);
    const maxHeight = block.maxHeightMm * POINTS_PER_MM;
    const scale = size === undefined ? 1 : Math.min(maxHeight / size.height, this.width / size.width);
    const width = size === undefined ? maxHeight : size.width * scale;
    const height = size === undefined ? maxHeight : size.height * scale;
    this.ensureSpace(height);
    const top = this.doc.y;
    const figureOptions: StructOptions & { bbox?: [number, number, number, number] } = {
      alt: block.alt,
      bbox: [this.left, top, this.left + width, top + height],
    };
    this.root.add(this.doc.struct('Figure', figureOptions, () => this.doc.image(bytes, this.left, top, { width, height })));
    this.doc.y = top + height + this.bodySize * 0.5;
  }

  private separator(variant: 'part' | 'page-break'): void {
    if (variant === 'page-break') {
      this.doc.addPage();
      return;
    }
    this.ensureSpace(this.bodySize * 4);
    this.doc.y += this.bodySize * 0.6;
    this.rule(this.width);
    this.doc.y += this.bodySize * 0.6;
  }
}
