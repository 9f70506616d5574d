import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../../../support/temp-backend';
import { docxPart, libreOfficeToPdf, requireTool } from '../tools';

/**
 * One fact of a reference document: what it is (a name, a role, a verb, a decision's part...) and the words that
 * must be printed. The words are the source's own, as a reader would look for them in the printed minutes.
 */
export type Fact = {
  readonly what: string;
  readonly words: string;
  /** The number printed before the words ("(1)", "2."), for a decision's part or an item of a numbered list. */
  readonly label?: string;
};

/**
 * The minutes of one meeting as printed, white space normalised: the PDF's text as laid out (`pdftotext -layout`)
 * and, after a pilcrow, in content order (`-raw`), where a table's wrapped cell reads on rather than interleaved
 * with its neighbours; and the Word file's text.
 */
export type PrintedMinutes = {
  readonly pdf: string;
  readonly docx: string;
  /**
   * The Word file as Word prints it (converted by LibreOffice, then `pdftotext -layout`): Word numbers lists itself,
   * so a part's "(1)" is not in word/document.xml's text but is on the printed page.
   */
  readonly docxPrinted: string;
};

/** The words a fact must be printed as: its number, if it has one, then its words. */
export const printedWords = (fact: Fact): string => normalise(fact.label === undefined ? fact.words : `${fact.label} ${fact.words}`);

/** Whether the minutes print the fact in the PDF. */
export const inPdf = (printed: PrintedMinutes, fact: Fact): boolean => printed.pdf.includes(printedWords(fact));

/** Whether the minutes print the fact in Word: its words in the document, and its number on the printed page. */
export const inDocx = (printed: PrintedMinutes, fact: Fact): boolean =>
  printed.docx.includes(normalise(fact.words)) && (fact.label === undefined || printed.docxPrinted.includes(printedWords(fact)));

/**
 * White space as one space, a line broken after the hyphen of "co-production" joined again, no-break spaces as
 * spaces: so a fact is found however the page wrapped it.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00a0/g, ' ')
    .replace(/(\p{L})-\s*\n\s*(\p{L})/gu, '$1-$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of word/document.xml: each paragraph on a line, its runs joined, tabs and breaks as spaces. */
export function documentXmlText(xml: string): string {
  return xml
    .replace(/<w:tab\/>|<w:br\/>/g, ' ')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<[^>]+>/g, (_m, t: string | undefined) => t ?? '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/**
 * A PDF's text without the running header (each page's first line) and footer ("Page 1 of 3"), so a paragraph
 * that runs on to the next page reads on as one.
 */
export function withoutFurniture(layout: string): string {
  return layout
    .split('\f')
    .map((page) => {
      const lines = page.split('\n').filter((line) => !/\bPage \d+ of \d+\b/.test(line));
      const first = lines.findIndex((line) => line.trim() !== '');
      return lines.filter((_line, i) => i !== first).join('\n');
    })
    .join('\n');
}

/** Renders the meeting's (private) minutes as PDF and as Word through the contract, and reads their text back. */
export async function printMinutes(h: Harness, meetingId: string): Promise<PrintedMinutes> {
  requireTool('pdftotext');
  requireTool('unzip');
  requireTool('soffice');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'minute-book-reference-'));
  try {
    const pdfFile = path.join(dir, 'minutes.pdf');
    const docxFile = path.join(dir, 'minutes.docx');
    writeFileSync(pdfFile, h.bytes(await h.call('exports.render', { meetingId, kind: 'minutes', format: 'pdf', audience: 'private' })));
    writeFileSync(docxFile, h.bytes(await h.call('exports.render', { meetingId, kind: 'minutes', format: 'docx', audience: 'private' })));
    const pdf = (mode: '-layout' | '-raw'): string =>
      normalise(withoutFurniture(execFileSync('pdftotext', [mode, pdfFile, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })));
    const converted = libreOfficeToPdf([docxFile], path.join(dir, 'printed')).get(docxFile);
    if (converted === undefined) throw new Error('LibreOffice did not convert the Word minutes');
    return {
      pdf: `${pdf('-layout')} ¶ ${pdf('-raw')}`,
      docx: normalise(documentXmlText(docxPart(docxFile, 'word/document.xml'))),
      docxPrinted: normalise(withoutFurniture(execFileSync('pdftotext', ['-layout', converted, '-'], { encoding: 'utf8' }))),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The paragraphs of minute markup as a reader finds them printed: white space normalised, a bullet's marker taken
 * off, and a numbered item's number kept as its label.
 */
export function paragraphFacts(what: string, markup: string): Fact[] {
  return markup
    .split(/\n\s*\n|\n(?=\s*(?:[-•]|\d{1,3}[.)])\s)/)
    .map((p): Fact => {
      const numbered = /^\s*(\d{1,3}[.)])\s+([\s\S]*)$/.exec(p);
      if (numbered) return { what, words: normalise(numbered[2] ?? ''), label: numbered[1] ?? '' };
      return { what, words: normalise(p.replace(/^\s*[-•]\s+/, '')) };
    })
    .filter((f) => f.words !== '');
}

/**
 * The test of one reference document: its meeting entered through the contract once (`enter` gives its id), its
 * minutes printed in PDF and Word, and each fact looked for in each.
 */
export function describeReferenceMinutes(title: string, facts: readonly Fact[], enter: (h: Harness) => Promise<string>): void {
  describe(title, () => {
    let h: Harness;
    let printed: PrintedMinutes;

    // LibreOffice prints the Word file: seconds to start.
    beforeAll(async () => {
      h = harness();
      printed = await printMinutes(h, await enter(h));
    });

    afterAll(() => h?.dispose());

    it.each(facts)('prints the $what in the PDF: $words', (fact) => {
      expect(inPdf(printed, fact), printedWords(fact)).toBe(true);
    });

    it.each(facts)('prints the $what in Word: $words', (fact) => {
      expect(inDocx(printed, fact), printedWords(fact)).toBe(true);
    });
  });
}
