import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { entriesByPath, readManifest, writeManifest } from './backup-manifest';
import { listBackupsIn } from './backups';
import { sha256Hex } from './blobs';
import { ensureDir, fsyncDir, fsyncFile } from './durable-file';
import type { Layout } from './layout';
import type { BackupInfo } from './repository-types';
import { fromRel } from './store-files';
import { describeIoError, errnoCode } from './store-error';

/*
 * The second backup folder (a network share, a USB disk): each backup is copied there once it is made, so a lost
 * laptop loses nothing. Inside it, each data folder has a folder of its own, named after it, holding backups in
 * the same form as the data folder's own (a manifest last; a file unchanged since the backup before shares its
 * copy), so `minute-book restore` takes one from there by its path.
 */

/** The folder inside the second folder for this data folder: its name, and a short hash of where it is. */
export function mirrorDirOf(layout: Layout, secondFolder: string): string {
  const hash = createHash('sha256').update(layout.dataDir, 'utf8').digest('hex').slice(0, 8);
  const base =
    path
      .basename(layout.dataDir)
      .replace(/[^A-Za-z0-9 ._-]+/g, '-')
      .slice(0, 60) || 'data';
  return path.join(secondFolder, `Minute Book backups - ${base} - ${hash}`);
}

/**
 * Copies one backup into the mirror folder and checks every copy against the manifest's hash. Returns the mirrored
 * backup; throws (with the reason in plain words) if the second folder cannot be written.
 */
export function mirrorBackup(backup: BackupInfo, mirrorDir: string): BackupInfo {
  const manifest = readManifest(backup.path);
  if (manifest?.entries === undefined) throw new Error(`the backup ${backup.name} has no list of its files`);
  const target = path.join(mirrorDir, backup.name);
  if (readManifest(target) !== undefined) return { ...backup, path: target };
  ensureDir(mirrorDir);
  const previous = listBackupsIn(mirrorDir)
    .map((b) => ({ dir: b.path, entries: entriesByPath(readManifest(b.path)) }))
    .find((b) => b.entries.size > 0);
  // A half-made copy from an earlier try is started again.
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { mode: 0o700 });
  for (const entry of manifest.entries) {
    const to = fromRel(target, entry.path);
    fs.mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
    const before = previous?.entries.get(entry.path);
    if (previous !== undefined && before?.sha256 === entry.sha256) {
      try {
        fs.linkSync(fromRel(previous.dir, entry.path), to);
        continue;
      } catch (error) {
        if (errnoCode(error) === 'EEXIST') throw error;
        // No links on this file system (FAT, many shares): copy instead.
      }
    }
    fs.copyFileSync(fromRel(backup.path, entry.path), to, fs.constants.COPYFILE_EXCL);
    fsyncFile(to);
    if (sha256Hex(fs.readFileSync(to)) !== entry.sha256) throw new Error(`the copy of ${entry.path} does not read back as written`);
  }
  for (const dir of new Set(manifest.entries.map((e) => path.dirname(fromRel(target, e.path))))) fsyncDir(dir);
  fsyncDir(target);
  writeManifest(target, manifest);
  fsyncDir(mirrorDir);
  return { ...backup, path: target };
}

export type MirrorState = { readonly lastCopiedAt?: string; readonly problem?: string };

/**
 * Mirrors a backup, then lets `prune` trim the mirror by its own backups (never by the local ones: a new laptop
 * with no backups yet must not empty the second folder). Never throws: a problem is returned in plain words.
 */
export function mirrorAndTrim(backup: BackupInfo, mirrorDir: string, prune: (dir: string) => void): MirrorState {
  try {
    if (!fs.existsSync(path.dirname(mirrorDir))) {
      return {
        problem: `The second backup folder ${path.dirname(mirrorDir)} cannot be found: is the disk plugged in, or the network share reachable?`,
      };
    }
    mirrorBackup(backup, mirrorDir);
    prune(mirrorDir);
    return { lastCopiedAt: backup.createdAt };
  } catch (error) {
    const code = errnoCode(error);
    const why =
      code === 'ENOSPC' || code === 'EDQUOT'
        ? 'it is full'
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? 'Minute Book is not allowed to write there'
          : code === 'ENOTDIR' || code === 'EEXIST'
            ? 'it is not a folder'
            : describeIoError(error);
    return { problem: `The backup could not be copied to the second folder ${path.dirname(mirrorDir)}: ${why}.` };
  }
}
