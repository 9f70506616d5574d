import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SCHEMA_VERSION } from '../../../shared/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/backend/store/open-store';
import { restoreBackup } from '../../../electron/backend/store/restore';
import { StoreError } from '../../../electron/backend/store/store-error';
import { board, filesUnder, item, meeting, removeDir, tempDir, tickingClock, waitFor } from './records';

let dir: string;
const clock = tickingClock();
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => removeDir(dir));

const inode = (file: string): number => fs.statSync(file).ino;

describe('backups', () => {
  it('are made on open and on demand, hold real copies of every file with their hashes, and are listed newest first', () => {
    const store = openStore({ dataDir: dir, clock });
    const sha = store.putBlob(Buffer.from('%PDF-1.4 the carers report'));
    store.commit([
      { type: 'put', collection: 'boards', record: board() },
      { type: 'put', collection: 'meetings', record: meeting('m1') },
      { type: 'put', collection: 'agendaItems', record: item('i1', 'm1') },
    ]);
    const manual = store.backup('manual');
    expect(filesUnder(manual.path)).toEqual(['attachments/' + sha.slice(0, 2) + '/' + sha, 'manifest.json', 'meetings/m1.json', 'minute-book.json']);
    const manifest = JSON.parse(fs.readFileSync(path.join(manual.path, 'manifest.json'), 'utf8')) as {
      files: string[];
      schemaVersion: number;
      entries: { path: string; sha256: string; size: number }[];
    };
    expect(manifest.schemaVersion).toBe(SCHEMA_VERSION);
    expect(manifest.files).toEqual(['minute-book.json', 'meetings/m1.json', `attachments/${sha.slice(0, 2)}/${sha}`]);
    for (const entry of manifest.entries) {
      const bytes = fs.readFileSync(path.join(manual.path, ...entry.path.split('/')));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256);
      expect(bytes.length).toBe(entry.size);
      // A copy, never a link to the live file: damage written into the live file cannot reach it.
      expect(inode(path.join(manual.path, ...entry.path.split('/')))).not.toBe(inode(path.join(dir, ...entry.path.split('/'))));
    }
    expect(store.listBackups().map((b) => b.reason)).toEqual(['manual', 'open']);
    store.close();
  });

  it('share the copy of a file unchanged since the backup before, and copy only what changed', () => {
    const store = openStore({ dataDir: dir, clock });
    store.commit([
      { type: 'put', collection: 'boards', record: board() },
      { type: 'put', collection: 'meetings', record: meeting('m1') },
      { type: 'put', collection: 'meetings', record: meeting('m2', { date: '2025-07-01' }) },
      { type: 'put', collection: 'agendaItems', record: item('i1', 'm1') },
      { type: 'put', collection: 'agendaItems', record: item('i2', 'm2') },
    ]);
    const first = store.backup('manual');
    store.commit([{ type: 'put', collection: 'agendaItems', record: item('i2', 'm2', 0, { title: 'Changed' }) }]);
    const second = store.backup('manual');
    const at = (backup: { path: string }, rel: string): string => path.join(backup.path, ...rel.split('/'));
    expect(inode(at(second, 'meetings/m1.json'))).toBe(inode(at(first, 'meetings/m1.json')));
    expect(inode(at(second, 'meetings/m2.json'))).not.toBe(inode(at(first, 'meetings/m2.json')));
    expect(fs.readFileSync(at(second, 'meetings/m2.json'), 'utf8')).toContain('Changed');
    expect(fs.readFileSync(at(first, 'meetings/m2.json'), 'utf8')).not.toContain('Changed');
    store.close();
  });

  it('are not repeated on open when nothing has changed since the last one', () => {
    openStore({ dataDir: dir, clock }).close();
    openStore({ dataDir: dir, clock }).close();
    const store = openStore({ dataDir: dir, clock });
    expect(store.listBackups()).toHaveLength(1);
    store.close();
  });

  it('are made at the set interval while the folder is open', async () => {
    const store = openStore({ dataDir: dir, clock, backupIntervalMs: 30 });
    store.commit([{ type: 'put', collection: 'boards', record: board() }]);
    await waitFor(() => store.listBackups().length === 2);
    expect(store.listBackups().map((b) => b.reason)).toEqual(['interval', 'open']);
    store.close();
  });

  it('are kept by the retention policy: many made within the hour leave the newest few', () => {
    const store = openStore({ dataDir: dir, clock });
    const made = [1, 2, 3, 4, 5, 6].map((n) => {
      store.commit([{ type: 'put', collection: 'boards', record: board('b1', { name: `Board ${n}` }) }]);
      return store.backup('interval');
    });
    // The newest three always; the hour's and the day's backup is the newest, so nothing older is needed.
    expect(store.listBackups().map((b) => b.name)).toEqual(
      made
        .slice(3)
        .reverse()
        .map((b) => b.name),
    );
    store.close();
  });

  it("keep a live file's last good copy when the file is found damaged while backing up, and put the file right", () => {
    const store = openStore({ dataDir: dir, clock });
    store.commit([
      { type: 'put', collection: 'boards', record: board() },
      { type: 'put', collection: 'meetings', record: meeting('m1') },
      { type: 'put', collection: 'agendaItems', record: item('i1', 'm1') },
    ]);
    const good = store.backup('manual');
    expect(store.meeting('m1').agendaItems).toHaveLength(1);
    writeInPlace(path.join(dir, 'meetings', 'm1.json'), '{"schemaVersion": 3, "meetingId": "m1", "agendaItems": "gone"}');
    const next = store.backup('manual');
    expect(inode(path.join(next.path, 'meetings', 'm1.json'))).toBe(inode(path.join(good.path, 'meetings', 'm1.json')));
    const manifest = JSON.parse(fs.readFileSync(path.join(next.path, 'manifest.json'), 'utf8')) as { damaged?: string[] };
    expect(manifest.damaged).toEqual(['meetings/m1.json']);
    // The store held the meeting in memory, so the live file is written again from it.
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'meetings', 'm1.json'), 'utf8'))).toMatchObject({ agendaItems: [{ id: 'i1' }] });
    expect(store.notices().some((n) => n.message.includes('could no longer be read'))).toBe(true);
    store.close();
  });
});

