import { Buffer } from 'node:buffer';
import type { PDFDict, PDFDocument, PDFRef } from 'pdf-lib';
import type { DocModel } from '../../../shared/document/model';
import type { PaperNote } from '../../../shared/domain/compose/agenda';
import type { Attachment } from '../../../shared/model';
import { COLOURS } from '../../../shared/document/typography';
import { renderPdf } from './pdf';
import { useLatinLayout } from './latin-layout';
import { fontFile } from './resources';

/** A paper attached to an agenda item, with its bytes read from the store beforehand. */
export type PackPaper = {
  readonly attachment: Attachment;
  /** "3. Carers' breaks service redesign": the bookmark of the item it belongs to. */
  readonly itemId: string;
  readonly bytes: Uint8Array;
};

export type PackItem = { readonly id: string; readonly title: string };

export type PackProgress = (done: number, total: number, stage: string) => void;

export type PackResult = { readonly bytes: Buffer; readonly pages: number; readonly notes: readonly string[] };

const isPdf = (a: Attachment): boolean => a.mediaType === 'application/pdf' || a.originalName.toLowerCase().endsWith('.pdf');

type Loaded = { readonly paper: PackPaper; readonly doc: PDFDocument; readonly pages: number };

const STAMP = { width: 170, height: 16 } as const;

/**
 * Keep the files' own metadata, and parse without pausing: pdf-lib otherwise waits for a timer every 100 objects,
 * which on a busy machine costs more than the parsing itself. A pack runs in the background anyway.
 */
const LOAD = { updateMetadata: false, parseSpeed: Infinity } as const;

/** "Page 12 of 40" for each report page, drawn with the embedded house font so the pack embeds every font it adds. */
async function pageStamps(from: number, count: number, total: number, font: DocModel['style']['font']): Promise<Buffer> {
  const { default: PDFKitDocument } = await import('pdfkit');
  const doc = new PDFKitDocument({ size: [STAMP.width, STAMP.height], margin: 0, autoFirstPage: false, font: fontFile(font, 'regular') });
  // Every stamp's words are new to the font's layout cache ("Page 12 of 40"): shaping each would take most of the time.
  useLatinLayout(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (let i = 0; i < count; i += 1) {
    doc.addPage({ size: [STAMP.width, STAMP.height], margin: 0 });
    doc.rect(0, 0, STAMP.width, STAMP.height).fill('#ffffff');
    const label = `Page ${from + i} of ${total}`;
    doc.fontSize(9).fillColor(COLOURS.muted);
    doc.text(label, (STAMP.width - doc.widthOfString(label)) / 2, 3, { lineBreak: false });
  }
  doc.end();
  return done;
}

type PdfLib = typeof import('pdf-lib');

/**
 * The stamps' pages as form XObjects of the pack, their content streams carried over still compressed. pdf-lib's
 * embedPage would decode and deflate each one again, in JavaScript: most of a pack's time with 200 pages.
 */
async function stampForms(lib: PdfLib, pack: PDFDocument, stampBytes: Uint8Array): Promise<PDFRef[]> {
  const { PDFName, PDFRawStream } = lib;
  const stampDoc = await lib.PDFDocument.load(stampBytes, LOAD);
  const copied = await pack.copyPages(stampDoc, stampDoc.getPageIndices());
  return copied.map((page) => {
    const contents = page.node.Contents();
    if (!(contents instanceof PDFRawStream)) throw new Error('A page-number stamp has no single content stream.');
    const dict = pack.context.obj({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, STAMP.width, STAMP.height] });
    const resources = page.node.Resources();
    if (resources !== undefined) dict.set(PDFName.of('Resources'), resources);
    const filter = contents.dict.get(PDFName.of('Filter'));
    if (filter !== undefined) dict.set(PDFName.of('Filter'), filter);
    return pack.context.register(PDFRawStream.of(dict, contents.getContents()));
  });
}

type Bookmark = { readonly title: string; readonly page: number; readonly children: readonly Bookmark[] };

