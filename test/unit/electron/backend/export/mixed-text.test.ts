import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import type { FontStyleName } from '../../../../../shared/document/fonts';
import { resolveHouseStyle } from '../../../../../shared/document/house-style';
import { MixedText, type MixedLayout } from '../../../../../electron/backend/export/mixed-text';
import { renderPdf } from '../../../../../electron/backend/export/pdf';
import { fontBytes, fontFile } from '../../../../../electron/backend/export/resources';
import { requireTool } from '../../../../integration/export/tools';
import { board } from '../../../../support/builders';

/** A document in Liberation Sans, as renderPdf sets one up, and the mixed layout for it. */
function mixedText(): MixedText {
  const doc = new PDFDocument({ font: fontFile('liberation-sans', 'regular') });
  const faces: Record<FontStyleName, string> = {
    regular: fontFile('liberation-sans', 'regular'),
    bold: 'bold',
    italic: 'italic',
    boldItalic: 'boldItalic',
  };
  for (const style of ['bold', 'italic', 'boldItalic'] as const) doc.registerFont(style, fontBytes('liberation-sans', style));
  return new MixedText(doc, 'liberation-sans', faces);
}

const lineTexts = (layout: MixedLayout): string[] => layout.lines.map((line) => layout.text.slice(line.start, line.end));

describe('the layout for text in other scripts', () => {
  it('leaves Latin, Greek and Cyrillic text, which Liberation draws, to pdfkit’s own layout', () => {
    const mixed = mixedText();
    for (const text of [
      'Minutes of the meeting',
      'Siân Llŷr and Zoë Brontë',
      'Ольга Иванова',
      'Ελένη Παπαδοπούλου',
      'co\u00adproduction',
      'line\none',
    ])
      expect(mixed.handles(text), JSON.stringify(text)).toBe(false);
  });

  it('takes text with Arabic, Hebrew, CJK or emoji', () => {
    const mixed = mixedText();
    for (const text of ['فاطمة الزهراء', 'דוד כהן', '王小明', '山田太郎さん', '김민준', 'राजेश', 'ਕੌਰ', 'สมชาย', 'Thanks 🙂', '👍🏽'])
      expect(mixed.handles(text), text).toBe(true);
  });

  it('breaks Chinese and Japanese between characters, as UAX #14 allows, keeping every character in order', () => {
    const mixed = mixedText();
    const text = '委员会批准了王小明提交的报告，并要求工作人员在下次会议前准备一份新的计划。山田太郎さんは会議に出席しました。';
    const layout = mixed.layout([{ text }], 100, 10, false);
    const lines = lineTexts(layout);
    // About ten characters of 10 points to a line of 100 points.
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines.every((line) => [...line].length <= 10)).toBe(true);
    expect(lines.join('')).toBe(text);
    // Closing punctuation never starts a line.
    expect(lines.some((line) => /^[，。]/.test(line))).toBe(false);
  });

  it('breaks a right-to-left paragraph in reading order: its first words on its first line', () => {
    const mixed = mixedText();
    const text = 'وافق المجلس على التقرير رقم 12 بعد مناقشة طويلة مع فاطمة الزهراء وطلب من الموظفين إعداد خطة جديدة.';
    const layout = mixed.layout([{ text }], 150, 10, false);
    const lines = lineTexts(layout);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[0]).toMatch(/^وافق المجلس/);
    expect(lines.join(' ')).toBe(text);
    expect(layout.bidi.direction).toBe('rtl');
  });

  it('cuts a word wider than the line between its characters', () => {
    const mixed = mixedText();
    const word = 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch';
    const layout = mixed.layout([{ text: `王 ${word}` }], 60, 10, false);
    const lines = lineTexts(layout);
    expect(lines[0]).toBe('王');
    expect(lines.slice(1).join('')).toBe(word);
    expect(lines.length).toBeGreaterThanOrEqual(5);
  });

  it('cuts runs where the font changes, keeping each run’s style', () => {
    const mixed = mixedText();
    const layout = mixed.layout([{ text: 'Chair: ' }, { text: 'فاطمة 王 🙂', bold: true }], 500, 10, false);
    expect(layout.atoms.map((a) => [layout.text.slice(a.start, a.end), a.face, a.style])).toEqual([
      ['Chair: ', 'base', 'regular'],
      ['فاطمة', 'arabic', 'bold'],
      [' ', 'arabic', 'bold'],
      ['王', 'cjk', 'bold'],
      // The CJK subset has no Latin space: Liberation's is used.
      [' ', 'base', 'bold'],
      ['🙂', 'emoji', 'bold'],
    ]);
  });

  it('measures the height of its lines as pdfkit measures plain text', () => {
    const mixed = mixedText();
    const layout = mixed.layout([{ text: '王小明 '.repeat(40) }], 200, 10, false);
    expect(mixed.height(layout, 10, 2)).toBeCloseTo(layout.lines.length * (11.5 + 2), 0);
  });

  it('carries a paragraph over to the next page, its tag closed on one page and opened again on the next', async () => {
    requireTool('pdftotext');
    const minute = 'وافق المجلس على التقرير رقم 12 بعد مناقشة طويلة مع فاطمة الزهراء. '.repeat(120);
    const { bytes, pages } = await renderPdf({
      meta: {
        kind: 'minutes',
        title: 'Minutes',
        subject: 's',
        author: 'a',
        language: 'en-GB',
        header: { left: 'Board', right: 'Date' },
        audience: 'public',
      },
      style: resolveHouseStyle(board()),
      blocks: [{ kind: 'paragraph', runs: [{ text: `${minute}النهاية` }] }],
    });
    expect(pages).toBeGreaterThan(1);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mixed-text-'));
    try {
      fs.writeFileSync(path.join(dir, 'long.pdf'), bytes);
      const read = spawnSync('pdftotext', [path.join(dir, 'long.pdf'), '-'], { encoding: 'utf8' });
      // An unbalanced BDC/EMC pair is what a tag left open across a page break looks like to a reader.
      expect(read.stderr).not.toMatch(/Mismatched EMC|Syntax/);
      expect(read.stdout).toContain('النهاية');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
