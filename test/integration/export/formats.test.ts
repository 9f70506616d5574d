import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile, ExportFormat, ExportKind } from '../../../shared/api/exports';
import { harness, type Harness } from '../../support/temp-backend';
import { buildExportFixture, SECRET_MINUTE, SECRET_TITLE, UNNAMED, type ExportFixture } from './export-fixture';
import {
  comparableWords,
  docxPart,
  docxText,
  htmlMainText,
  libreOfficeToPdf,
  pdfBodyText,
  pdfFonts,
  pdfInfo,
  qpdfCheck,
  readBytes,
  requireTool,
  structureRoles,
} from './tools';

type Doc = { readonly name: string; readonly kind: ExportKind; readonly audience: 'public' | 'private'; readonly resolution?: boolean };

// Every document kind that comes as DOCX, PDF and HTML, public and private where both exist.
const DOCS: readonly Doc[] = [
  { name: 'agenda', kind: 'agenda', audience: 'private' },
  { name: 'public-agenda', kind: 'agenda', audience: 'public' },
  { name: 'minutes', kind: 'minutes', audience: 'private' },
  { name: 'public-minutes', kind: 'public-minutes', audience: 'public' },
  { name: 'extract', kind: 'extract', audience: 'public', resolution: true },
  { name: 'actions', kind: 'actions', audience: 'private' },
];
const FORMATS: readonly ExportFormat[] = ['docx', 'pdf', 'html'];

