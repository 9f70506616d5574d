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

describe('backups', () => {
  it('are made on open and on demand, hold the data files and a manifest, and are listed newest first', () => {
    const store = openStore({ dataDir: dir, clock });
    store.commit([
      { type: 'put', collection: 'boards', record: board() },
      { type: 'put', collection: 'meetings', record: meeting('m1') },
      { type: 'put', collection: 'agendaItems', record: item('i1', 'm1') },
    ]);
    const manual = store.backup('manual');
    expect(filesUnder(manual.path)).toEqual(['manifest.json', 'meetings/m1.json', 'minute-book.json']);
    const manifest = JSON.parse(fs.readFileSync(path.join(manual.path, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toEqual({ createdAt: manual.createdAt, reason: 'manual', schemaVersion: SCHEMA_VERSION, files: ['minute-book.json', 'meetings/m1.json'] });
    expect(store.listBackups().map((b) => b.reason)).toEqual(['manual', 'open']);
    // Meeting files are hard links: a snapshot that costs no space, safe because files are only replaced by rename.
    expect(fs.statSync(path.join(manual.path, 'meetings', 'm1.json')).ino).toBe(fs.statSync(path.join(dir, 'meetings', 'm1.json')).ino);
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

  it('keep only the newest N', () => {
    const store = openStore({ dataDir: dir, clock, keepBackups: 3 });
    const made = [1, 2, 3, 4, 5].map((n) => store.backup(`manual ${n}`));
    expect(store.listBackups().map((b) => b.name)).toEqual(made.slice(2).reverse().map((b) => b.name));
    expect(fs.readdirSync(path.join(dir, 'backups'))).toHaveLength(3);
    store.close();
  });
});

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
