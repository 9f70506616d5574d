import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../../../shared/model';
import { openBackend } from '../../../electron/backend/backend';
import { runCli } from '../../support/run-cli';
import { tempDir } from '../../support/temp-backend';

let demoDir: string;
let bundle: Bundle;
const work = tempDir('minute-book-cli-');

beforeAll(async () => {
  demoDir = path.join(work, 'demo');
  const result = await runCli('demo', '--data', demoDir);
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  const file = path.join(work, 'demo.json');
  expect((await runCli('export-data', file, '--data', demoDir)).code).toBe(0);
  bundle = JSON.parse(readFileSync(file, 'utf8')) as Bundle;
}, 120_000);

describe('minute-book demo', () => {
  it('creates a board with a year of meetings that exercise the whole model', () => {
    expect(bundle.boards).toHaveLength(1);
    expect(bundle.meetings.length).toBeGreaterThanOrEqual(6);
    const statuses = bundle.meetings.map((m) => m.status);
    expect(statuses).toContain('minutes-signed');
    expect(statuses).toContain('minutes-drafted');
    expect(statuses).toContain('agenda-published');
    expect(bundle.agendaItems.some((i) => i.confidentiality.access === 'exempt')).toBe(true);
    expect(bundle.agendaItems.some((i) => i.parentId !== null)).toBe(true);
    expect(bundle.attendance.some((a) => a.movements.some((m) => m.kind === 'left'))).toBe(true);
    expect(bundle.attendance.some((a) => a.substituteForPersonId !== undefined)).toBe(true);
    expect(bundle.declarations.some((d) => d.type === 'disclosable-pecuniary' && d.leftTheRoom)).toBe(true);
    expect(bundle.resolutions.some((r) => (r.recordedVote ?? []).length > 0)).toBe(true);
    expect(bundle.resolutions.some((r) => r.parts.length > 1 && r.reference !== undefined)).toBe(true);
    expect(new Set(bundle.resolutions.map((r) => r.kind))).toEqual(new Set(['RESOLVED', 'AGREED', 'NOTED', 'RECOMMENDED']));
    expect(bundle.minutes.some((m) => m.corrects !== undefined)).toBe(true);
    expect(bundle.people.some((p) => !p.consentToBeNamed)).toBe(true);
    // Actions carried across meetings: one done at a later meeting, one still open and overdue.
    expect(bundle.actions.some((a) => a.status === 'done' && a.history.length > 0)).toBe(true);
    expect(bundle.actions.some((a) => a.status !== 'done' && a.due !== undefined)).toBe(true);
  });

  it('never shares an id with another demo store', async () => {
    const other = path.join(work, 'demo-2');
    expect((await runCli('demo', '--data', other)).code).toBe(0);
    const file = path.join(work, 'demo-2.json');
    await runCli('export-data', file, '--data', other);
    const second = JSON.parse(readFileSync(file, 'utf8')) as Bundle;
    const ids = (b: Bundle): string[] => [...b.boards, ...b.people, ...b.meetings, ...b.agendaItems, ...b.actions].map((r) => r.id);
    const mine = new Set(ids(bundle));
    expect(ids(second).filter((id) => mine.has(id))).toEqual([]);
  }, 120_000);

  it('refuses a folder that already holds data', async () => {
    const result = await runCli('demo', '--data', demoDir);
    expect(result.code).toBe(1);
    expect(result.err).toContain('already holds data');
  });
});

describe('minute-book list', () => {
  it('prints a JSON array of objects with ids', async () => {
    for (const kind of ['boards', 'meetings', 'actions', 'resolutions']) {
      const result = await runCli('list', kind, '--json', '--data', demoDir);
      expect(result.code, kind).toBe(0);
      const rows = JSON.parse(result.out) as { id: unknown }[];
      expect(rows.length, kind).toBeGreaterThan(0);
      for (const row of rows) expect(typeof row.id).toBe('string');
    }
  });

  it('narrows to one board and prints a readable table without --json', async () => {
    const boardId = bundle.boards[0]!.id;
    const table = await runCli('list', 'meetings', '--board', boardId, '--data', demoDir);
    expect(table.out.split('\n')[0]).toMatch(/^Date\s+Time\s+Status/);
    expect((await runCli('list', 'meetings', '--board', 'nope', '--data', demoDir)).code).toBe(1);
  });

  it('refuses an unknown kind with exit code 2', async () => {
    expect((await runCli('list', 'widgets', '--data', demoDir)).code).toBe(2);
  });
});

describe('minute-book import and export-data', () => {
  it('round-trips the whole store exactly through an empty folder', async () => {
    const file = path.join(work, 'demo.json');
    const copy = path.join(work, 'copy');
    const imported = await runCli('import', file, '--data', copy);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    const again = path.join(work, 'copy.json');
    await runCli('export-data', again, '--data', copy);
    const strip = (b: Bundle): Bundle => ({ ...b, exportedAt: undefined });
    expect(strip(JSON.parse(readFileSync(again, 'utf8')) as Bundle)).toEqual(strip(bundle));
  }, 60_000);

  it('refuses an invalid bundle, naming the JSON path, and imports nothing', async () => {
    const broken = structuredClone(bundle);
    (broken.meetings[2] as { date: string }).date = '2025-13-45';
    const file = path.join(work, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const target = path.join(work, 'broken-target');
    const result = await runCli('import', file, '--data', target);
    expect(result.code).toBe(2);
    expect(result.err).toContain('meetings.2.date');
    const list = await runCli('list', 'boards', '--json', '--data', target);
    expect(JSON.parse(list.out)).toEqual([]);
  });

  it('refuses a file that is not JSON, and a record already in the store', async () => {
    const file = path.join(work, 'not.json');
    writeFileSync(file, '{ not json');
    expect((await runCli('import', file, '--data', path.join(work, 'x'))).code).toBe(2);
    const again = await runCli('import', path.join(work, 'demo.json'), '--data', demoDir);
    expect(again.code).toBe(1);
    expect(again.err).toContain('already holds');
  });
});

describe('minute-book check, backup and restore', () => {
  it('finds a sound demo store', async () => {
    const result = await runCli('check', '--data', demoDir);
    expect(result.code).toBe(0);
  });

  it('backs up and restores', async () => {
    const backup = await runCli('backup', '--data', demoDir);
    expect(backup.code).toBe(0);
    const backupPath = backup.out.replace('Backed up to ', '').trim();
    const restored = await runCli('restore', backupPath, '--data', demoDir);
    expect(restored.err).toBe('');
    expect(restored.code).toBe(0);
    expect((await runCli('check', '--data', demoDir)).code).toBe(0);
  });

  it('tells a second writer who holds the folder', async () => {
    const holder = openBackend({ dataDir: demoDir });
    try {
      const result = await runCli('backup', '--data', demoDir);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/in use by Minute Book on .+ \(process \d+/);
    } finally {
      holder.close();
    }
  });
});

describe('minute-book usage', () => {
  it('prints help and the version, and refuses unknown commands', async () => {
    expect((await runCli('--help')).out).toContain('Usage: minute-book <command>');
    expect((await runCli('--version')).out).toMatch(/^\d+\.\d+\.\d+$/);
    expect((await runCli('frobnicate')).code).toBe(2);
    expect((await runCli('list', '--bogus')).code).toBe(2);
  });
});

afterAll(() => undefined);
