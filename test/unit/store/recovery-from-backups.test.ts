import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/backend/store/open-store';
import type { Repository } from '../../../electron/backend/store/repository-types';
import { restoreBackup } from '../../../electron/backend/store/restore';
import { mirrorDirOf } from '../../../electron/backend/store/second-folder';
import { layoutOf } from '../../../electron/backend/store/layout';
import { runCli } from '../../support/run-cli';
import { board, filesUnder, item, meeting, minute, removeDir, resolution, tempDir, tickingClock } from './records';

/*
 * Issue 13's numbered points 1 to 3: damage written into a file in place (as a sync client, an editor or antivirus
 * "repair" does) never reaches the backups, and every kind of store file comes back from them.
 */

let dir: string;
const clock = tickingClock();
const open = (readOnly = false): Repository => openStore({ dataDir: dir, clock, readOnly });
const REPORT = Buffer.from('%PDF-1.4\n% The carers strategy report\n');

/** Overwrites a file's bytes in place: the same inode, as OneDrive or Dropbox write. */
function damageInPlace(file: string, bytes: Buffer | string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.ftruncateSync(fd, 0);
    fs.writeSync(fd, typeof bytes === 'string' ? Buffer.from(bytes) : bytes, 0);
  } finally {
    fs.closeSync(fd);
  }
}

let sha = '';
beforeEach(() => {
  dir = tempDir();
  const first = open();
  sha = first.putBlob(REPORT);
  first.commit([
    { type: 'put', collection: 'boards', record: board() },
    { type: 'put', collection: 'meetings', record: meeting('m1', { status: 'minutes-signed' }) },
    ...[1, 2, 3, 4, 5].map((n) => ({ type: 'put' as const, collection: 'agendaItems' as const, record: item(`i${n}`, 'm1', n) })),
    { type: 'put', collection: 'minutes', record: minute('n1', 'm1', 'i1', 'The board approved the carers strategy.') },
    { type: 'put', collection: 'resolutions', record: resolution('r1', 'm1', 'i1') },
    {
      type: 'put',
      collection: 'attachments',
      record: {
        id: 'a1',
        meetingId: 'm1',
        itemId: 'i1',
        originalName: 'carers-strategy.pdf',
        mediaType: 'application/pdf',
        size: REPORT.length,
        sha256: sha,
        addedAt: clock.now(),
      },
    },
  ]);
  first.close();
  // The second opening makes the backup that holds the signed meeting.
  open().close();
});
afterEach(() => removeDir(dir));

describe('a signed meeting whose file is overwritten in place', () => {
  it('comes back whole from the backup, with the damaged file kept aside', () => {
    const file = path.join(dir, 'meetings', 'm1.json');
    const before = fs.readFileSync(file);
    damageInPlace(file, '{"schemaVersion": 3, "meetingId": "m1", "agendaItems": []');
    const repo = open();
    expect(repo.meeting('m1').agendaItems.map((i) => i.id)).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
    expect(repo.meeting('m1').minutes[0]?.text).toBe('The board approved the carers strategy.');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(filesUnder(path.join(dir, 'corrupt'))).toHaveLength(1);
    expect(
      repo
        .notices()
        .map((n) => n.message)
        .join('\n'),
    ).toContain('restored from the backup of');
    expect(repo.check().sound).toBe(true);
    repo.close();
  });
});

describe('a core file damaged in place', () => {
  it.each([
    ['marked as an older format', '{"schemaVersion":1,"boards":"not a list"}'],
    ['marked as format 2', '{"schemaVersion":2,"boards":"not a list"}'],
    ['zero length', ''],
  ])('(%s) is set aside and restored, and the store opens for editing', (_kind, damage) => {
    damageInPlace(path.join(dir, 'minute-book.json'), damage);
    const repo = open();
    expect(repo.get('boards', 'b1')?.shortCode).toBe('MCPB');
    expect(repo.meeting('m1').agendaItems).toHaveLength(5);
    const aside = filesUnder(path.join(dir, 'corrupt'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, 'corrupt', aside[0] ?? ''), 'utf8')).toBe(damage);
    expect(repo.notices().find((n) => n.level === 'warning')?.message).toContain('restored from the backup of');
    expect(repo.check().sound).toBe(true);
    repo.close();
  });

  it('marked as an older format is shown from its backup by list, and named by check with the way to repair it', async () => {
    damageInPlace(path.join(dir, 'minute-book.json'), '{"schemaVersion":1,"boards":"not a list"}');
    const listed = await runCli('list', 'boards', '--data', dir, '--json');
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.out)).toMatchObject([{ id: 'b1' }]);
    expect(listed.err).toContain('shown instead');

    const checked = await runCli('check', '--data', dir);
    expect(checked.code).toBe(1);
    expect(checked.out).toContain(`${path.join(dir, 'minute-book.json')} says it is in format 1 but does not match it`);
    expect(checked.out).toContain('minute-book check --repair');

    const repaired = await runCli('check', '--repair', '--data', dir);
    expect(repaired.code).toBe(0);
    expect(repaired.out).toContain('restored from the backup of');
    expect(repaired.out).toContain('is sound');
  });
});

