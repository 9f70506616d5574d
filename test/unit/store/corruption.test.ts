import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../shared/model';
import { openStore } from '../../../electron/backend/store/open-store';
import type { Repository } from '../../../electron/backend/store/repository-types';
import { StoreError } from '../../../electron/backend/store/store-error';
import { board, filesUnder, item, meeting, minute, removeDir, tempDir, tickingClock } from './records';

let dir: string;
const clock = tickingClock();
const open = (readOnly = false): Repository => openStore({ dataDir: dir, clock, readOnly });
const coreFile = (): string => path.join(dir, 'minute-book.json');
const m1File = (): string => path.join(dir, 'meetings', 'm1.json');

beforeEach(() => {
  dir = tempDir();
  // Two sessions: the second opening backs up the seeded state.
  const first = open();
  first.commit([
    { type: 'put', collection: 'boards', record: board() },
    { type: 'put', collection: 'meetings', record: meeting('m1') },
    { type: 'put', collection: 'agendaItems', record: item('i1', 'm1') },
    { type: 'put', collection: 'minutes', record: minute('n1', 'm1', 'i1', 'The board noted the carers survey.') },
  ]);
  first.close();
  open().close();
});
afterEach(() => removeDir(dir));

function refusal(fn: () => unknown): StoreError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/**
 * Damage written into the file in place, as a sync client (OneDrive, Dropbox), an editor or a disk fault does:
 * the same inode, new bytes. Backups hold real copies, so the damage cannot reach them.
 */
function replaceFile(file: string, bytes: Buffer | string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.ftruncateSync(fd, 0);
    fs.writeSync(fd, typeof bytes === 'string' ? Buffer.from(bytes) : bytes, 0);
  } finally {
    fs.closeSync(fd);
  }
}

/** The one file in corrupt/, and its bytes. */
function setAside(): { file: string; bytes: Buffer } {
  const files = filesUnder(path.join(dir, 'corrupt'));
  expect(files).toHaveLength(1);
  const file = path.join(dir, 'corrupt', files[0] ?? '');
  return { file, bytes: fs.readFileSync(file) };
}

const damages: [string, (bytes: Buffer) => Buffer][] = [
  ['garbage', () => Buffer.from([0xff, 0xfe, 0x00, 0x13, 0x37, 0x42, 0x99])],
  ['truncated', (bytes) => bytes.subarray(0, Math.floor(bytes.length / 2))],
  ['schema-invalid', (bytes) => Buffer.from(bytes.toString('utf8').replace('"id": ', '"identifier": '))],
  ['empty', () => Buffer.alloc(0)],
];

describe('a damaged core file', () => {
  it.each(damages)('(%s) is moved aside byte for byte and the newest good backup restored, with a notice', (_kind, damage) => {
    const newestBackup = fs.readdirSync(path.join(dir, 'backups')).sort().at(-1) ?? 'none';
    const damaged = damage(fs.readFileSync(coreFile()));
    fs.writeFileSync(coreFile(), damaged);

    const repo = open();
    expect(repo.get('boards', 'b1')?.shortCode).toBe('MCPB');
    expect(repo.meeting('m1').minutes[0]?.text).toBe('The board noted the carers survey.');
    const aside = setAside();
    expect(aside.bytes.equals(damaged)).toBe(true);
    const notice = repo.notices().find((n) => n.message.includes('main data file'));
    expect(notice?.level).toBe('warning');
    expect(notice?.message).toContain(aside.file);
    expect(notice?.message).toContain(path.join(dir, 'backups', newestBackup));
    expect(notice?.message).toContain('may be missing');
    expect(repo.check()).toMatchObject({ sound: true });
    repo.close();
  });

  it('loses only what changed after the backup, and keeps the files of meetings the backup does not know', () => {
    const repo = open();
    repo.commit([
      { type: 'put', collection: 'meetings', record: meeting('m2', { date: '2025-09-09' }) },
      { type: 'put', collection: 'agendaItems', record: item('i2', 'm2') },
    ]);
    repo.close();
    const m2Bytes = fs.readFileSync(path.join(dir, 'meetings', 'm2.json'));
    fs.writeFileSync(coreFile(), '{"schemaVersion": 2, "boards": [');

    const restored = open();
    expect(restored.all('meetings').map((m) => m.id)).toEqual(['m1']);
    const orphanNotice = restored.notices().find((n) => n.message.includes('does not know'));
    const kept = filesUnder(path.join(dir, 'corrupt')).filter((f) => f.endsWith('m2.json'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, 'corrupt', kept[0] ?? '')).equals(m2Bytes)).toBe(true);
    expect(orphanNotice?.message).toContain(kept[0] ?? '');
    expect(restored.check().sound).toBe(true);
    restored.close();
  });

  it('without any good backup is left exactly where it is and the store refuses to open, saying so plainly', () => {
    for (const backup of fs.readdirSync(path.join(dir, 'backups'))) fs.rmSync(path.join(dir, 'backups', backup), { recursive: true });
    fs.writeFileSync(coreFile(), 'not json');
    const error = refusal(() => open());
    expect(error.code).toBe('unreadable');
    expect(error.message).toContain('holds a good copy of it');
    expect(error.message).toContain('minute-book restore');
    expect(fs.readFileSync(coreFile(), 'utf8')).toBe('not json');
    expect(fs.existsSync(path.join(dir, 'corrupt'))).toBe(false);
  });

  it('read-only shows the backup copy and changes nothing on disk', () => {
    fs.writeFileSync(coreFile(), 'not json');
    const repo = open(true);
    expect(repo.get('boards', 'b1')).toBeDefined();
    expect(repo.notices()[0]?.message).toContain('next time the folder is opened for editing');
    expect(fs.readFileSync(coreFile(), 'utf8')).toBe('not json');
    expect(repo.check().sound).toBe(false);
    repo.close();
  });
});

