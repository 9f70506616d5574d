import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli';
import { harness, tempDir, type Harness } from '../../support/temp-backend';
import { buildExportFixture, type ExportFixture } from './export-fixture';

describe('minute-book render', () => {
  let h: Harness;
  let fixture: ExportFixture;
  let out: string;

  beforeAll(async () => {
    h = harness();
    fixture = await buildExportFixture(h);
    h.backend.close();
    out = tempDir('minute-book-render-');
  }, 120_000);

  afterAll(() => {
    h?.dispose();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('writes a meeting’s public minutes to the file named', async () => {
    const file = path.join(out, 'minutes.pdf');
    const result = await runCli('render', fixture.meeting.id, '--kind', 'public-minutes', '--format', 'pdf', '--out', file, '--data', h.dir);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/^Wrote .*minutes\.pdf \(\d+ pages?, \d+ KB\)\.$/);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('writes an extract by its reference, and the archive copy of signed minutes', async () => {
    const extract = path.join(out, 'extract.docx');
    expect(
      (
        await runCli(
          'render',
          fixture.meeting.id,
          '--kind',
          'extract',
          '--resolution',
          fixture.referenceOfPublicDecision,
          '--format',
          'docx',
          '--out',
          extract,
          '--data',
          h.dir,
        )
      ).code,
    ).toBe(0);
    expect(existsSync(extract)).toBe(true);
    const archive = path.join(out, 'archive.pdf');
    expect(
      (await runCli('render', fixture.meeting.id, '--kind', 'minutes', '--format', 'pdf', '--archive', '--out', archive, '--data', h.dir)).code,
    ).toBe(0);
    expect(readFileSync(archive, 'latin1')).toContain('<pdfaid:part>2</pdfaid:part>');
  });

  it('prints the notes of a pack, such as papers left out', async () => {
    const result = await runCli('render', fixture.meeting.id, '--kind', 'pack', '--out', path.join(out, 'pack.pdf'), '--public', '--data', h.dir);
    expect(result.code).toBe(0);
    expect(result.err).toContain('Note: Workshop plan.docx is not a PDF');
  });

  it('refuses unusable arguments with exit 2 and a refused request with exit 1', async () => {
    expect(await runCli('render', fixture.meeting.id, '--kind', 'minutes', '--format', 'pdf', '--data', h.dir)).toMatchObject({
      code: 2,
      err: expect.stringContaining('--out'),
    });
    expect(await runCli('render', fixture.meeting.id, '--kind', 'memo', '--out', 'x', '--data', h.dir)).toMatchObject({
      code: 2,
      err: expect.stringContaining('--kind'),
    });
    expect(
      await runCli(
        'render',
        fixture.later.id,
        '--kind',
        'minutes',
        '--format',
        'pdf',
        '--archive',
        '--out',
        path.join(out, 'x.pdf'),
        '--data',
        h.dir,
      ),
    ).toMatchObject({
      code: 1,
      err: expect.stringContaining('not been signed'),
    });
  });
});
