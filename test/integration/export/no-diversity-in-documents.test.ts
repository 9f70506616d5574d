import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportRequest } from '../../../shared/api/exports';
import { harness, type Harness } from '../../support/temp-backend';
import { buildExportFixture, type ExportFixture } from './export-fixture';
import { docxText, htmlMainText, requireTool } from './tools';

/** Answers and a group name that appear nowhere else in the fixture, so finding one in a document is a leak. */
const GROUP = 'Zephyr Valley young carers';
const TELL_TALES = [
  GROUP,
  'Bisexual',
  'Sikh',
  'Non-binary',
  '75 or over',
  'Prefer not to say',
  'prefer-not-to-say',
  'bisexual',
  'non-binary',
  '75-and-over',
  'diversity',
];

describe('diversity answers never reach minutes or agendas', () => {
  let h: Harness;
  let fixture: ExportFixture;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'minute-book-diversity-'));

  beforeAll(async () => {
    h = harness();
    fixture = await buildExportFixture(h);
    const answers = [
      { sexualOrientation: 'bisexual', religion: 'sikh', gender: 'non-binary', ageBand: '75-and-over' },
      { sexualOrientation: 'prefer-not-to-say', religion: 'sikh', gender: 'non-binary', disability: 'yes' },
    ];
    for (const [i, person] of Object.values(fixture.people).entries()) {
      await h.call('diversity.record', { personId: person.id, answers: answers[i % 2] ?? {}, seldomHeardGroups: [GROUP] });
    }
    await h.call('boards.update', { id: fixture.board.id, patch: { seldomHeardGroups: ['Young carers'] } });
  }, 120_000);

  afterAll(() => {
    h?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('in any format, public or private', async () => {
    requireTool('pdftotext');
    const requests: ExportRequest[] = [];
    for (const meetingId of [fixture.meeting.id, fixture.later.id]) {
      for (const kind of ['agenda', 'minutes', 'public-minutes'] as const) {
        for (const format of ['pdf', 'docx', 'html'] as const)
          requests.push({ meetingId, kind, format, ...(kind === 'public-minutes' ? {} : { audience: 'private' }) });
      }
      requests.push({ meetingId, kind: 'pack', format: 'pdf', audience: 'private' });
    }
    let checked = 0;
    for (const request of requests) {
      const file = await h.call('exports.render', request);
      const bytes = h.bytes(file);
      const onDisk = path.join(dir, file.fileName);
      writeFileSync(onDisk, bytes);
      const text =
        request.format === 'pdf'
          ? execFileSync('pdftotext', [onDisk, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
          : request.format === 'docx'
            ? await docxText(onDisk)
            : htmlMainText(bytes.toString('utf8'));
      // The document has its words: the check is not passing on an empty file.
      expect(text, file.fileName).toContain('Riverside');
      for (const tale of TELL_TALES) expect(text.toLowerCase(), `${file.fileName} contains "${tale}"`).not.toContain(tale.toLowerCase());
      checked += 1;
    }
    expect(checked).toBe(20);
  }, 240_000);
});
