import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocModel } from '../../../shared/document/model';
import { resolveHouseStyle } from '../../../shared/document/house-style';
import { renderDocx } from '../../../electron/backend/export/docx';
import { renderHtml } from '../../../electron/backend/export/html';
import { renderPdf } from '../../../electron/backend/export/pdf';
import { board } from '../../support/builders';
import { docxPart, htmlMainText, requireTool } from './tools';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nested-parts-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A decision of three levels numbered (i), then (a), then (1), as a board may choose. */
const MODEL: DocModel = {
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
  blocks: [
    { kind: 'paragraph', runs: [{ text: 'RESOLVED:', bold: true }] },
    {
      kind: 'list',
      style: 'parenthesised',
      items: [
        [{ text: 'That the budget be approved.' }],
        [{ text: 'That the reserves be used for:' }],
        [{ text: 'carers’ breaks;' }],
        [{ text: 'the day centre, of which:' }],
        [{ text: 'half this year.' }],
        [{ text: 'That the Cabinet be told.' }],
      ],
      depths: [0, 0, 1, 1, 2, 0],
      counters: ['lower-roman', 'lower-alpha', 'decimal'],
    },
  ],
};

describe('a decision’s nested parts in Word and PDF', () => {
  it('labels each part in the PDF as the board numbers them, each level indented further', async () => {
    requireTool('pdftotext');
    const file = path.join(dir, 'parts.pdf');
    fs.writeFileSync(file, (await renderPdf(MODEL)).bytes);
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
    const line = (words: string): string => text.split('\n').find((l) => l.includes(words)) ?? '';
    expect(line('That the budget be approved.')).toMatch(/\(i\)\s+That the budget/);
    expect(line('That the reserves')).toMatch(/\(ii\)\s+That the reserves/);
    expect(line('carers’ breaks')).toMatch(/\(a\)\s+carers’ breaks/);
    expect(line('the day centre')).toMatch(/\(b\)\s+the day centre/);
    expect(line('half this year')).toMatch(/\(1\)\s+half this year/);
    expect(line('That the Cabinet')).toMatch(/\(iii\)\s+That the Cabinet/);
    const indent = (words: string): number => line(words).search(/\(/);
    expect(indent('carers’ breaks')).toBeGreaterThan(indent('That the budget'));
    expect(indent('half this year')).toBeGreaterThan(indent('carers’ breaks'));
  });

  it('gives Word real numbering of three levels, roman then letters then numbers, each part at its level', async () => {
    requireTool('unzip');
    const file = path.join(dir, 'parts.docx');
    fs.writeFileSync(file, await renderDocx(MODEL));
    const numbering = docxPart(file, 'word/numbering.xml');
    expect(numbering).toMatch(/<w:lvl w:ilvl="0"[^>]*>.*?<w:numFmt w:val="lowerRoman"\/>.*?<w:lvlText w:val="\(%1\)"\/>/s);
    expect(numbering).toMatch(/<w:lvl w:ilvl="1"[^>]*>.*?<w:numFmt w:val="lowerLetter"\/>.*?<w:lvlText w:val="\(%2\)"\/>/s);
    const levels = [...docxPart(file, 'word/document.xml').matchAll(/<w:ilvl w:val="(\d)"\/>/g)].map((m) => Number(m[1]));
    expect(levels).toEqual([0, 0, 1, 1, 2, 0]);
  });

  it('labels the parts the same way in the web page', () => {
    const html = renderHtml(MODEL);
    const text = htmlMainText(html);
    for (const label of [
      '(i) That the budget',
      '(ii) That the reserves',
      '(a) carers’ breaks',
      '(b) the day centre',
      '(1) half this year',
      '(iii) That the Cabinet',
    ]) {
      expect(text.replace(/\s+/g, ' ')).toContain(label);
    }
    expect(html).toContain('<li class="depth-2">');
  });
});
