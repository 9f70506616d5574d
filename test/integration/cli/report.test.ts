import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../../../shared/model';
import { comparableWords, docxText, pdfBodyText, pdfFonts, pdfInfo, qpdfCheck, requireTool } from '../export/tools';
import { runCli } from '../../support/run-cli';
import { tempDir } from '../../support/temp-backend';

const work = tempDir('minute-book-report-');
const dataDir = path.join(work, 'demo');
let bundle: Bundle;
let boardId: string;

beforeAll(async () => {
  requireTool('pdftotext');
  expect((await runCli('demo', '--data', dataDir)).code).toBe(0);
  const file = path.join(work, 'demo.json');
  expect((await runCli('export-data', file, '--data', dataDir)).code).toBe(0);
  bundle = JSON.parse(readFileSync(file, 'utf8')) as Bundle;
  boardId = bundle.boards[0]?.id ?? '';
}, 180_000);

const out = (name: string): string => path.join(work, name);

async function report(kind: string, format: string, ...more: string[]): Promise<string> {
  const file = out(`${kind}-${more.join('-')}.${format}`);
  const result = await runCli('report', kind, '--board', boardId, '--format', format, '--out', file, '--data', dataDir, ...more);
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  expect(result.out).toContain(`Wrote ${file}`);
  return file;
}

/** People who have not agreed to be named: no public report may print their names. */
const unconsented = (): string[] => bundle.people.filter((p) => !p.consentToBeNamed).flatMap((p) => [p.name, p.publicName]);

describe('minute-book report annual', () => {
  it('writes the annual report as a tagged PDF and a Word file with the same words, every section present', async () => {
    const pdf = await report('annual', 'pdf');
    const docx = await report('annual', 'docx');
    const text = pdfBodyText(pdf);
    for (const heading of [
      'Annual report: Riverside Health and Care Co-production Board',
      'Meetings held',
      'Participation: Riverside Health and Care Co-production Board',
      'Diversity of the people who took part',
      'Co-production ratings: Riverside Health and Care Co-production Board',
      'Reward and recognition',
      'You said, we did: Riverside Health and Care Co-production Board',
      'Actions completed',
    ]) {
      expect(comparableWords(text), heading).toContain(comparableWords(heading));
    }
    expect(text).toMatch(/The board met \d+ times?\./);
    expect(text).toMatch(/\d+ people made \d+ claims for their time and costs/);
    expect(text).toContain('no one’s own payments are shown');
    // The same words; a narrow table column in the PDF may break a long word, so spaces are not compared.
    const letters = (s: string): string => comparableWords(s).replace(/\s/g, '');
    expect(letters(await docxText(docx))).toEqual(letters(text));
    expect(pdfInfo(pdf)['Tagged']).toBe('yes');
    expect(pdfFonts(pdf).every((f) => f.embedded)).toBe(true);
    expect(qpdfCheck(pdf).ok).toBe(true);
  }, 60_000);

  it('is fit to publish: no unconsented names, no one’s payments, no one’s own diversity answers', async () => {
    const text = pdfBodyText(
      await report(
        'annual',
        'pdf',
        '--to',
        bundle.meetings
          .map((m) => m.date)
          .sort()
          .at(-1) ?? '',
      ),
    );
    for (const name of unconsented()) expect(text, name).not.toContain(name);
    for (const claim of bundle.rewardClaims) {
      const person = bundle.people.find((p) => p.id === claim.personId);
      if (person !== undefined) expect(text, person.name).not.toContain(`${person.name} `);
    }
    // Diversity only in counts: small ones suppressed.
    expect(text).toContain('fewer than 5');
  }, 60_000);
});

describe('minute-book report, each kind', () => {
  it('writes the finance CSV of the board’s claims in the period, with receipts and choices', async () => {
    const dates = bundle.rewardClaims.map((c) => c.date).sort();
    const csv = readFileSync(await report('reward', 'csv', '--from', dates[0] ?? '', '--to', dates.at(-1) ?? ''), 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(bundle.rewardClaims.length + 1);
    expect(csv).toContain('Riverside Carers Centre');
    for (const claim of bundle.rewardClaims) for (const e of claim.expenses) expect(csv).toContain(e.receiptReference ?? '');
  });

  it('writes participation, co-production ratings and you said / we did as PDF, Word and CSV', async () => {
    const dates = bundle.meetings.map((m) => m.date).sort();
    const period = ['--from', dates[0] ?? '', '--to', dates.at(-1) ?? ''];
    const participation = pdfBodyText(await report('participation', 'pdf', ...period));
    expect(participation).toContain('Attendance by member kind');
    const ratings = readFileSync(await report('coproduction', 'csv', ...period), 'utf8');
    expect(ratings).toContain('Whole-life involvement');
    expect(ratings).toContain('Carers’ breaks service redesign');
    const said = await docxText(await report('you-said-we-did', 'docx', ...period));
    expect(said).toContain('Carers said the breaks service should be bookable in the evenings.');
    expect(said).toContain('Not possible, because the council building closes at 6 pm');
  }, 60_000);
});

describe('minute-book report refusals', () => {
  it('says what is missing or wrong, with exit code 2, and writes nothing', async () => {
    const file = out('refused.pdf');
    const cases: [string[], RegExp][] = [
      [['report', 'minutes', '--board', boardId, '--out', file], /Say which report/],
      [['report', 'annual', '--out', file], /Say which board with --board/],
      [['report', 'annual', '--board', boardId, '--format', 'csv', '--out', file], /comes as pdf, docx/],
      [['report', 'annual', '--board', boardId, '--from', '2026-05-01', '--to', '2026-04-01', '--out', file], /must end on or after/],
    ];
    for (const [argv, message] of cases) {
      const result = await runCli(...argv, '--data', dataDir);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err).toMatch(message);
    }
    expect(() => readFileSync(file)).toThrow();
  });

  it('refuses an unknown board with exit code 1', async () => {
    const result = await runCli('report', 'annual', '--board', 'no-such-board', '--out', out('x.pdf'), '--data', dataDir);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/board/i);
  });
});
