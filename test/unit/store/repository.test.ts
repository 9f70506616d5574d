import fs from 'node:fs';
import path from 'node:path';
import { SCHEMA_VERSION } from '../../../shared/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/backend/store/open-store';
import type { Repository } from '../../../electron/backend/store/repository-types';
import { StoreError } from '../../../electron/backend/store/store-error';
import {
  action,
  attendance,
  board,
  crashCopy,
  item,
  meeting,
  minute,
  person,
  removeDir,
  resolution,
  tempDir,
  tickingClock,
  waitFor,
} from './records';

let dir: string;
let store: Repository | undefined;
const clock = tickingClock();
const open = (options: { readOnly?: boolean } = {}): Repository => {
  store = openStore({ dataDir: dir, clock, ...options });
  return store;
};
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  store?.close();
  store = undefined;
  removeDir(dir);
});

function seed(repo: Repository): void {
  repo.commit([
    { type: 'put', collection: 'boards', record: board() },
    { type: 'put', collection: 'people', record: person('p1') },
    { type: 'put', collection: 'meetings', record: meeting('m1') },
    { type: 'put', collection: 'meetings', record: meeting('m2', { date: '2025-07-08' }) },
    { type: 'put', collection: 'agendaItems', record: item('i1', 'm1', 0) },
    { type: 'put', collection: 'agendaItems', record: item('i2', 'm1', 1) },
    { type: 'put', collection: 'minutes', record: minute('n1', 'm1', 'i1', 'Members asked about respite care.') },
    { type: 'put', collection: 'resolutions', record: resolution('r1', 'm1', 'i1') },
    { type: 'put', collection: 'actions', record: action('a1', 'm1') },
    { type: 'put', collection: 'attendance', record: attendance('t1', 'm1', 'p1') },
    { type: 'put', collection: 'agendaItems', record: item('i3', 'm2', 0) },
  ]);
}

