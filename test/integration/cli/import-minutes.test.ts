import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printFixture } from '../../support/past-minutes/print-fixture';
import { runCli } from '../../support/run-cli';
import { tempDir } from '../../support/temp-backend';
import { removeDir } from '../../unit/store/records';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/past-minutes');
const fixture = (name: string): string => readFileSync(path.join(FIXTURES, `${name}.md`), 'utf8');

type FileResult = { file: string; meetingId?: string; date?: string; error?: string; unsure: string[]; counts?: Record<string, number> };
type Listed = { id: string; date: string; status: string };

describe('minute-book import-minutes', () => {
  const work = tempDir();
  const archive = path.join(work, 'archive');
  const data = path.join(work, 'data');
  const hwbFile = path.join(archive, '2014', 'hwb 2014-10-15.docx');
  const meetings = async (): Promise<Listed[]> => JSON.parse((await runCli('list', 'meetings', '--data', data, '--json')).out) as Listed[];

  beforeAll(async () => {
    mkdirSync(path.join(archive, '2014'), { recursive: true });
    writeFileSync(hwbFile, (await printFixture(fixture('rotherham-style-hwb'), 'hwb')).docx);
    writeFileSync(path.join(archive, 'parish.pdf'), (await printFixture(fixture('parish-council'), 'parish')).pdf);
    writeFileSync(path.join(archive, 'statement.docx'), (await printFixture(fixture('not-minutes-position-statement'), 'statement')).docx);
    writeFileSync(path.join(archive, 'broken.pdf'), '%PDF-1.7 and then nothing a PDF reader could use');
    writeFileSync(path.join(archive, 'notes.txt'), 'Not a minutes file: left alone.');
    expect((await runCli('demo', '--data', data)).code).toBe(0);
  }, 120_000);
  afterAll(() => removeDir(work));

  it('reads a folder in name order, one file at a time, and stores nothing on a dry run', async () => {
    const before = await meetings();
    const run = await runCli('import-minutes', archive, '--data', data, '--dry-run');
    expect(run.code).toBe(1);
    // Failures go to standard error, the rest to standard output: the numbers give the order the files were read in.
    const lines = `${run.out}\n${run.err}`.split('\n').filter((l) => l.startsWith('['));
    expect(lines.map((l) => l.slice(0, l.indexOf(':'))).sort()).toEqual([
      `[1/4] ${hwbFile}`,
      `[2/4] ${path.join(archive, 'broken.pdf')}`,
      `[3/4] ${path.join(archive, 'parish.pdf')}`,
      `[4/4] ${path.join(archive, 'statement.docx')}`,
    ]);
    expect(run.out).toContain(`[1/4] ${hwbFile}: would bring in the minutes of Wednesday 15 October 2014:`);
    expect(run.err).toContain('broken.pdf: not brought in. "broken.pdf" looks damaged');
    expect(run.out).toContain('Would bring in 2 of 4 files; 2 failed:');
    expect(await meetings()).toEqual(before);
  });

  it('brings each file in as a past meeting, names each failure and why, and refuses the same file twice', async () => {
    const before = await meetings();
    const run = await runCli('import-minutes', archive, '--data', data, '--board', 'Riverside Health and Care Co-production Board', '--json');
    expect(run.code).toBe(1);
    const results = JSON.parse(run.out) as FileResult[];
    const byName = new Map(results.map((r) => [path.basename(r.file), r]));
    expect(byName.get('hwb 2014-10-15.docx')).toMatchObject({ date: '2014-10-15', meetingId: expect.any(String) });
    expect(byName.get('hwb 2014-10-15.docx')?.counts?.['items']).toBeGreaterThanOrEqual(3);
    expect(byName.get('parish.pdf')?.meetingId).toEqual(expect.any(String));
    expect(byName.get('broken.pdf')?.error).toContain('looks damaged');
    expect(byName.get('statement.docx')?.error).toContain('not minutes');

    const after = await meetings();
    expect(after).toHaveLength(before.length + 2);
    const hwb = after.find((m) => m.id === byName.get('hwb 2014-10-15.docx')?.meetingId);
    expect(hwb).toMatchObject({ date: '2014-10-15' });

    const again = await runCli('import-minutes', hwbFile, '--data', data, '--board', 'Riverside Health and Care Co-production Board');
    expect(again.code).toBe(1);
    expect(again.err).toContain('already on file');
    expect(await meetings()).toHaveLength(after.length);
  });

  it('asks for files, and says when a folder has none', async () => {
    expect((await runCli('import-minutes', '--data', data)).err).toContain('Say which files or folders');
    const empty = path.join(work, 'empty');
    mkdirSync(empty);
    const run = await runCli('import-minutes', empty, '--data', data);
    expect(run.code).toBe(2);
    expect(run.err).toContain('No .docx, .pdf, .doc, .odt or .rtf files');
  });
});
