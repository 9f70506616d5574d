import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SourceBlock, SourceDocument } from '../../../shared/model';
import { readPastMinutesFile } from '../../../electron/backend/past-minutes/read-past-minutes';
import { printFixture } from '../../support/past-minutes/print-fixture';
import { comparable, exportedMinutes, linesOf, MINUTES_MARKUP, valid } from './fixture';

type Paragraph = Extract<SourceBlock, { kind: 'paragraph' }>;
const paragraphs = (document: SourceDocument): Paragraph[] => document.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
const blockText = (document: SourceDocument): string =>
  document.blocks.map((b) => (b.kind === 'row' ? b.cells.map((c) => c.text).join(' ') : b.text)).join('\n');

describe('reading minutes from a PDF', () => {
  let source: SourceDocument;
  let read: SourceDocument;

  beforeAll(async () => {
    const printed = await printFixture(MINUTES_MARKUP, 'minutes.pdf');
    source = printed.source;
    read = valid(await readPastMinutesFile({ bytes: printed.pdf, fileName: 'minutes.pdf' }));
  });

  it('gives back the blocks the document was printed from', () => {
    expect(read.format).toBe('pdf');
    expect(comparable(read)).toEqual(comparable(source));
  });

  it('starts each page at its running header, and keeps header and footer as lines but not as blocks', () => {
    expect(read.pageStarts).toHaveLength(2);
    const [first = 0, second = 0] = read.pageStarts ?? [];
    expect(read.lines[first - 1]).toBe('Health and Wellbeing Board – minutes');
    expect(read.lines[second - 1]).toBe('Health and Wellbeing Board – minutes');
    expect(read.lines[second - 2]).toBe('Page 1 of 2');
    expect(read.lines.at(-1)).toBe('Page 2 of 2');
    expect(blockText(read)).not.toMatch(/Page \d of \d|– minutes/);
    // The page break falls where the markup put it: item 3 starts the second page.
    const item3 = read.blocks.find((b) => b.kind === 'heading' && b.text === '3. Better Care Fund');
    expect(item3?.lines.from).toBe(second + 1);
  });

  it('joins the hard lines of a wrapped paragraph into one block over its lines', () => {
    const apologies = paragraphs(read).find((p) => p.text.startsWith('Apologies were received'));
    expect(apologies && linesOf(read, apologies)).toEqual([
      'Apologies were received from Councillor Brown and from the Director of Public Health,',
      'who was represented by Ms Green. The Board noted the apologies and welcomed the new',
      'members of the Board to their first meeting.',
    ]);
    const report = paragraphs(read).find((p) => p.text.startsWith('The Board considered'));
    expect(report && report.lines.to - report.lines.from).toBeGreaterThan(0);
    expect(report?.text).toBe(
      'The Board considered the report of the Strategic Director on the Better Care Fund plan for 2024 to 2025, which set out the schemes proposed and the spending on each of them in some detail.',
    );
  });

  it('reads headings from larger type, levels by size, and bold body type as a bold paragraph', () => {
    const headings = read.blocks.flatMap((b) => (b.kind === 'heading' ? [[b.level, b.text]] : []));
    expect(headings).toContainEqual([1, 'Health and Wellbeing Board']);
    expect(headings).toContainEqual([2, '3. Better Care Fund']);
    expect(headings).toContainEqual([3, 'Report of the Strategic Director']);
    const present = paragraphs(read).find((p) => p.text === 'Present');
    expect(present?.look).toMatchObject({ bold: true, size: 11 });
    expect(paragraphs(read).find((p) => p.text.startsWith('There were no'))?.look?.bold).toBeUndefined();
  });

  it('takes list markers out of the text, with levels from their indents, and a wrapped entry as one', () => {
    const entries = paragraphs(read).filter((p) => p.listMarker !== undefined);
    expect(entries.map((p) => [p.listMarker, p.listLevel])).toEqual([
      ['(a)', 0],
      ['(b)', 0],
      ['(i)', 1],
      ['(ii)', 1],
      ['(c)', 0],
      ['•', 0],
      ['•', 0],
      ['1.', 0],
      ['2.', 0],
    ]);
    const wrapped = entries[1];
    expect(wrapped?.text).toBe('That the Director be asked to report back in March on the outcomes of the schemes:');
    expect(wrapped && linesOf(read, wrapped)).toEqual(['(b) That the Director be asked to report back in March', 'on the outcomes of the schemes:']);
  });

  it('reads columns that line up as the rows and cells of one table', () => {
    const rows = read.blocks.flatMap((b) => (b.kind === 'row' ? [[b.table, ...b.cells.map((c) => c.text)]] : []));
    expect(rows).toEqual([
      [0, 'Name', 'Role', 'Organisation'],
      [0, 'Councillor Asha Patel', 'Chair', 'Rotherham Council'],
      [0, 'Dr Jane Smith', 'Member', 'NHS South Yorkshire'],
    ]);
  });
});