function refusal(fn: () => unknown): StoreError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the repository', () => {
  it('starts an empty folder as an empty store of the current format', () => {
    const repo = open();
    expect(repo.all('boards')).toEqual([]);
    expect(repo.meeting('nowhere').agendaItems).toEqual([]);
    const core = JSON.parse(fs.readFileSync(path.join(dir, 'minute-book.json'), 'utf8')) as { schemaVersion: number };
    expect(core.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('keeps committed records across closing and opening, split into a core file and one file per meeting', () => {
    seed(open());
    store?.close();
    const repo = open();
    expect(repo.get('boards', 'b1')?.name).toBe('Millbrook Carers Partnership Board');
    expect(repo.meeting('m1').agendaItems.map((i) => i.id)).toEqual(['i1', 'i2']);
    expect(repo.meeting('m1').minutes[0]?.text).toBe('Members asked about respite care.');
    expect(repo.everyMeeting('agendaItems').map((i) => i.id)).toEqual(['i1', 'i2', 'i3']);
    expect(fs.readdirSync(path.join(dir, 'meetings')).sort()).toEqual(['m1.json', 'm2.json']);
    const m1 = JSON.parse(fs.readFileSync(path.join(dir, 'meetings', 'm1.json'), 'utf8')) as { actions: { id: string }[] };
    expect(m1.actions.map((a) => a.id)).toEqual(['a1']);
  });

  it('has every acknowledged change on disk before compaction (a crash right after commit loses nothing)', () => {
    const repo = open();
    seed(repo);
    repo.commit([{ type: 'put', collection: 'minutes', record: minute('n1', 'm1', 'i1', 'Revised wording.') }]);
    const crashed = crashCopy(dir);
    try {
      const after = openStore({ dataDir: crashed, clock, readOnly: true });
      expect(after.meeting('m1').minutes[0]?.text).toBe('Revised wording.');
      expect(after.all('people').map((p) => p.id)).toEqual(['p1']);
      after.close();
    } finally {
      removeDir(crashed);
    }
  });

  it('replaces a record in place and deletes by id', () => {
    const repo = open();
    seed(repo);
    repo.commit([
      { type: 'put', collection: 'agendaItems', record: item('i1', 'm1', 0, { title: 'Carers strategy refresh' }) },
      { type: 'delete', collection: 'agendaItems', id: 'i2', meetingId: 'm1' },
      { type: 'delete', collection: 'people', id: 'p1' },
    ]);
    expect(repo.meeting('m1').agendaItems.map((i) => [i.id, i.title])).toEqual([['i1', 'Carers strategy refresh']]);
    expect(repo.all('people')).toEqual([]);
  });

  it('gives out lists that later commits do not change under the caller', () => {
    const repo = open();
    seed(repo);
    const before = repo.meeting('m1').agendaItems;
    repo.commit([{ type: 'put', collection: 'agendaItems', record: item('i9', 'm1', 2) }]);
    expect(before.map((i) => i.id)).toEqual(['i1', 'i2']);
    expect(repo.meeting('m1').agendaItems.map((i) => i.id)).toEqual(['i1', 'i2', 'i9']);
  });

  it('refuses an invalid record, names it and the field, and stores nothing of the commit', () => {
    const repo = open();
    seed(repo);
    const error = refusal(() =>
      repo.commit([
        { type: 'put', collection: 'boards', record: board('b2') },
        { type: 'put', collection: 'agendaItems', record: item('i4', 'm1', 3, { title: '  ' }) },
      ]),
    );
    expect(error.code).toBe('invalid_record');
    expect(error.message).toContain('Record "i4" of agendaItems');
    expect(error.message).toContain('title');
    expect(repo.get('boards', 'b2')).toBeUndefined();
  });

  it('refuses records for a meeting that does not exist, and a meeting delete without its meeting id', () => {
    const repo = open();
    seed(repo);
    expect(refusal(() => repo.commit([{ type: 'put', collection: 'agendaItems', record: item('x', 'ghost') }])).code).toBe('invalid_record');
    expect(refusal(() => repo.commit([{ type: 'delete', collection: 'minutes', id: 'n1' }])).message).toContain('meetingId');
  });

  it('removes a deleted meeting with everything in it', () => {
    const repo = open();
    seed(repo);
    repo.commit([{ type: 'delete', collection: 'meetings', id: 'm1' }]);
    expect(repo.meeting('m1').agendaItems).toEqual([]);
    repo.close();
    expect(fs.readdirSync(path.join(dir, 'meetings'))).toEqual(['m2.json']);
    const again = open();
    expect(again.everyMeeting('agendaItems').map((i) => i.id)).toEqual(['i3']);
    expect(again.check().sound).toBe(true);
  });

  it('gives a meeting its own file even when its id was looked up before the meeting existed', () => {
    const repo = open();
    expect(repo.meeting('m7').agendaItems).toEqual([]);
    repo.commit([
      { type: 'put', collection: 'boards', record: board() },
      { type: 'put', collection: 'meetings', record: meeting('m7') },
    ]);
    repo.close();
    expect(fs.existsSync(path.join(dir, 'meetings', 'm7.json'))).toBe(true);
    const again = open();
    expect(again.check().sound).toBe(true);
    expect(again.meeting('m7').agendaItems).toEqual([]);
    expect(again.notices()).toEqual([]);
  });

  it('checks sound while a meeting delete is still only in the journal', () => {
    const repo = open();
    seed(repo);
    repo.close();
    const writer = open();
    writer.commit([{ type: 'delete', collection: 'meetings', id: 'm2' }]);
    const reader = openStore({ dataDir: dir, clock, readOnly: true });
    expect(reader.all('meetings').map((m) => m.id)).toEqual(['m1']);
    expect(reader.check()).toMatchObject({ sound: true, problems: [] });
    reader.close();
  });

  it('stores attachment bytes once by hash and exports them in the bundle', () => {
    const repo = open();
    seed(repo);
    const bytes = new TextEncoder().encode('Carers strategy 2025-2030');
    const sha = repo.putBlob(bytes);
    expect(repo.putBlob(bytes)).toBe(sha);
    expect(repo.hasBlob(sha)).toBe(true);
    expect(new TextDecoder().decode(repo.readBlob(sha))).toBe('Carers strategy 2025-2030');
    repo.commit([
      {
        type: 'put',
        collection: 'attachments',
        record: {
          id: 'f1',
          meetingId: 'm1',
          sha256: sha,
          originalName: 'strategy.pdf',
          mediaType: 'application/pdf',
          size: bytes.length,
          addedAt: '2025-06-01T09:00:00.000Z',
        },
      },
    ]);
    const bundle = repo.exportBundle();
    expect(bundle.attachmentData[sha]).toBe(Buffer.from(bytes).toString('base64'));
    expect(bundle.agendaItems.map((i) => i.id)).toEqual(['i1', 'i2', 'i3']);
    expect(bundle.actions.map((a) => a.id)).toEqual(['a1']);
    expect(repo.check()).toMatchObject({ sound: true, problems: [] });
  });

  it('reports in check a damaged attachment and a meeting record filed under the wrong meeting', () => {
    const repo = open();
    seed(repo);
    const sha = repo.putBlob(new TextEncoder().encode('original'));
    repo.close();
    const blob = path.join(dir, 'attachments', sha.slice(0, 2), sha);
    fs.chmodSync(blob, 0o644);
    fs.writeFileSync(blob, 'tampered');
    const m2File = path.join(dir, 'meetings', 'm2.json');
    const m2 = JSON.parse(fs.readFileSync(m2File, 'utf8')) as { agendaItems: { meetingId: string }[] };
    (m2.agendaItems[0] as { meetingId: string }).meetingId = 'm1';
    fs.writeFileSync(m2File, JSON.stringify(m2));
    const report = open({ readOnly: true }).check();
    expect(report.sound).toBe(false);
    expect(report.problems.some((p) => p.includes('damaged') && p.includes(sha))).toBe(true);
    expect(report.problems.some((p) => p.includes('i3') && p.includes('m1'))).toBe(true);
  });

  it('refuses writes once closed, and in read-only mode refuses every kind of write', () => {
    const repo = open();
    repo.close();
    expect(refusal(() => repo.commit([{ type: 'put', collection: 'boards', record: board() }])).code).toBe('io');
    const reader = open({ readOnly: true });
    expect(refusal(() => reader.putBlob(new Uint8Array([1]))).code).toBe('read_only');
    expect(refusal(() => reader.backup('manual')).code).toBe('read_only');
  });

  it('folds the journal into the files after a pause', async () => {
    store = openStore({ dataDir: dir, clock, idleCompactMs: 20 });
    seed(store);
    expect(fs.statSync(path.join(dir, 'journal.jsonl')).size).toBeGreaterThan(0);
    await waitFor(() => fs.statSync(path.join(dir, 'journal.jsonl')).size === 0);
    expect(fs.existsSync(path.join(dir, 'meetings', 'm1.json'))).toBe(true);
  });
});
