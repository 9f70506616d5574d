import { createHash } from 'node:crypto';
import path from 'node:path';

/** Where everything lives inside a data folder. Every path the store touches is named here. */
export const CORE_FILE = 'minute-book.json';
export const MEETINGS_DIR = 'meetings';
export const JOURNAL_FILE = 'journal.jsonl';
export const ATTACHMENTS_DIR = 'attachments';
export const BACKUPS_DIR = 'backups';
export const CORRUPT_DIR = 'corrupt';
export const LOCK_FILE = 'minute-book.lock';
export const MANIFEST_FILE = 'manifest.json';

export type Layout = {
  readonly dataDir: string;
  readonly coreFile: string;
  readonly meetingsDir: string;
  readonly journalFile: string;
  readonly attachmentsDir: string;
  readonly backupsDir: string;
  readonly corruptDir: string;
  readonly lockFile: string;
};

export function layoutOf(dataDir: string): Layout {
  const dir = path.resolve(dataDir);
  return {
    dataDir: dir,
    coreFile: path.join(dir, CORE_FILE),
    meetingsDir: path.join(dir, MEETINGS_DIR),
    journalFile: path.join(dir, JOURNAL_FILE),
    attachmentsDir: path.join(dir, ATTACHMENTS_DIR),
    backupsDir: path.join(dir, BACKUPS_DIR),
    corruptDir: path.join(dir, CORRUPT_DIR),
    lockFile: path.join(dir, LOCK_FILE),
  };
}

// Lower case only, so two ids differing in case never share a file on Windows or macOS.
const SAFE_NAME = /^[a-z0-9][a-z0-9_-]{0,99}$/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * The file name of a meeting's file. Ids are opaque, so one that is not a safe file name on every platform is
 * named by a hash instead; the file itself records the real id.
 */
export function meetingFileName(meetingId: string): string {
  if (SAFE_NAME.test(meetingId) && !WINDOWS_RESERVED.test(meetingId)) return `${meetingId}.json`;
  return `~${createHash('sha256').update(meetingId, 'utf8').digest('hex').slice(0, 40)}.json`;
}

/** The path of a meeting's file relative to the data folder, as backups record it. */
export const meetingRelPath = (meetingId: string): string => `${MEETINGS_DIR}/${meetingFileName(meetingId)}`;

export const meetingFilePath = (layout: Layout, meetingId: string): string => path.join(layout.meetingsDir, meetingFileName(meetingId));

export const SHA256_HEX = /^[0-9a-f]{64}$/;

export const blobPath = (layout: Layout, sha256: string): string => path.join(layout.attachmentsDir, sha256.slice(0, 2), sha256);

/** A UTC stamp that sorts in time order and is a valid folder name everywhere (no colons). */
export function fileStamp(iso: string): string {
  const parsed = new Date(iso);
  const normal = Number.isNaN(parsed.getTime()) ? new Date() : parsed;
  return normal.toISOString().replace(/:/g, '-').replace('.', '-');
}
