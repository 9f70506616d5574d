import { Buffer } from 'node:buffer';
import type PDFDocument from 'pdfkit';
import type { FontStyleName } from '../../../shared/document/fonts';
import { A4_MM, POINTS_PER_MM } from '../../../shared/document/house-style';
import type { DocModel } from '../../../shared/document/model';
import { COLOURS } from '../../../shared/document/typography';
import type { MixedText } from './mixed-text';
import { PdfWriter } from './pdf-writer';
import { fontBytes, fontFile } from './resources';

export type PdfOptions = {
  /** PDF/A-2a (which is tagged too) for the archive copy of signed minutes; otherwise PDF/UA-1. */
  readonly archive?: boolean;
  /** For an agenda pack: the footer counts every page of the pack, reports included. */
  readonly extraPages?: number;
  /** Stamped into the file's properties; the clock is passed in so tests are deterministic. */
  readonly createdAt?: Date;
};

export type PdfResult = {
  readonly bytes: Buffer;
  readonly pages: number;
  /** The page (from 0) where each anchored heading starts. */
  readonly anchors: ReadonlyMap<string, number>;
};

const STYLES: readonly FontStyleName[] = ['regular', 'bold', 'italic', 'boldItalic'];

/** The PDF/UA identification schema pdfkit writes for `subset: 'PDF/UA'`, added by hand beside PDF/A's. */
const PDFUA_ID = `
        <rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about="">
            <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>
        `;

// pdfkit copies the title into XMP without escaping it, so an ampersand would break the metadata.
const xmpSafe = (text: string): string => text.replace(/&/g, 'and').replace(/[<>]/g, '');

type Subset = PDFKit.Mixins.PDFSubsets | 'PDF/UA';
type TaggedOptions = Omit<PDFKit.PDFDocumentOptions, 'subset'> & { subset: Subset };

/**
 * DocModel → tagged PDF: PDF/UA-1 identified, en-GB, title shown in the window, every font embedded. pdfkit is
 * loaded on first use, so commands that make no PDF do not pay for it.
 */
export async function renderPdf(model: DocModel, options: PdfOptions = {}): Promise<PdfResult> {
  const [{ default: PDFDocumentClass }, { MixedText }] = await Promise.all([import('pdfkit'), import('./mixed-text')]);
  const { style, meta } = model;
  const mm = (value: number): number => value * POINTS_PER_MM;
  const margins = {
    top: mm(style.marginsMm.top),
    right: mm(style.marginsMm.right),
    bottom: mm(style.marginsMm.bottom),
    left: mm(style.marginsMm.left),
  };
  const documentOptions: TaggedOptions = {
    size: [mm(A4_MM.width), mm(A4_MM.height)],
    margins,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: meta.language,
    displayTitle: true,
    subset: options.archive === true ? 'PDF/A-2a' : 'PDF/UA',
    // pdfkit's first font, read from its file: without it pdfkit loads Helvetica, which it cannot embed.
    font: fontFile(style.font, 'regular'),
    info: {
      Title: xmpSafe(meta.title),
      Author: xmpSafe(meta.author),
      Subject: xmpSafe(meta.subject),
      Creator: 'Minute Book',
      Producer: 'Minute Book (PDFKit)',
      CreationDate: options.createdAt ?? new Date(),
    },
  };
  const doc = new PDFDocumentClass(documentOptions as PDFKit.PDFDocumentOptions);
  // The regular face is the document's first font, cached by pdfkit under its path; registering it again under a
  // name would make pdfkit parse the font file afresh on every switch back to it (a pdfkit quirk).
  const faces: Record<FontStyleName, string> = { regular: fontFile(style.font, 'regular'), bold: 'bold', italic: 'italic', boldItalic: 'boldItalic' };
  for (const name of STYLES) if (name !== 'regular') doc.registerFont(name, fontBytes(style.font, name));
  if (options.archive === true) doc.appendXML(PDFUA_ID);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const mixed = new MixedText(doc, style.font, faces);
  const writer = new PdfWriter(doc, style.bodySizePt, faces, mixed);
  writer.write(model.blocks);
  const pages = doc.bufferedPageRange().count;
  const total = pages + (options.extraPages ?? 0);
  for (let i = 0; i < pages; i += 1) pageFurniture(doc, i, total, meta.header, faces.regular, mixed);
  doc.end();
  const bytes = await done;
  return { bytes, pages, anchors: writer.anchors };
}

/** The running header (board, date) and the footer ("Page 2 of 9"), marked as pagination artifacts. */
function pageFurniture(
  doc: InstanceType<typeof PDFDocument>,
  index: number,
  total: number,
  header: DocModel['meta']['header'],
  regular: string,
  mixed: MixedText,
): void {
  doc.switchToPage(index);
  const { margins, width, height } = doc.page;
  const saved = margins.bottom;
  // Drawing in the bottom margin would otherwise make pdfkit start a new page.
  margins.bottom = 0;
  const size = 9;
  doc.markContent('Artifact', { type: 'Pagination' });
  doc.font(regular).fontSize(size).fillColor(COLOURS.muted);
  const headerY = Math.max(12, margins.top / 2 - size);
  // A board's name or a date in another script is drawn by the mixed layout, on one line like the rest.
  const plain = (): void => void doc.font(regular).fontSize(size).fillColor(COLOURS.muted);
  if (mixed.handles(header.left)) {
    mixed.singleLine(header.left, 'regular', size).draw(margins.left, headerY, COLOURS.muted);
    plain();
  } else {
    doc.text(header.left, margins.left, headerY, { lineBreak: false, width: width / 2 });
  }
  const right = header.right;
  if (mixed.handles(right)) {
    const line = mixed.singleLine(right, 'regular', size);
    line.draw(width - margins.right - line.width, headerY, COLOURS.muted);
    plain();
  } else {
    doc.text(right, width - margins.right - doc.widthOfString(right), headerY, { lineBreak: false });
  }
  const footer = `Page ${index + 1} of ${total}`;
  doc.text(footer, (width - doc.widthOfString(footer)) / 2, height - Math.max(18, saved / 2), { lineBreak: false });
  doc.endMarkedContent();
  margins.bottom = saved;
}
