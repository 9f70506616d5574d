import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import PDFKit from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PastMinutesFileError, type PastMinutesFileProblem } from '../../../electron/backend/past-minutes/past-minutes-file-error';
import { readPastMinutesFile } from '../../../electron/backend/past-minutes/read-past-minutes';
import { printFixture } from '../../support/past-minutes/print-fixture';
import { requireTool } from '../export/tools';
import { LOGO_PNG } from '../export/export-fixture';
import { MINUTES_MARKUP, valid } from './fixture';

/** What reading a file gave: a document, or the typed error's code and message. Anything else fails the test. */
async function outcome(
  bytes: Uint8Array,
  fileName: string,
  options: { libreOffice?: string; maxBytes?: number } = {},
): Promise<{ code: PastMinutesFileProblem | 'read'; message: string }> {
  try {
    const document = await readPastMinutesFile({ bytes, fileName }, options);
    valid(document);
    return { code: 'read', message: '' };
  } catch (error) {
    if (!(error instanceof PastMinutesFileError)) throw error;
    return { code: error.code, message: error.message };
  }
}

/** A small PRNG with a seed, so a failing case can be run again. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pdfOf(draw: (doc: PDFKit.PDFDocument) => void): Promise<Uint8Array> {
  const doc = new PDFKit({ size: 'A4' });
  const chunks: Buffer[] = [];
  return new Promise((resolve) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    draw(doc);
    doc.end();
  });
}

describe('files of past minutes that cannot be read', () => {
  let docx: Uint8Array;
  let pdf: Uint8Array;
  let dir: string;

  beforeAll(async () => {
    requireTool('qpdf');
    ({ docx, pdf } = await printFixture(MINUTES_MARKUP, 'minutes'));
    dir = mkdtempSync(path.join(os.tmpdir(), 'minute-book-bad-files-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says a password-protected PDF is protected, naming the file', async () => {
    const plain = path.join(dir, 'plain.pdf');
    const locked = path.join(dir, 'locked.pdf');
    writeFileSync(plain, pdf);
    execFileSync('qpdf', ['--encrypt', 'user-password', 'owner-password', '256', '--', plain, locked]);
    const result = await outcome(new Uint8Array(readFileSync(locked)), 'Board minutes March.pdf');
    expect(result.code).toBe('encrypted');
    expect(result.message).toContain('"Board minutes March.pdf" is protected by a password');
  });

  it('says a password-protected Word file is protected', async () => {
    // Word keeps an encrypted .docx in an OLE2 compound file with an EncryptedPackage stream.
    const ole2 = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
      Buffer.from('EncryptedPackage', 'utf16le'),
      Buffer.alloc(1024),
    ]);
    expect((await outcome(new Uint8Array(ole2), 'locked.docx')).code).toBe('encrypted');
  });

  it('says a truncated Word file is damaged', async () => {
    const result = await outcome(docx.slice(0, Math.floor(docx.length / 2)), 'Cut short.docx');
    expect(result.code).toBe('damaged');
    expect(result.message).toContain('"Cut short.docx" looks damaged or incomplete');
  });

  it('says a zip that is not a Word document is damaged when named .docx, and not a kind it reads otherwise', async () => {
    const zip = new JSZip();
    zip.file('notes.txt', 'not minutes');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect((await outcome(bytes, 'minutes.docx')).code).toBe('damaged');
    const other = await outcome(bytes, 'papers.zip');
    expect(other.code).toBe('unsupported');
    expect(other.message).toContain('"papers.zip" is not a kind of file Minute Book can read minutes from');
  });

  it('says random bytes are damaged when named as a document, and unsupported otherwise', async () => {
    const next = random(7);
    const noise = Uint8Array.from({ length: 4096 }, () => Math.floor(next() * 256));
    expect((await outcome(noise, 'minutes.pdf')).code).toBe('damaged');
    expect((await outcome(noise, 'minutes.docx')).code).toBe('damaged');
    expect((await outcome(noise, 'minutes.bin')).code).toBe('unsupported');
    expect((await outcome(new Uint8Array(0), 'empty.docx')).code).toBe('damaged');
    expect((await outcome(Buffer.from(LOGO_PNG, 'base64'), 'scan.png')).code).toBe('unsupported');
  });

  it('says a PDF whose header is followed by rubbish is damaged', async () => {
    const bytes = new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('rubbish '.repeat(200))]));
    expect((await outcome(bytes, 'minutes.pdf')).code).toBe('damaged');
  });

  it('says a PDF without a text layer is a scan, and suggests OCR or the Word original', async () => {
    const scan = await pdfOf((doc) => {
      doc.image(Buffer.from(LOGO_PNG, 'base64'), 72, 72, { width: 400 });
      doc.rect(72, 400, 300, 200).fill('#333333');
    });
    const result = await outcome(scan, 'Scanned minutes 2019.pdf');
    expect(result.code).toBe('no-text');
    expect(result.message).toContain('"Scanned minutes 2019.pdf"');
    expect(result.message).toMatch(/scan/);
    expect(result.message).toMatch(/OCR/);
    expect(result.message).toMatch(/Word original/);
  });

  it('refuses a file over the size limit before reading it, and a PDF of too many pages', async () => {
    const big = await outcome(pdf, 'minutes.pdf', { maxBytes: 1000 });
    expect(big.code).toBe('too-large');
    expect(big.message).toContain('"minutes.pdf" is too large');
    expect((await outcome(new Uint8Array(50 * 1024 * 1024 + 1), 'huge.pdf')).code).toBe('too-large');
    const many = await PDFDocument.create();
    for (let i = 0; i < 501; i += 1) many.addPage([200, 200]);
    const pages = await outcome(await many.save(), 'everything.pdf');
    expect(pages.code).toBe('too-large');
    expect(pages.message).toContain('501 pages');
  });

  it('says a file that needs LibreOffice needs it when it is not installed, and how to do without', async () => {
    const rtf = new Uint8Array(Buffer.from('{\\rtf1\\ansi Minutes of the meeting\\par}'));
    const result = await outcome(rtf, 'Minutes 2009.rtf', { libreOffice: path.join(dir, 'no-such-soffice') });
    expect(result.code).toBe('needs-libreoffice');
    expect(result.message).toContain('"Minutes 2009.rtf" needs LibreOffice');
    expect(result.message).toMatch(/save it as a \.docx/);
  });

  it('throws nothing but its own error for damaged copies of good files', async () => {
    const next = random(20241205);
    const seen = new Set<string>();
    for (const [name, good] of [
      ['minutes.docx', docx],
      ['minutes.pdf', pdf],
    ] as const) {
      for (let round = 0; round < 12; round += 1) {
        const bytes = good.slice(0, round % 3 === 0 ? Math.floor(next() * good.length) : good.length);
        for (let flips = 0; flips < 1 + Math.floor(next() * 20); flips += 1) bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
        seen.add((await outcome(bytes, name)).code);
      }
    }
    // Some copies are still readable; the others are refused with a reason. Either way nothing else escapes.
    expect([...seen].every((code) => ['read', 'damaged', 'no-text'].includes(code))).toBe(true);
  });
});