describe('reading minutes that Minute Book printed as a PDF', () => {
  let read: SourceDocument;

  beforeAll(async () => {
    const { pdf } = await exportedMinutes();
    read = valid(await readPastMinutesFile({ bytes: pdf, fileName: 'Riverside minutes.pdf' }));
  });

  it('finds the board, the attendance and each item as headings, the running header and page numbers left out', () => {
    const headings = read.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings).toEqual(
      expect.arrayContaining([
        'Riverside Health and Care Co-production Board',
        'Present',
        'Apologies',
        '5. Carers’ breaks service redesign',
        '5.1 Feedback from carers’ listening events',
        '8. Renegotiating the Acme homecare contract',
        'Summary of actions',
      ]),
    );
    expect((read.pageStarts ?? []).length).toBeGreaterThan(1);
    expect(read.lines.some((l) => /^Page 1 of \d+$/.test(l))).toBe(true);
    expect(blockText(read)).not.toMatch(/Page \d+ of \d+/);
  });

  it("reads a decision's verb in bold and its parts as numbered entries", () => {
    const all = paragraphs(read);
    const verb = all.findIndex((p) => p.text === 'RESOLVED:');
    expect(all[verb]?.look?.bold).toBe(true);
    expect(all.slice(verb + 1, verb + 3).map((p) => [p.listMarker, p.text])).toEqual([
      ['(1)', 'That the feedback from carers be noted.'],
      ['(2)', 'That a workshop be arranged with carers.'],
    ]);
    expect(all.some((p) => p.text === 'RESOLVED: That the extension offered by Acme Homecare Limited be accepted.')).toBe(true);
  });

  it('reads the bullets, and the action table with its wrapped cells joined', () => {
    const all = paragraphs(read);
    expect(all.filter((p) => p.listMarker === '•').map((p) => p.text)).toEqual(
      expect.arrayContaining(['Cllr Amina Okafor (Chair)', 'how carers would be involved, and', 'what the new service would cost.']),
    );
    const rows = read.blocks.flatMap((b) => (b.kind === 'row' ? [b.cells.map((c) => c.text)] : []));
    expect(rows[0]).toEqual(['Minute', 'Action', 'Owner', 'Due']);
    expect(rows).toContainEqual(['5', 'Arrange the workshop, inviting Janet Morley.', 'Priya Banerjee', 'Tuesday 15 July 2025']);
  });
});

describe('reading past minutes from a bundle built as the CLI is', () => {
  it('finds pdf.js, its worker and mammoth at run time from node_modules, inside a vm.Script as the CLI runs', async () => {
    const root = path.resolve(__dirname, '..', '..', '..');
    // Inside the checkout, so the bundle finds node_modules as dist/backend/cli.cjs does.
    const cache = path.join(root, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    const dir = mkdtempSync(path.join(cache, 'past-minutes-bundle-'));
    try {
      const printed = await printFixture(MINUTES_MARKUP, 'minutes');
      writeFileSync(path.join(dir, 'minutes.pdf'), printed.pdf);
      writeFileSync(path.join(dir, 'minutes.docx'), printed.docx);
      // The CLI target's options in scripts/build.mjs that matter here.
      await build({
        absWorkingDir: root,
        entryPoints: ['electron/backend/past-minutes/read-past-minutes.ts'],
        outfile: path.join(dir, 'reader.cjs'),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        external: ['pdfjs-dist', 'mammoth'],
        supported: { 'dynamic-import': false },
        banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
        define: { 'import.meta.url': '__importMetaUrl' },
        logLevel: 'silent',
      });
      const script = `
        const { createRequire } = require('node:module');
        const { readFileSync } = require('node:fs');
        const vm = require('node:vm');
        const file = ${JSON.stringify(path.join(dir, 'reader.cjs'))};
        const wrapped = new vm.Script('(function (exports, require, module, __filename, __dirname) {' + readFileSync(file, 'utf8') + '\\n})', { filename: file });
        const bundle = { exports: {} };
        wrapped.runInThisContext()(bundle.exports, createRequire(file), bundle, file, ${JSON.stringify(dir)});
        (async () => {
          const out = {};
          for (const name of ['minutes.pdf', 'minutes.docx']) {
            const document = await bundle.exports.readPastMinutesFile({ bytes: new Uint8Array(readFileSync(${JSON.stringify(dir)} + '/' + name)), fileName: name });
            out[name] = document.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
          }
          process.stdout.write(JSON.stringify(out));
        })();`;
      const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: os.tmpdir(), timeout: 100_000 });
      expect(result.stderr).toBe('');
      const headings = JSON.parse(result.stdout) as Record<string, string[]>;
      for (const name of ['minutes.pdf', 'minutes.docx']) expect(headings[name]).toContain('3. Better Care Fund');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