function writeInPlace(file: string, text: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.ftruncateSync(fd, 0);
    fs.writeSync(fd, Buffer.from(text), 0);
  } finally {
    fs.closeSync(fd);
  }
}

describe('restoreBackup', () => {
  it('puts a backup back, keeping the state it replaces as a backup of its own', () => {
    const store = openStore({ dataDir: dir, clock });
    store.commit([
      { type: 'put', collection: 'boards', record: board() },
      { type: 'put', collection: 'meetings', record: meeting('m1') },
      { type: 'put', collection: 'agendaItems', record: item('i1', 'm1') },
    ]);
    const good = store.backup('manual');
    store.commit([
      { type: 'put', collection: 'meetings', record: meeting('m2') },
      { type: 'put', collection: 'agendaItems', record: item('i1', 'm1', 0, { title: 'Changed after the backup' }) },
    ]);
    expect(() => restoreBackup(dir, good.name, { clock })).toThrow(/in use by Minute Book/);
    store.close();

    const result = restoreBackup(dir, good.name, { clock });
    expect(result.restored.name).toBe(good.name);
    expect(result.before.reason).toBe('before-restore');

    const restored = openStore({ dataDir: dir, clock });
    expect(restored.all('meetings').map((m) => m.id)).toEqual(['m1']);
    expect(restored.meeting('m1').agendaItems[0]?.title).toBe('Item i1');
    expect(fs.readdirSync(path.join(dir, 'meetings'))).toEqual(['m1.json']);
    expect(restored.check().sound).toBe(true);
    restored.close();

    // The restore can itself be undone.
    restoreBackup(dir, result.before.path, { clock });
    const undone = openStore({ dataDir: dir, clock });
    expect(undone.all('meetings').map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(undone.meeting('m1').agendaItems[0]?.title).toBe('Changed after the backup');
    undone.close();
  });

  it('refuses an unknown or damaged backup without changing anything', () => {
    const store = openStore({ dataDir: dir, clock });
    store.commit([{ type: 'put', collection: 'boards', record: board() }]);
    const backup = store.backup('manual');
    store.close();
    expect(() => restoreBackup(dir, 'no-such-backup', { clock })).toThrow(StoreError);
    const core = path.join(backup.path, 'minute-book.json');
    fs.chmodSync(core, 0o644);
    fs.writeFileSync(core, '{"schemaVersion": 2');
    const before = fs.readFileSync(path.join(dir, 'minute-book.json'));
    expect(() => restoreBackup(dir, backup.name, { clock })).toThrow(/cannot be restored/);
    expect(fs.readFileSync(path.join(dir, 'minute-book.json')).equals(before)).toBe(true);
  });
});