/** Writes the outline (bookmarks) by hand: pdf-lib has no API for it. */
function writeOutline(lib: PdfLib, doc: PDFDocument, bookmarks: readonly Bookmark[]): void {
  const { PDFHexString, PDFName, PDFNumber } = lib;
  const { context, catalog } = doc;
  const pageRefs = doc.getPages().map((p) => p.ref);
  const rootRef = context.nextRef();
  const build = (nodes: readonly Bookmark[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } | undefined => {
    if (nodes.length === 0) return undefined;
    const refs = nodes.map(() => context.nextRef());
    let count = nodes.length;
    nodes.forEach((node, i) => {
      const pageRef = pageRefs[Math.min(node.page, pageRefs.length - 1)];
      const dict: PDFDict = context.obj({ Title: PDFHexString.fromText(node.title), Parent: parent, Dest: [pageRef, 'Fit'] });
      const prev = refs[i - 1];
      const next = refs[i + 1];
      if (prev !== undefined) dict.set(PDFName.of('Prev'), prev);
      if (next !== undefined) dict.set(PDFName.of('Next'), next);
      const own = refs[i];
      if (own === undefined) return;
      const sub = build(node.children, own);
      if (sub !== undefined) {
        dict.set(PDFName.of('First'), sub.first);
        dict.set(PDFName.of('Last'), sub.last);
        dict.set(PDFName.of('Count'), PDFNumber.of(sub.count));
        count += sub.count;
      }
      context.assign(own, dict);
    });
    const first = refs[0];
    const last = refs.at(-1);
    return first === undefined || last === undefined ? undefined : { first, last, count };
  };
  const top = build(bookmarks, rootRef);
  const root = context.obj({ Type: 'Outlines' });
  if (top !== undefined) {
    root.set(PDFName.of('First'), top.first);
    root.set(PDFName.of('Last'), top.last);
    root.set(PDFName.of('Count'), PDFNumber.of(top.count));
  }
  context.assign(rootRef, root);
  catalog.set(PDFName.of('Outlines'), rootRef);
  catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/**
 * The agenda pack: the agenda, then every report that is a PDF in agenda order, as one file with a bookmark per
 * item and page numbers running on through the reports. Other papers are listed in the agenda, not bound in.
 * The agenda's own pages keep their tags; the reports' pages are bound in as they are.
 */
export async function buildPack(
  composeAgenda: (note: PaperNote) => DocModel,
  items: readonly PackItem[],
  papers: readonly PackPaper[],
  onProgress: PackProgress = () => undefined,
  createdAt?: Date,
): Promise<PackResult> {
  // Loaded on first use: only packs need pdf-lib.
  const lib = await import('pdf-lib');
  const { PDFName } = lib;
  const total = papers.length + 3;
  const notes: string[] = [];
  const loaded: Loaded[] = [];
  const left = new Map<string, string>();
  for (const [index, paper] of papers.entries()) {
    onProgress(index, total, `Reading paper ${index + 1} of ${papers.length}: ${paper.attachment.originalName}`);
    if (!isPdf(paper.attachment)) {
      left.set(paper.attachment.id, 'not a PDF, so available separately');
      notes.push(`${paper.attachment.originalName} is not a PDF: it is listed in the agenda but not bound into the pack.`);
      continue;
    }
    try {
      const doc = await lib.PDFDocument.load(paper.bytes, LOAD);
      loaded.push({ paper, doc, pages: doc.getPageCount() });
    } catch (error) {
      const why = error instanceof Error && /encrypt/i.test(error.message) ? 'it is protected by a password' : 'it could not be read as a PDF';
      left.set(paper.attachment.id, `${why}, so available separately`);
      notes.push(`${paper.attachment.originalName} was left out of the pack because ${why}.`);
    }
  }
  const reportPages = loaded.reduce((sum, l) => sum + l.pages, 0);
  const startOf = new Map<string, number>();

  onProgress(papers.length, total, 'Laying out the agenda');
  const included = new Set(loaded.map((l) => l.paper.attachment.id));
  const agendaModel = composeAgenda((a) => (included.has(a.id) ? 'included in this pack' : (left.get(a.id) ?? undefined)));
  const agenda = await renderPdf(agendaModel, { extraPages: reportPages, ...(createdAt === undefined ? {} : { createdAt }) });

  onProgress(papers.length + 1, total, 'Binding the reports into the pack');
  const pack = await lib.PDFDocument.load(agenda.bytes, LOAD);
  let next = agenda.pages;
  for (const { paper, doc, pages } of loaded) {
    startOf.set(paper.attachment.id, next);
    const copied = await pack.copyPages(doc, doc.getPageIndices());
    for (const page of copied) {
      // The report's tags belonged to its own structure tree, which is not copied: keys left behind would point
      // into the agenda's tree instead.
      page.node.delete(PDFName.of('StructParents'));
      pack.addPage(page);
    }
    next += pages;
  }
  if (reportPages > 0) {
    const stamps = await stampForms(lib, pack, await pageStamps(agenda.pages + 1, reportPages, agenda.pages + reportPages, agendaModel.style.font));
    // The report's own drawing is wrapped in q ... Q, so a graphics state it leaves changed cannot move the stamp.
    const open = pack.context.register(pack.context.stream('q\n'));
    const close = pack.context.register(pack.context.stream('Q\n'));
    const pagesOf = pack.getPages();
    stamps.forEach((stamp, i) => {
      const page = pagesOf[agenda.pages + i];
      if (page === undefined) return;
      page.node.wrapContentStreams(open, close);
      const name = page.node.newXObject('PageNumber', stamp);
      const x = ((page.getWidth() - STAMP.width) / 2).toFixed(2);
      page.node.addContentStream(pack.context.register(pack.context.stream(`q 1 0 0 1 ${x} 10 cm ${name.asString()} Do Q\n`)));
    });
  }

  onProgress(papers.length + 2, total, 'Adding bookmarks and saving');
  const bookmarks: Bookmark[] = [
    {
      title: 'Agenda',
      page: 0,
      children: items.map((item) => ({
        title: item.title,
        page: agenda.anchors.get(item.id) ?? 0,
        children: loaded
          .filter((l) => l.paper.itemId === item.id)
          .map((l) => ({
            title: l.paper.attachment.originalName.replace(/\.pdf$/i, ''),
            page: startOf.get(l.paper.attachment.id) ?? 0,
            children: [],
          })),
      })),
    },
  ];
  writeOutline(lib, pack, bookmarks);
  // No object streams: pdf-lib would deflate every object into them with its JavaScript zlib, which took longer than
  // binding the whole pack. The pages' own streams stay compressed; the file is a little larger.
  const bytes = Buffer.from(await pack.save({ updateFieldAppearances: false, objectsPerTick: Infinity, useObjectStreams: false }));
  onProgress(total, total, 'Done');
  return { bytes, pages: agenda.pages + reportPages, notes };
}
