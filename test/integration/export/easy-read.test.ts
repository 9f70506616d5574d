import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFormat, ExportKind } from '../../../shared/api/exports';
import { harness, type Harness } from '../../support/temp-backend';
import { buildEasyReadFixture, EXEMPT_SUMMARY, UNNAMED_CARER, type EasyReadFixture } from './easy-read-fixture';
import { comparableWords, docxPart, docxText, pdfBodyText, pdfFonts, pdfInfo, qpdfCheck, requireTool } from './tools';

const KINDS = ['easy-read-agenda', 'easy-read-minutes'] as const satisfies readonly ExportKind[];
const FORMATS = ['docx', 'pdf'] as const satisfies readonly ExportFormat[];

/** The height of each word's box in a PDF, in points, with its text: about 1.15 times the font size. */
function pdfWordHeights(file: string): { word: string; height: number; yMin: number }[] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...xml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    word: m[3] ?? '',
    yMin: Number(m[1]),
    height: Number(m[2]) - Number(m[1]),
  }));
}

describe('easy-read agendas and minutes in Word and PDF', () => {
  let h: Harness;
  let fixture: EasyReadFixture;
  let dir: string;
  const file = (kind: string, format: string): string => path.join(dir, `${kind}.${format}`);

  beforeAll(async () => {
    for (const tool of ['pdftotext', 'pdfinfo', 'pdffonts', 'qpdf', 'unzip'] as const) requireTool(tool);
    h = harness();
    fixture = await buildEasyReadFixture(h);
    dir = mkdtempSync(path.join(os.tmpdir(), 'minute-book-easy-read-'));
    for (const kind of KINDS) {
      for (const format of FORMATS) {
        const out = await h.call('exports.render', { meetingId: fixture.meeting.id, kind, format });
        expect(out.fileName).toBe(`RCB 2025-06-10 ${kind.replace(/-/g, ' ')} (public).${format}`);
        writeFileSync(file(kind, format), h.bytes(out));
      }
    }
  }, 120_000);

  afterAll(() => {
    h?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(KINDS)('%s: the DOCX and the PDF carry the same words', async (kind) => {
    const fromPdf = comparableWords(pdfBodyText(file(kind, 'pdf')));
    const fromDocx = comparableWords(await docxText(file(kind, 'docx')));
    expect(fromPdf.length).toBeGreaterThan(200);
    expect(fromDocx).toBe(fromPdf);
  });

  it.each(KINDS)('%s: the DOCX is in large type, 18 pt body and headings of 20 pt and more', (kind) => {
    const styles = docxPart(file(kind, 'docx'), 'word/styles.xml');
    const body = docxPart(file(kind, 'docx'), 'word/document.xml');
    const docDefault = /<w:docDefaults>[\s\S]*?<w:sz w:val="(\d+)"\/>/.exec(styles)?.[1];
    expect(Number(docDefault) / 2).toBe(18);
    const sizeOf = (style: string): number | undefined => {
      const xml = new RegExp(`<w:style [^>]*w:styleId="${style}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
      const size = /<w:sz w:val="(\d+)"\/>/.exec(xml)?.[1];
      return size === undefined ? undefined : Number(size) / 2;
    };
    // Every paragraph style the document uses is 16 pt or more (or the 18 pt default); every heading 20 pt or more.
    const used = [...new Set([...body.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((m) => m[1] ?? ''))];
    expect(used).toEqual(expect.arrayContaining(['Title', 'Heading1', 'Heading2']));
    for (const style of used) expect(sizeOf(style) ?? 18, style).toBeGreaterThanOrEqual(style.startsWith('Heading') || style === 'Title' ? 20 : 16);
    for (const m of body.matchAll(/<w:sz w:val="(\d+)"\/>/g)) expect(Number(m[1]) / 2).toBeGreaterThanOrEqual(16);
  });

  it.each(KINDS)('%s: the PDF is in large type, tagged, in en-GB, with every font embedded', (kind) => {
    const pdf = file(kind, 'pdf');
    // Words of the running header and footer (9 pt, outside the body) left out.
    const words = pdfWordHeights(pdf).filter((w) => w.yMin > 60 && w.yMin < 842 - 60);
    expect(words.length).toBeGreaterThan(40);
    // A word's box is about 1.15 times its font size: 16 pt text is over 17 pt tall, 12 pt text under 14.
    expect(Math.min(...words.map((w) => w.height))).toBeGreaterThan(17);
    const heading = words.find((w) => w.word === (kind === 'easy-read-agenda' ? 'When' : 'Who'));
    expect(heading?.height).toBeGreaterThan(23);
    expect(pdfInfo(pdf)['Tagged']).toBe('yes');
    expect(readFileSync(pdf, 'latin1')).toContain('/Lang (en-GB)');
    expect(pdfFonts(pdf).filter((f) => !f.embedded)).toEqual([]);
    expect(qpdfCheck(pdf).ok).toBe(true);
  });

  it('the easy-read agenda gives the date, time and place in plain words and each item in short lines', () => {
    const text = pdfBodyText(file('easy-read-agenda', 'pdf')).replace(/\s+/g, ' ');
    expect(text).toContain('Easy read agenda');
    expect(text).toContain(
      'The meeting is on Tuesday 10 June 2025. It starts at 2.00 pm. It should end at about 4.00 pm. It is at Riverside Town Hall.',
    );
    expect(text).toContain('Item 1: Carers’ breaks Carers need breaks. A carer told us what helps. We will choose a new service.');
    expect(text).toContain(
      'Item 2: Update on the new website We will be told about this. Helen Carter will tell us about it. This should take about 15 minutes.',
    );
    expect(text).toContain('Item 3 This part of the meeting is private.');
    expect(text).toContain('If you have a question, please contact: Michael Reid clerk@riverside.example');
  });

  it('the easy-read minutes say who came, what we decided and what happens next', () => {
    const text = pdfBodyText(file('easy-read-minutes', 'pdf')).replace(/\s+/g, ' ');
    expect(text).toContain('These notes are a draft. The board has not agreed them yet.');
    expect(text).toContain('The meeting was on Tuesday 10 June 2025. It started at 2.00 pm. It ended at 4.00 pm.');
    expect(text).toContain('2 people came to the meeting. Cllr Amina Okafor A carer');
    expect(text).toContain('What we decided: That a new breaks service be chosen by September.');
    expect(text).toContain(
      'What happens next: Write to carers about the new service. Who will do it: Cllr Amina Okafor. By when: Tuesday 1 July 2025.',
    );
    expect(text).toContain('Item 2: Update on the new website We were told about this. Item 3 This part was private.');
  });

  it('easy-read documents are public: no exempt content and no unconsented names, in either format', async () => {
    for (const kind of KINDS) {
      for (const text of [pdfBodyText(file(kind, 'pdf')), await docxText(file(kind, 'docx'))]) {
        for (const secret of ['Acme', EXEMPT_SUMMARY, UNNAMED_CARER, 'Renegotiating']) expect(text, `${kind}: ${secret}`).not.toContain(secret);
      }
    }
  });

  it('refuses a private easy-read document', async () => {
    const refusal = await h.refusal('exports.render', {
      meetingId: fixture.meeting.id,
      kind: 'easy-read-minutes',
      format: 'pdf',
      audience: 'private',
    });
    expect(refusal.message).toContain('Easy-read documents are public documents');
  });
});
