import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { isSimpleText, useLatinLayout } from '../../../../../electron/backend/export/latin-layout';
import { fontFile } from '../../../../../electron/backend/export/resources';
import { pdfBodyText, requireTool } from '../../../../integration/export/tools';

/** A document in the house font, at 100 pt so that widths are easy to compare. */
function documentInLiberation(): InstanceType<typeof PDFDocument> {
  const doc = new PDFDocument({ font: fontFile('liberation-serif', 'regular') });
  doc.fontSize(100);
  return doc;
}

describe('the simple layout for Latin text in PDFs', () => {
  it('takes the letters, accents and punctuation of English and European names and money', () => {
    for (const text of ['Minutes of the meeting', 'Cllr Zoë O’Neill – “Chair”', 'Łukasz Żółć, Ştefan Ţepeş', '£1,250.00 and €40 — 5%', 'Ärzte™ ½']) {
      expect(isSimpleText(text), text).toBe(true);
    }
  });

  it('leaves to the shaper text with combining marks, other scripts, soft hyphens, invisible marks or tabs', () => {
    for (const text of ['e\u0301', 'co\u00adproduction', 'zero\u200bwidth', 'right\u200fleft', 'محمد', 'Ελένη', 'a\tb']) {
      expect(isSimpleText(text), JSON.stringify(text)).toBe(false);
    }
  });

  it('measures plain words by their glyphs’ advance widths, without pair kerning', () => {
    const shaped = documentInLiberation();
    const simple = documentInLiberation();
    useLatinLayout(simple);
    // "AV" is a kerned pair in Liberation Serif: shaped, the word is narrower.
    const kerned = shaped.widthOfString('AVAVAV');
    const unkerned = simple.widthOfString('AVAVAV');
    expect(unkerned).toBeGreaterThan(kerned);
    expect(unkerned).toBeCloseTo(3 * (simple.widthOfString('A') + simple.widthOfString('V')), 6);
    // Words without kerned pairs measure the same either way.
    expect(simple.widthOfString('minutes')).toBeCloseTo(shaped.widthOfString('minutes'), 6);
  });

  it('still shapes text it does not take, the same as without it', () => {
    const shaped = documentInLiberation();
    const simple = documentInLiberation();
    useLatinLayout(simple);
    for (const text of ['Rene\u0301e', 'AV\u00adAV']) expect(simple.widthOfString(text)).toBeCloseTo(shaped.widthOfString(text), 6);
  });

  it('draws text that copies out of the PDF as written', async () => {
    requireTool('pdftotext');
    const doc = documentInLiberation();
    useLatinLayout(doc);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'latin-layout-'));
    const file = path.join(dir, 'text.pdf');
    const written = new Promise<void>((resolve) => doc.pipe(fs.createWriteStream(file)).on('finish', () => resolve()));
    doc.fontSize(12).text('Zoë O’Neill offered coffee – £5.');
    doc.end();
    await written;
    try {
      expect(pdfBodyText(file).trim()).toBe('Zoë O’Neill offered coffee – £5.');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
