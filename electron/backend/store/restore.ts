import fs from 'node:fs';
import path from 'node:path';
import { SCHEMA_VERSION } from '../../../shared/model';
import { systemClock, type Clock } from '../context';
import { makeBackup } from './backup-keeper';
import { entriesByPath } from './backup-manifest';
import { backupFilePath, currentAttachmentFiles, currentDataFiles, readManifest, type Manifest } from './backups';
import { sha256Hex } from './blobs';
import { declaredVersion } from './codecs';
import { ensureDir, fsyncDir, readFileIfExists, writeFileDurable } from './durable-file';
import { damageIn, isAttachmentRel } from './store-files';
import { readJsonFile } from './json-file';
import { CORE_FILE, JOURNAL_FILE, MEETINGS_DIR, layoutOf, type Layout } from './layout';
import { acquireLock } from './lock';
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

/**
 * Reads every file of the backup before anything is changed, so a bad backup is refused rather than half restored:
 * each must read, match the data format (an older one must convert) and, where the manifest lists hashes, match
 * its hash.
 */
function verifyBackup(backup: BackupInfo, manifest: Manifest): void {
  const fail = (rel: string, reason: string): StoreError =>
    new StoreError('unreadable', `The backup ${backup.path} cannot be restored: ${rel} ${reason}. Nothing has been changed.`);
  if (!manifest.files.includes(CORE_FILE)) throw fail(CORE_FILE, 'is not in it');
  const hashes = entriesByPath(manifest);
  for (const rel of manifest.files) {
    const bytes = readFileIfExists(backupFilePath(backup, rel));
    if (bytes === undefined) throw fail(rel, 'is missing');
    const expected = hashes.get(rel)?.sha256;
    if (expected !== undefined && sha256Hex(bytes) !== expected) throw fail(rel, 'has been damaged since the backup was made');
    const problem = damageIn(rel, bytes);
    if (problem !== undefined) throw fail(rel, problem.replace(/^it /, ''));
  }
}

/**
 * Puts a backup back in place of the current data (`minute-book restore`). The folder must not be open for
 * editing anywhere. The current state, journal included, is first kept as a backup named 'before-restore', so a
 * restore can itself be undone.
 */
export function restoreBackup(dataDir: string, nameOrPath: string, options: { readonly clock?: Clock } = {}): RestoreResult {
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
  verifyBackup(backup, manifest);

  // Into a new, empty folder too: a lost laptop's data comes back from the second backup folder.
  ensureDir(layout.dataDir);
  const lock = acquireLock(layout.dataDir, clock.now());
  try {
    const current = currentDataFiles(layout, { includeJournal: true });
    const onDisk = readJsonFile(layout.coreFile);
    const before = makeBackup(
      layout,
      clock,
      {
        reason: 'before-restore',
        schemaVersion: (onDisk.kind === 'parsed' ? declaredVersion(onDisk.json) : undefined) ?? SCHEMA_VERSION,
        files: [...current, ...currentAttachmentFiles(layout)],
      },
      new Set([backup.name]),
    );

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
    // Attachments are never deleted: only those missing or damaged here are put back.
    for (const rel of manifest.files) {
      if (!isAttachmentRel(rel)) continue;
      const file = path.join(layout.dataDir, ...rel.split('/'));
      const here = readFileIfExists(file);
      if (here !== undefined && damageIn(rel, here) === undefined) continue;
      ensureDir(path.dirname(file));
      writeFileDurable(file, fs.readFileSync(backupFilePath(backup, rel)));
    }
    // The core file last: it decides what the folder holds.
    writeFileDurable(layout.coreFile, fs.readFileSync(backupFilePath(backup, CORE_FILE)));
    return { restored: backup, before: { name: before.name, path: before.path, createdAt: before.createdAt, reason: before.reason } };
  } finally {
    lock.release();
  }
}