describe('a damaged meeting file', () => {
  it.each(damages)(
    '(%s), written in place, is found on opening, moved aside byte for byte and restored from the newest good backup',
    (_kind, damage) => {
      const damaged = damage(fs.readFileSync(m1File()));
      replaceFile(m1File(), damaged);

      const repo = open();
      // The backup made on opening reads every file changed since the last one, so the damage is found at once.
      expect(repo.notices().filter((n) => n.level !== 'info')).toHaveLength(1);
      expect(repo.meeting('m1').minutes.map((m) => m.text)).toEqual(['The board noted the carers survey.']);
      const aside = setAside();
      expect(aside.bytes.equals(damaged)).toBe(true);
      const notice = repo.notices().find((n) => n.message.includes('meeting of 2025-06-10'));
      expect(notice?.message).toContain(aside.file);
      expect(notice?.message).toContain('restored from the backup of');
      repo.close();
      expect(open().check().sound).toBe(true);
    },
  );

  it('with no good backup is moved aside and the clerk told that the meeting’s records are missing', () => {
    for (const backup of fs.readdirSync(path.join(dir, 'backups'))) fs.rmSync(path.join(dir, 'backups', backup), { recursive: true });
    replaceFile(m1File(), '{"broken": ');
    const repo = open();
    expect(repo.meeting('m1').agendaItems).toEqual([]);
    const notice = repo.notices().find((n) => n.level === 'error');
    expect(notice?.message).toContain('No backup holds a good copy');
    expect(notice?.message).toContain('missing');
    expect(setAside().bytes.toString('utf8')).toBe('{"broken": ');
    repo.close();
  });
});

describe('a file from a newer version of Minute Book', () => {
  it('is refused with future_version and left untouched', () => {
    const future = JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, boards: [], people: [], memberships: [], meetings: [], committees: [] });
    fs.writeFileSync(coreFile(), future);
    const error = refusal(() => open());
    expect(error.code).toBe('future_version');
    expect(error.message).toContain(
      `written by a newer version of Minute Book (format ${SCHEMA_VERSION + 1}); this version reads up to ${SCHEMA_VERSION}; update Minute Book`,
    );
    expect(fs.readFileSync(coreFile(), 'utf8')).toBe(future);
    expect(fs.existsSync(path.join(dir, 'corrupt'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'minute-book.lock'))).toBe(false);
  });

  it('is refused for a meeting file too, when that meeting is opened', () => {
    const data = JSON.parse(fs.readFileSync(m1File(), 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(m1File(), JSON.stringify({ ...data, schemaVersion: 9 }));
    const repo = open();
    expect(refusal(() => repo.meeting('m1')).code).toBe('future_version');
    expect(fs.existsSync(path.join(dir, 'corrupt'))).toBe(false);
    repo.close();
  });
});
