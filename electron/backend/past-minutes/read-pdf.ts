import type { SourceDocument } from '../../../shared/model';
import { MAX_PAGES, pastMinutesFileError } from './past-minutes-file-error';
import { blocksOfPages } from './pdf-blocks';
import type { PdfPage } from './pdf-furniture';
import { linesOfPage, type TextRun } from './pdf-lines';
import { loadPdfjs } from './load-pdfjs';

/*
 * A PDF → SourceDocument with pdf.js: the text of each page with where it sits and in which font, which
 * pdf-lines.ts and pdf-blocks.ts turn into lines and blocks. Pages are read one at a time and let go of.
 */

/** What this reader needs of a font pdf.js has loaded. */
type LoadedFont = { readonly name?: string | null; readonly bold?: boolean; readonly italic?: boolean };

const BOLD_NAME = /bold|black|heavy|semibold|demi/i;
const ITALIC_NAME = /italic|oblique/i;

export async function readPdf(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    // pdf.js may take the buffer over; the caller keeps its own.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    let document;
    try {
      document = await task.promise;
    } catch (error) {
      if (isNamed(error, 'PasswordException')) throw pastMinutesFileError.encrypted(fileName, error);
      throw pastMinutesFileError.damaged(fileName, error);
    }
    if (document.numPages > MAX_PAGES) throw pastMinutesFileError.tooManyPages(fileName, document.numPages);
    const fonts = new Map<string, { bold: boolean; italic: boolean }>();
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      try {
        const page = await document.getPage(number);
        const content = await page.getTextContent();
        const runs: TextRun[] = [];
        const items = content.items.filter((item) => 'str' in item);
        // pdf.js names a font's bold and italic only once it has drawn with it: ask it to, once per new font.
        if (items.some((item) => !fonts.has(item.fontName))) {
          await page.getOperatorList();
          for (const item of items) {
            if (fonts.has(item.fontName)) continue;
            fonts.set(item.fontName, fontLook(page.commonObjs.has(item.fontName) ? (page.commonObjs.get(item.fontName) as LoadedFont) : undefined));
          }
        }
        // Positions as the page is shown (a landscape page may be a portrait one turned), with y upwards again.
        const viewport = page.getViewport({ scale: 1 });
        for (const item of items) {
          const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = pdfjs.Util.transform(viewport.transform, item.transform as number[]);
          // Text on its side (a stamp across the page, a column heading turned) is not part of the running text.
          if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0) continue;
          const look = fonts.get(item.fontName) ?? { bold: false, italic: false };
          runs.push({ text: item.str, x, y: viewport.height - y, width: item.width, size: Math.abs(d) || item.height, ...look });
        }
        pages.push({ lines: linesOfPage(runs, number), height: viewport.height });
        page.cleanup();
      } catch (error) {
        throw pastMinutesFileError.damaged(fileName, error);
      }
    }
    if (pages.every((page) => page.lines.length === 0)) throw pastMinutesFileError.noText(fileName);
    return blocksOfPages(pages, fileName);
  } finally {
    await task.destroy();
  }
}

function fontLook(font: LoadedFont | undefined): { bold: boolean; italic: boolean } {
  const name = font?.name ?? '';
  return { bold: font?.bold === true || BOLD_NAME.test(name), italic: font?.italic === true || ITALIC_NAME.test(name) };
}

const isNamed = (error: unknown, name: string): boolean => typeof error === 'object' && error !== null && 'name' in error && error.name === name;
