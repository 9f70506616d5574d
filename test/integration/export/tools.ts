import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, type PDFObject } from 'pdf-lib';

/** The system programs the output checks need, with the Debian package that installs each. */
const TOOLS = {
  soffice: 'libreoffice-writer-nogui',
  pdftotext: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdffonts: 'poppler-utils',
  qpdf: 'qpdf',
  unzip: 'unzip',
} as const;

export function requireTool(name: keyof typeof TOOLS): void {
  const found = spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
  if (!found) throw new Error(`${name} is not installed: sudo apt-get install -y ${TOOLS[name]}`);
}

const run = (cmd: string, args: readonly string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** A4 in points, and the band the running header and footer sit in (outside the house style's 25 mm margins). */
const A4 = { width: 595, height: 842 };
const FURNITURE = 60;

/** A PDF's body text in content order, the running header and footer cropped away. */
export function pdfBodyText(file: string): string {
  return run('pdftotext', ['-raw', '-x', '0', '-y', String(FURNITURE), '-W', String(A4.width), '-H', String(A4.height - 2 * FURNITURE), file, '-']);
}

/** One page's whole text, header and footer included. */
export const pdfPageText = (file: string, page: number): string => run('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-']);

export function pdfInfo(file: string): Record<string, string> {
  return Object.fromEntries(
    run('pdfinfo', [file])
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

/** pdffonts' rows: name, whether embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells = line.trim().split(/\s+/);
      // The columns from the right: object id, generation, uni, sub, emb.
      return { name: cells[0] ?? '', embedded: cells.at(-5) === 'yes' };
    });
}

export function qpdfCheck(file: string): { ok: boolean; output: string } {
  const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/** The roles (H1, P, Table, TH...) of every element of a PDF's structure tree. */
export async function structureRoles(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const roles: string[] = [];
  const seen = new Set<string>();
  const visit = (object: PDFObject | undefined): void => {
    if (object === undefined) return;
    if (object instanceof PDFRef) {
      if (seen.has(object.toString())) return;
      seen.add(object.toString());
      visit(doc.context.lookup(object));
      return;
    }
    if (object instanceof PDFArray) {
      for (let i = 0; i < object.size(); i += 1) visit(object.get(i));
      return;
    }
    if (object instanceof PDFDict) {
      const role = object.get(PDFName.of('S'));
      if (role instanceof PDFName) roles.push(role.decodeText());
      visit(object.get(PDFName.of('K')));
    }
  };
  visit(doc.catalog.get(PDFName.of('StructTreeRoot')));
  return roles;
}

/** The bookmarks' titles, depth first, with their depth. */
export async function outline(bytes: Uint8Array): Promise<{ title: string; depth: number; page: number }[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = doc.getPages().map((p) => p.ref.toString());
  const out: { title: string; depth: number; page: number }[] = [];
  const walk = (ref: PDFObject | undefined, depth: number): void => {
    let current = ref;
    while (current instanceof PDFRef) {
      const dict = doc.context.lookup(current, PDFDict);
      const title = dict.get(PDFName.of('Title'));
      const dest = dict.get(PDFName.of('Dest'));
      const target = dest instanceof PDFArray ? dest.get(0) : undefined;
      out.push({
        title: title !== undefined && 'decodeText' in title && typeof title.decodeText === 'function' ? String(title.decodeText()) : '',
        depth,
        page: target === undefined ? -1 : pages.indexOf(target.toString()),
      });
      walk(dict.get(PDFName.of('First')), depth + 1);
      current = dict.get(PDFName.of('Next'));
    }
  };
  const root = doc.catalog.get(PDFName.of('Outlines'));
  if (root instanceof PDFRef) walk(doc.context.lookup(root, PDFDict).get(PDFName.of('First')), 0);
  return out;
}

export async function docxText(file: string): Promise<string> {
  return (await mammoth.extractRawText({ path: file })).value;
}

/** A part of a DOCX (a zip), e.g. word/document.xml. */
export const docxPart = (file: string, part: string): string => run('unzip', ['-p', file, part]);

/** The text of an HTML export's <main>, as a browser would give its textContent. */
export function htmlMainText(html: string): string {
  const main = /<main>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  // Inline elements run on with their neighbours; block elements end a line.
  return main
    .replace(/<\/?(strong|em|a)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * Words for comparing formats: white space normalised, and list labels ("(1)", "2.", "•") left out, because Word
 * numbers lists itself (they are not in a DOCX's text) while a PDF prints them. A "23." minute number is dropped
 * from every format alike, so the comparison stays fair.
 */
export function comparableWords(text: string): string {
  return (
    text
      // A PDF line that breaks after the hyphen of "Co-production" is one word in the other formats.
      .replace(/(\p{L})-\n(\p{L})/gu, '$1-$2')
      .split(/\s+/)
      // List labels: (1), (a), (iv), 1., •.
      .filter((w) => w !== '' && !/^(\(\d+\)|\([a-z]{1,6}\)|\d+\.|•)$/.test(w))
      .join(' ')
  );
}

/**
 * Converts DOCX files to PDF with LibreOffice in one run (it takes seconds to start), with a profile of its own so
 * a LibreOffice the clerk has open is not disturbed. Returns the PDFs written, by input file.
 */
export function libreOfficeToPdf(files: readonly string[], outDir: string): Map<string, string> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'minute-book-lo-'));
  try {
    const result = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files],
      {
        encoding: 'utf8',
        timeout: 300_000,
      },
    );
    if (result.status !== 0) throw new Error(`LibreOffice failed (${result.status}): ${result.stderr}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const converted = new Map<string, string>();
  for (const file of files) {
    const pdf = path.join(outDir, `${path.basename(file, '.docx')}.pdf`);
    if (existsSync(pdf)) converted.set(file, pdf);
  }
  return converted;
}

export const readBytes = (file: string): Uint8Array => new Uint8Array(readFileSync(file));
