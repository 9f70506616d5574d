import fs from 'node:fs';
import path from 'node:path';
import { SCHEMA_VERSION } from '../../../shared/model';
import { systemClock, type Clock } from '../context';
import { backupFilePath, createBackup, currentDataFiles, readManifest, rotateBackups } from './backups';
import { declaredVersion, decodeCoreFile, decodeMeetingFile } from './codecs';
import { ensureDir, fsyncDir, writeFileDurable } from './durable-file';
import { readJsonFile } from './json-file';
import { CORE_FILE, JOURNAL_FILE, MEETINGS_DIR, layoutOf, type Layout } from './layout';
import { acquireLock } from './lock';
import { migrateToCurrent } from './migrations';
import { DEFAULT_KEEP_BACKUPS } from './open-store';
import type { BackupInfo } from './repository-types';
import { StoreError } from './store-error';

export type RestoreResult = {
  /** The backup now in use. */
  readonly restored: BackupInfo;
  /** The state just before the restore, kept as a backup of its own. */
  readonly before: BackupInfo;
};

function findBackup(layout: Layout, nameOrPath: string): BackupInfo {
  const candidates = [path.resolve(nameOrPath), path.join(layout.backupsDir, nameOrPath)];
  for (const dir of candidates) {
    const manifest = readManifest(dir);
    if (manifest !== undefined) return { name: path.basename(dir), path: dir, createdAt: manifest.createdAt, reason: manifest.reason };
  }
  throw new StoreError('unreadable', `There is no backup called "${nameOrPath}" (looked in ${layout.backupsDir}).`);
}

/** Reads every file of the backup before anything is changed, so a bad backup is refused rather than half restored. */
function verifyBackup(backup: BackupInfo, files: readonly string[]): void {
  const fail = (rel: string, reason: string): StoreError =>
    new StoreError('unreadable', `The backup ${backup.path} cannot be restored: ${rel} ${reason}. Nothing has been changed.`);
  if (!files.includes(CORE_FILE)) throw fail(CORE_FILE, 'is not in it');
  for (const rel of files) {
    if (rel === JOURNAL_FILE) continue;
    const parsed = readJsonFile(backupFilePath(backup, rel));
    if (parsed.kind !== 'parsed') throw fail(rel, parsed.kind === 'missing' ? 'is missing' : parsed.reason);
    if (rel === CORE_FILE) {
      const version = declaredVersion(parsed.json);
      if (version !== undefined && version < SCHEMA_VERSION) {
        // An older format is converted when the folder is next opened; here it only has to be convertible.
        migrateToCurrent(parsed.json, `${rel} in the backup`);
        continue;
      }
      const decoded = decodeCoreFile(parsed.json, `${rel} in the backup`);
      if (!decoded.ok) throw fail(rel, `does not match the data format: ${decoded.reason}`);
    } else {
      const claimed = (parsed.json as { meetingId?: unknown } | null)?.meetingId;
      const decoded = decodeMeetingFile(parsed.json, `${rel} in the backup`, typeof claimed === 'string' ? claimed : '');
      if (!decoded.ok) throw fail(rel, `does not match the data format: ${decoded.reason}`);
    }
  }
}

/**
 * Puts a backup back in place of the current data (`minute-book restore`). The folder must not be open for
 * editing anywhere. The current state, journal included, is first kept as a backup named 'before-restore', so a
 * restore can itself be undone.
 */
export function restoreBackup(dataDir: string, nameOrPath: string, options: { readonly clock?: Clock; readonly keepBackups?: number } = {}): RestoreResult {
  const layout = layoutOf(dataDir);
  const clock = options.clock ?? systemClock;
  const backup = findBackup(layout, nameOrPath);
  const manifest = readManifest(backup.path);
  if (manifest === undefined) throw new StoreError('unreadable', `The backup ${backup.path} has no readable manifest.`);
  if (manifest.schemaVersion > SCHEMA_VERSION) {
    throw new StoreError(
      'future_version',
      `The backup ${backup.path} was written by a newer version of Minute Book (format ${manifest.schemaVersion}); this version reads up to ${SCHEMA_VERSION}; update Minute Book.`,
    );
  }
  verifyBackup(backup, manifest.files);

  const lock = acquireLock(layout.dataDir, clock.now());
  try {
    const current = currentDataFiles(layout, { includeJournal: true });
    const onDisk = readJsonFile(layout.coreFile);
    const before = createBackup(layout, clock, {
      reason: 'before-restore',
      schemaVersion: (onDisk.kind === 'parsed' ? declaredVersion(onDisk.json) : undefined) ?? SCHEMA_VERSION,
      files: current,
      // The journal is appended to in place, so it is copied, not linked.
      copy: [JOURNAL_FILE],
    });

    // The journal first: its changes belong to the state being replaced (and are kept in `before`).
    const journal = manifest.files.includes(JOURNAL_FILE) ? fs.readFileSync(backupFilePath(backup, JOURNAL_FILE)) : '';
    writeFileDurable(layout.journalFile, journal);
    const wanted = new Set(manifest.files.filter((rel) => rel.startsWith(`${MEETINGS_DIR}/`)));
    if (wanted.size > 0) ensureDir(layout.meetingsDir);
    for (const rel of wanted) writeFileDurable(path.join(layout.dataDir, ...rel.split('/')), fs.readFileSync(backupFilePath(backup, rel)));
    for (const rel of current) {
      if (rel.startsWith(`${MEETINGS_DIR}/`) && !wanted.has(rel)) fs.rmSync(path.join(layout.dataDir, ...rel.split('/')), { force: true });
    }
    if (fs.existsSync(layout.meetingsDir)) fsyncDir(layout.meetingsDir);
    // The core file last: it decides what the folder holds.
    writeFileDurable(layout.coreFile, fs.readFileSync(backupFilePath(backup, CORE_FILE)));
    rotateBackups(layout, options.keepBackups ?? DEFAULT_KEEP_BACKUPS, new Set([backup.name, before.name]));
    return { restored: backup, before };
  } finally {
    lock.release();
  }
}
