import fs from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { SCHEMA_VERSION } from '../../../shared/model';
import { seededRandom } from './seeded-random';

/*
 * Damage written into a file in place, as a sync client, an editor, antivirus "repair" or a failing disk writes it:
 * the same file (the same inode) is opened and overwritten, never replaced by a new file. Anything that shares the
 * inode (a hard link in a backup) shares the damage.
 */

export const DAMAGE_KINDS = ['truncated', 'garbage', 'wrong shape', 'old format', 'zero length'] as const;
export type DamageKind = (typeof DAMAGE_KINDS)[number];

/** The kinds of file a store holds, and what valid JSON of the wrong shape or an old format with wrong contents looks like for each. */
export type FileKind = 'core' | 'meeting' | 'journal' | 'attachment' | 'manifest';

function journalLine(entry: object): string {
  const json = JSON.stringify(entry);
  return `${crc32(Buffer.from(json, 'utf8')).toString(16).padStart(8, '0')} ${json}\n`;
}

function wrongShape(kind: FileKind, meetingId: string): string {
  switch (kind) {
    case 'core':
      return JSON.stringify({ schemaVersion: SCHEMA_VERSION, boards: 'not a list' });
    case 'meeting':
      return JSON.stringify({ schemaVersion: SCHEMA_VERSION, meetingId, agendaItems: 'not a list' });
    case 'journal':
      return journalLine({ v: SCHEMA_VERSION, at: '2025-08-01T09:00:00.000Z', ops: 'not a list' });
    case 'attachment':
      return JSON.stringify({ hello: 'world' });
    case 'manifest':
      return JSON.stringify({ createdAt: '2025-08-01T09:00:00.000Z', reason: 'manual', schemaVersion: SCHEMA_VERSION, files: 'not a list' });
  }
}

/** A valid header of an earlier format (the issue's own example for the core file), with contents that are wrong. */
function oldFormat(kind: FileKind, meetingId: string): string {
  switch (kind) {
    case 'core':
      return JSON.stringify({ schemaVersion: 1, boards: 'not a list' });
    case 'meeting':
      // Meeting files arrived with format 2.
      return JSON.stringify({ schemaVersion: 2, meetingId, agendaItems: 'not a list' });
    case 'journal':
      // So did the journal.
      return journalLine({ v: 2, at: '2025-08-01T09:00:00.000Z', ops: 'not a list' });
    case 'attachment':
      return JSON.stringify({ schemaVersion: 1, boards: 'not a list' });
    case 'manifest':
      return JSON.stringify({ schemaVersion: 1, files: 'not a list' });
  }
}

function overwriteInPlace(file: string, write: (fd: number, size: number) => void): void {
  const fd = fs.openSync(file, 'r+');
  try {
    write(fd, fs.fstatSync(fd).size);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Damages `file` in place and returns the bytes it holds afterwards. */
export function damageInPlace(file: string, damage: DamageKind, kind: FileKind, meetingId: string, seed: number): Buffer {
  overwriteInPlace(file, (fd, size) => {
    const replace = (text: string): void => {
      const bytes = Buffer.from(text, 'utf8');
      fs.writeSync(fd, bytes, 0, bytes.length, 0);
      fs.ftruncateSync(fd, bytes.length);
    };
    switch (damage) {
      case 'truncated':
        fs.ftruncateSync(fd, Math.floor(size / 2));
        return;
      case 'zero length':
        fs.ftruncateSync(fd, 0);
        return;
      case 'garbage': {
        // The start of the file overwritten with random bytes; whatever follows is left as it was.
        const random = seededRandom(seed);
        const bytes = Buffer.from(Array.from({ length: Math.max(1, Math.min(48, size)) }, () => random.int(256)));
        fs.writeSync(fd, bytes, 0, bytes.length, 0);
        return;
      }
      case 'wrong shape':
        replace(wrongShape(kind, meetingId));
        return;
      case 'old format':
        replace(oldFormat(kind, meetingId));
        return;
    }
  });
  return fs.readFileSync(file);
}

/** Every file under `dir` (recursively) whose bytes are exactly `bytes`. */
export function filesHolding(dir: string, bytes: Buffer): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((rel) => path.join(dir, rel))
    .filter((file) => fs.statSync(file).isFile() && fs.readFileSync(file).equals(bytes));
}