describe('attachments', () => {
  const blob = (): string => path.join(dir, 'attachments', sha.slice(0, 2), sha);

  it('are in the backups, and a missing one comes back from them when it is read', () => {
    fs.rmSync(blob());
    const repo = open();
    expect(Buffer.from(repo.readBlob(sha)).equals(REPORT)).toBe(true);
    expect(fs.readFileSync(blob()).equals(REPORT)).toBe(true);
    expect(
      repo
        .notices()
        .map((n) => n.message)
        .join('\n'),
    ).toContain('was missing');
    repo.close();
  });

  it('damaged in place come back from the backups, the damaged bytes kept aside', () => {
    damageInPlace(blob(), 'not the report');
    const repo = open();
    expect(Buffer.from(repo.readBlob(sha)).equals(REPORT)).toBe(true);
    expect(filesUnder(path.join(dir, 'corrupt')).some((f) => f.endsWith(sha))).toBe(true);
    repo.close();
  });

  it('missing with no backup holding them are refused with a message that says so', () => {
    fs.rmSync(blob());
    for (const name of fs.readdirSync(path.join(dir, 'backups'))) fs.rmSync(path.join(dir, 'backups', name), { recursive: true });
    const repo = open();
    expect(() => repo.readBlob(sha)).toThrow(/no backup holds a copy of it/);
    repo.close();
  });
});

describe('check', () => {
  it('names every damaged file, in the data folder and in the backups', () => {
    damageInPlace(path.join(dir, 'meetings', 'm1.json'), 'garbage');
    damageInPlace(path.join(dir, 'attachments', sha.slice(0, 2), sha), 'garbage');
    const backup = fs.readdirSync(path.join(dir, 'backups'))[0] ?? '';
    damageInPlace(path.join(dir, 'backups', backup, 'minute-book.json'), 'garbage');
    const repo = open(true);
    const problems = repo.check().problems.join('\n');
    expect(problems).toContain(`The meeting file ${path.join(dir, 'meetings', 'm1.json')} cannot be read`);
    expect(problems).toContain(`The attachment file ${path.join(dir, 'attachments', sha.slice(0, 2), sha)} is damaged`);
    expect(problems).toContain(`The copy of minute-book.json in the backup ${path.join(dir, 'backups', backup)} is damaged`);
    repo.close();
  });
});

describe('the second backup folder', () => {
  let second: string;
  beforeEach(() => {
    second = tempDir('mb-second-');
  });
  afterEach(() => removeDir(second));

  it('gets a checked copy of each backup, and a lost laptop is restored from it into a new folder', () => {
    const repo = open();
    repo.updateBackupSettings({ secondFolder: second, budgetMb: 2048 });
    repo.commit([{ type: 'put', collection: 'minutes', record: minute('n2', 'm1', 'i2', 'Written after the settings changed.') }]);
    const made = repo.backup('manual');
    const overview = repo.backupOverview();
    expect(overview.secondFolder?.path).toBe(mirrorDirOf(layoutOf(dir), second));
    expect(overview.secondFolder?.lastCopiedAt).toBe(made.createdAt);
    expect(overview.secondFolder?.problem).toBeUndefined();
    expect(overview.backups.find((b) => b.name === made.name)?.secondCopy).toBe(true);
    repo.close();

    const newLaptop = tempDir('mb-new-laptop-');
    try {
      restoreBackup(newLaptop, path.join(mirrorDirOf(layoutOf(dir), second), made.name), { clock });
      const restored = openStore({ dataDir: newLaptop, clock });
      expect(restored.meeting('m1').minutes.map((m) => m.text)).toContain('Written after the settings changed.');
      expect(Buffer.from(restored.readBlob(sha)).equals(REPORT)).toBe(true);
      expect(restored.check().sound).toBe(true);
      restored.close();
    } finally {
      removeDir(newLaptop);
    }
  });

  it('that cannot be reached is reported in plain words, and the backup itself is still made', () => {
    const repo = open();
    const unplugged = path.join(second, 'usb-disk-not-plugged-in', 'backups');
    repo.updateBackupSettings({ secondFolder: unplugged, budgetMb: 2048 });
    repo.commit([{ type: 'put', collection: 'minutes', record: minute('n2', 'm1', 'i2', 'Another change.') }]);
    const made = repo.backup('manual');
    expect(repo.listBackups()[0]?.name).toBe(made.name);
    expect(repo.backupOverview().secondFolder?.problem).toContain('cannot be found: is the disk plugged in');
    expect(repo.notices().some((n) => n.message.includes('cannot be found'))).toBe(true);
    repo.close();
  });
});

describe('backups before a conversion', () => {
  it('do not pile up when an older folder fails to open again and again', () => {
    removeDir(dir);
    dir = tempDir();
    // A format 2 folder whose meeting record lacks its meeting: the conversion refuses it each time.
    fs.writeFileSync(path.join(dir, 'minute-book.json'), JSON.stringify({ schemaVersion: 1, boards: [], agendaItems: [{ id: 'x' }] }));
    for (let n = 0; n < 8; n += 1) expect(() => open()).toThrow();
    const kept = fs.readdirSync(path.join(dir, 'backups')).filter((name) => name.endsWith('before-migration') || /before-migration-\d+$/.test(name));
    expect(kept.length).toBeLessThanOrEqual(3);
  });
});
