import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile, ExportProgress } from '../../../shared/api/exports';
import { harness, type Harness } from '../../support/temp-backend';
import { buildExportFixture, type ExportFixture } from './export-fixture';
import { outline, pdfBodyText, pdfFonts, pdfInfo, pdfPageText, qpdfCheck, requireTool } from './tools';

/** Starts a pack in the background and polls it to the end, as the app does, keeping every progress report. */
async function packWithProgress(
  h: Harness,
  meetingId: string,
  audience: 'public' | 'private',
): Promise<{ file: ExportFile; reports: ExportProgress[] }> {
  const { jobId } = await h.call('exports.start', { meetingId, kind: 'pack', format: 'pdf', audience });
  const reports: ExportProgress[] = [];
  for (;;) {
    const progress = await h.call('exports.progress', { jobId });
    reports.push(progress);
    if (progress.state === 'failed') throw new Error(progress.error?.message ?? 'failed');
    if (progress.state === 'done' && progress.result !== undefined) return { file: progress.result, reports };
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('the agenda pack', () => {
  let h: Harness;
  let fixture: ExportFixture;
  let dir: string;
  let publicPack: { file: ExportFile; reports: ExportProgress[]; path: string };
  let privatePack: { file: ExportFile; path: string };

  beforeAll(async () => {
    for (const tool of ['pdftotext', 'pdfinfo', 'pdffonts', 'qpdf'] as const) requireTool(tool);
    h = harness();
    fixture = await buildExportFixture(h);
    dir = mkdtempSync(path.join(os.tmpdir(), 'minute-book-pack-'));
    const save = (file: ExportFile, name: string): string => {
      const target = path.join(dir, name);
      writeFileSync(target, h.bytes(file));
      return target;
    };
    const pub = await packWithProgress(h, fixture.meeting.id, 'public');
    publicPack = { ...pub, path: save(pub.file, 'public-pack.pdf') };
    const priv = await packWithProgress(h, fixture.meeting.id, 'private');
    privatePack = { file: priv.file, path: save(priv.file, 'private-pack.pdf') };
  }, 180_000);

  afterAll(() => {
    h?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is the agenda followed by every PDF report the audience may see', async () => {
    const publicReports = fixture.reports.filter((r) => !r.name.startsWith('Acme'));
    const marks = await outline(new Uint8Array(readFileSync(publicPack.path)));
    // The first report starts on the page after the agenda.
    const agendaPages = Math.min(...marks.filter((m) => m.depth === 2).map((m) => m.page));
    const pages = Number(pdfInfo(publicPack.path)['Pages']);
    expect(publicPack.file.pages).toBe(pages);
    expect(pages).toBe(agendaPages + publicReports.reduce((n, r) => n + r.pages, 0));
    expect(pdfPageText(publicPack.path, agendaPages + 1)).toContain('Carers breaks report.pdf, page 1');
    expect(pdfPageText(publicPack.path, pages)).toContain('Listening events summary.pdf, page 2');
    expect(pdfBodyText(publicPack.path)).not.toContain('Acme');
    expect(pdfBodyText(privatePack.path)).toContain('Acme contract appraisal.pdf, page 1');
  });

  it('numbers its pages continuously through the reports', () => {
    const pages = Number(pdfInfo(publicPack.path)['Pages']);
    for (const page of [1, pages - 1, pages]) expect(pdfPageText(publicPack.path, page)).toContain(`Page ${page} of ${pages}`);
  });

  it('has a bookmark per item, with each report under its item', async () => {
    const marks = await outline(new Uint8Array(readFileSync(publicPack.path)));
    expect(marks[0]).toMatchObject({ title: 'Agenda', depth: 0, page: 0 });
    const items = marks.filter((m) => m.depth === 1).map((m) => m.title);
    expect(items).toEqual(
      expect.arrayContaining(['5. Carers’ breaks service redesign', '5.1 Feedback from carers’ listening events', '8. Item not for publication']),
    );
    const report = marks.find((m) => m.title === 'Carers breaks report');
    expect(report?.depth).toBe(2);
    expect(pdfPageText(publicPack.path, (report?.page ?? 0) + 1)).toContain('Carers breaks report.pdf, page 1');
  });

  it('lists the papers that are not PDFs instead of binding them in', () => {
    expect(pdfBodyText(publicPack.path)).toMatch(/Workshop plan\.docx \(1 KB\): not a PDF, so available\s+separately/);
    expect(publicPack.file.notes.join(' ')).toContain('Workshop plan.docx is not a PDF');
  });

  it('keeps the agenda tagged, embeds every font and passes qpdf --check', () => {
    expect(pdfInfo(publicPack.path)['Tagged']).toBe('yes');
    expect(pdfFonts(publicPack.path).filter((f) => !f.embedded)).toEqual([]);
    const check = qpdfCheck(publicPack.path);
    expect(check.ok, check.output).toBe(true);
  });

  it('reports its progress while it builds, ending done', () => {
    const stages = publicPack.reports.map((r) => r.stage);
    expect(publicPack.reports.at(-1)).toMatchObject({ state: 'done' });
    expect(publicPack.reports.every((r) => r.done <= r.total)).toBe(true);
    expect(stages.at(-1)).toBe('Done');
  });
});