describe('documents in Word, PDF and HTML', () => {
  let h: Harness;
  let fixture: ExportFixture;
  let dir: string;
  const files = new Map<string, string>();
  let converted = new Map<string, string>();

  const render = async (doc: Doc, format: ExportFormat, extra: Record<string, unknown> = {}): Promise<ExportFile> =>
    h.call('exports.render', {
      meetingId: fixture.meeting.id,
      kind: doc.kind,
      format,
      ...(doc.kind === 'public-minutes' ? {} : { audience: doc.audience }),
      ...(doc.resolution === true ? { resolution: fixture.referenceOfPublicDecision } : {}),
      ...extra,
    });
  const file = (name: string, format: string): string => files.get(`${name}.${format}`) ?? '';

  beforeAll(async () => {
    for (const tool of ['soffice', 'pdftotext', 'pdfinfo', 'pdffonts', 'qpdf', 'unzip'] as const) requireTool(tool);
    h = harness();
    fixture = await buildExportFixture(h);
    dir = mkdtempSync(path.join(os.tmpdir(), 'minute-book-export-'));
    for (const doc of DOCS) {
      for (const format of FORMATS) {
        const out = await render(doc, format);
        const target = path.join(dir, `${doc.name}.${format}`);
        writeFileSync(target, h.bytes(out));
        files.set(`${doc.name}.${format}`, target);
      }
    }
    const archive = await render(DOCS[2] as Doc, 'pdf', { archive: true });
    writeFileSync(path.join(dir, 'archive.pdf'), h.bytes(archive));
    files.set('archive.pdf', path.join(dir, 'archive.pdf'));
    // One LibreOffice run for every DOCX: it takes seconds just to start.
    const loDir = path.join(dir, 'libreoffice');
    converted = libreOfficeToPdf(
      DOCS.map((d) => file(d.name, 'docx')),
      loDir,
    );
  }, 300_000);

  afterAll(() => {
    h?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('LibreOffice converts every kind of DOCX without error', () => {
    for (const doc of DOCS) {
      const pdf = converted.get(file(doc.name, 'docx'));
      expect(pdf, `${doc.name}.docx converted`).toBeDefined();
      expect(Number(pdfInfo(pdf ?? '')['Pages'])).toBeGreaterThan(0);
    }
  });

  it.each(DOCS.map((d) => [d.name, d] as const))('%s: the DOCX, the PDF and the HTML carry the same words', async (_name, doc) => {
    const fromPdf = comparableWords(pdfBodyText(file(doc.name, 'pdf')));
    const fromDocx = comparableWords(await docxText(file(doc.name, 'docx')));
    const fromHtml = comparableWords(htmlMainText(readFileSync(file(doc.name, 'html'), 'utf8')));
    expect(fromPdf.length).toBeGreaterThan(200);
    expect(fromDocx).toBe(fromPdf);
    expect(fromHtml).toBe(fromPdf);
  });

  it('every PDF is tagged, in en-GB, shows its title, embeds every font and passes qpdf --check', () => {
    for (const name of [...DOCS.map((d) => d.name), 'archive']) {
      const pdf = file(name, 'pdf');
      const info = pdfInfo(pdf);
      expect(info['Tagged'], name).toBe('yes');
      expect(info['Page size'], name).toContain('(A4)');
      expect(info['Title'], name).toMatch(/Riverside Health and Care Co-production Board/);
      const fonts = pdfFonts(pdf);
      expect(fonts.length, name).toBeGreaterThan(0);
      expect(
        fonts.filter((f) => !f.embedded),
        name,
      ).toEqual([]);
      const check = qpdfCheck(pdf);
      expect(check.ok, check.output).toBe(true);
      const raw = readFileSync(pdf, 'latin1');
      expect(raw, name).toContain('/Lang (en-GB)');
      expect(raw, name).toMatch(/\/DisplayDocTitle true/);
      expect(raw, name).toContain('<pdfuaid:part>1</pdfuaid:part>');
    }
  });

  it('the PDF’s structure tree holds headings, lists, tables with header cells, and the logo as a figure', async () => {
    const roles = await structureRoles(readBytes(file('minutes', 'pdf')));
    for (const role of ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'Figure'])
      expect(roles, role).toContain(role);
    expect(roles.filter((r) => r === 'H1')).toHaveLength(1);
  });

  it('the archive copy of signed minutes is PDF/A-2 with an output intent', () => {
    const raw = readFileSync(file('archive', 'pdf'), 'latin1');
    expect(raw).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(raw).toContain('/OutputIntents');
  });

  it('the DOCX uses Word’s Title and Heading styles, real numbering, marked header rows, en-GB, properties, header and footer', () => {
    const docx = file('minutes', 'docx');
    const body = docxPart(docx, 'word/document.xml');
    expect(body).toContain('<w:pStyle w:val="Title"/>');
    expect(body).toContain('<w:pStyle w:val="Heading1"/>');
    expect(body).toContain('<w:pStyle w:val="Heading2"/>');
    expect(body).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    expect(body).toContain('<w:tblHeader/>');
    expect(docxPart(docx, 'word/numbering.xml')).toContain('<w:lvlText w:val="(%1)"/>');
    expect(docxPart(docx, 'word/styles.xml')).toMatch(/<w:lang w:val="en-GB"/);
    const core = docxPart(docx, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Minutes: Riverside Health and Care Co-production Board, Tuesday 10 June 2025</dc:title>');
    expect(core).toContain('<dc:creator>Riverside Borough Council</dc:creator>');
    const header = docxPart(docx, 'word/header1.xml');
    expect(header).toContain('Riverside Health and Care Co-production Board');
    expect(header).toContain('Tuesday 10 June 2025');
    const footer = docxPart(docx, 'word/footer1.xml');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(body).toContain('descr="Riverside Borough Council crest"');
  });

  it('the HTML is one accessible, self-contained file', () => {
    const html = readFileSync(file('minutes', 'html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html).toContain('<title>Minutes: Riverside Health and Care Co-production Board, Tuesday 10 June 2025</title>');
    expect(html).toMatch(/<header[\s\S]*<main>[\s\S]*<\/main>\s*<footer/);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<th scope="col">Action</th>');
    expect(html).toContain('alt="Riverside Borough Council crest"');
    expect(html).toMatch(/<img src="data:image\/png;base64,/);
    expect(html).not.toMatch(/<(script|link)\b|src="http/);
  });

  it('minutes carry the formal wording of real minutes', () => {
    const text = pdfBodyText(file('minutes', 'pdf')).replace(/•/g, '').replace(/\s+/g, ' ');
    expect(text).toContain(
      'Minutes of the meeting of the Riverside Health and Care Co-production Board held on Tuesday 10 June 2025 at 2.00 pm at Committee Room 2, Riverside Town Hall.',
    );
    expect(text).toMatch(/RESOLVED: \(1\) That the feedback from carers be noted\. \(2\) That a workshop be arranged with carers\./);
    expect(text).toMatch(/Cllr Peter Holloway left the meeting during item \d+/);
    expect(text).toContain('Exclusion of the press and public');
    expect(text).toMatch(/For \(1\): Cllr Amina Okafor Against \(1\): Janet Morley/);
    expect(text).toContain('Cllr Amina Okafor (Chair) Date: Tuesday 22 July 2025');
  });

  it('public documents, in every format, leave out exempt content and unconsented names', async () => {
    for (const name of ['public-agenda', 'public-minutes', 'extract']) {
      const texts = [pdfBodyText(file(name, 'pdf')), await docxText(file(name, 'docx')), htmlMainText(readFileSync(file(name, 'html'), 'utf8'))];
      for (const text of texts) {
        for (const secret of [SECRET_TITLE, SECRET_MINUTE, 'Acme', UNNAMED, fixture.referenceOfPrivateDecision])
          expect(text, `${name}: ${secret}`).not.toContain(secret);
      }
    }
    expect(pdfBodyText(file('public-minutes', 'pdf'))).toContain('A carer said that carers wanted breaks at short notice.');
    expect(pdfBodyText(file('minutes', 'pdf'))).toContain(SECRET_TITLE);
  });
});
