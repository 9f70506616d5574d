import fs from 'node:fs';
import path from 'node:path';
import type { Clock } from '../context';
import { MANIFEST_VERSION, entriesByPath, readManifest, writeManifest, type Manifest, type ManifestEntry } from './backup-manifest';
import { sha256Hex } from './blobs';
import { ensureDir, fsyncDir, fsyncFile } from './durable-file';
import { faultPoint } from './fault-points';
import { fileStamp, type Layout } from './layout';
import type { BackupInfo } from './repository-types';
import { fromRel } from './store-files';
import { errnoCode } from './store-error';

export { readManifest, type Manifest } from './backup-manifest';
export { currentAttachmentFiles, currentDataFiles } from './store-files';

/*
 * A backup is a folder holding a real copy of every data file (the core file, each meeting's file, every
 * attachment) and a manifest. Nothing in a backup is ever a link to a live file: a sync client, an editor or a
 * disk fault that writes into a live file in place must not reach its backups. A file unchanged since the last
 * backup shares that backup's copy (a hard link between two backups, never to the live folder), so a backup of a
 * ten-year store costs only what changed. Where the file system offers copy-on-write (Btrfs, XFS, APFS, ReFS), a
 * copy is a clone of the live file's blocks until either changes. Each copy is read back and its SHA-256 compared
 * with the live file's before the manifest, written last, says the backup is complete.
 */

/** Complete backups, newest first. */
export function listBackups(layout: Layout): BackupInfo[] {
  return listBackupsIn(layout.backupsDir);
}

export function listBackupsIn(backupsDir: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(backupsDir);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return [];
    throw error;
  }
  const found: BackupInfo[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const dir = path.join(backupsDir, name);
    const manifest = readManifest(dir);
    if (manifest !== undefined) found.push({ name, path: dir, createdAt: manifest.createdAt, reason: manifest.reason });
  }
  return found.sort((a, b) => (a.createdAt === b.createdAt ? b.name.localeCompare(a.name) : b.createdAt.localeCompare(a.createdAt)));
}

const safeReason = (reason: string): string =>
  reason
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'backup';

export type BackupRequest = {
  readonly reason: string;
  readonly schemaVersion: number;
  /** Relative paths of the files to keep. */
  readonly files: readonly string[];
  /**
   * Why a live file's bytes cannot be used, or undefined when they are good. Left out, every file is kept as
   * found (before a migration or a restore, where the point is to keep exactly what is there).
   */
  readonly damageIn?: (rel: string, bytes: Buffer) => string | undefined;
};

export type CreatedBackup = BackupInfo & {
  /** Live files that were damaged: the backup holds their last good copy, where an earlier backup had one. */
  readonly damaged: readonly { readonly rel: string; readonly reason: string }[];
  /** Bytes written anew (the rest is shared with the backup before). */
  readonly newBytes: number;
};

function makeBackupDir(backupsDir: string, base: string): { name: string; dir: string } {
  ensureDir(backupsDir);
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? base : `${base}-${n}`;
    try {
      fs.mkdirSync(path.join(backupsDir, name), { mode: 0o700 });
      return { name, dir: path.join(backupsDir, name) };
    } catch (error) {
      if (errnoCode(error) !== 'EEXIST') throw error;
    }
  }
}

/** A hard link from one backup to another; false where the file system cannot (no links, too many, another disk). */
function shareCopy(from: string, to: string): boolean {
  try {
    fs.linkSync(from, to);
    return true;
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'EEXIST') throw error;
    return false;
  }
}

/**
 * Copies `bytes` (already read from `from`) to `to`: a clone of `from` where the file system allows it, else a
 * plain copy; flushed, then read back and compared. Throws if the copy does not read back the same.
 */
function copyVerified(from: string, to: string, sha256: string, bytes: Buffer): void {
  try {
    fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL | fs.constants.COPYFILE_FICLONE);
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') throw error;
    // The live file went away or could not be cloned: write the bytes already read.
    fs.writeFileSync(to, bytes, { flag: 'wx', mode: 0o600 });
  }
  fsyncFile(to);
  if (sha256Hex(fs.readFileSync(to)) === sha256) return;
  // Changed between the read and the copy (another program wrote it), or the copy is bad: write what was read.
  fs.rmSync(to, { force: true });
  fs.writeFileSync(to, bytes, { flag: 'wx', mode: 0o600 });
  fsyncFile(to);
  if (sha256Hex(fs.readFileSync(to)) !== sha256) throw new Error(`the copy of ${from} in the backup does not read back as written`);
}

type Previous = { readonly dir: string; readonly entries: ReadonlyMap<string, ManifestEntry> };

/** The newest backup with a format 2 manifest: the one whose copies a new backup may share. */
function previousGeneration(backupsDir: string): Previous | undefined {
  for (const backup of listBackupsIn(backupsDir)) {
    const manifest = readManifest(backup.path);
    if (manifest?.entries !== undefined) return { dir: backup.path, entries: entriesByPath(manifest) };
  }
  return undefined;
}

/** A live file is unchanged since `entry` was copied from it: same inode, size and modification time. */
const unchanged = (stat: fs.Stats, entry: ManifestEntry | undefined): entry is ManifestEntry =>
  entry !== undefined && entry.ino === stat.ino && entry.size === stat.size && entry.mtimeMs === stat.mtimeMs && stat.ino !== 0;

/** Makes a backup of `request.files` from the data folder into the backups folder. */
export function createBackup(layout: Layout, clock: Clock, request: BackupRequest): CreatedBackup {
  return createBackupIn(layout.dataDir, layout.backupsDir, clock, request);
}

export function createBackupIn(dataDir: string, backupsDir: string, clock: Clock, request: BackupRequest): CreatedBackup {
  const createdAt = new Date(clock.now()).toISOString();
  const reason = safeReason(request.reason);
  const previous = previousGeneration(backupsDir);
  const { name, dir } = makeBackupDir(backupsDir, `${fileStamp(createdAt)}-${reason}`);
  const entries: ManifestEntry[] = [];
  const damaged: { rel: string; reason: string }[] = [];
  const madeDirs = new Set<string>();
  let newBytes = 0;

  for (const rel of request.files) {
    const from = fromRel(dataDir, rel);
    const to = fromRel(dir, rel);
    const parent = path.dirname(to);
    if (!madeDirs.has(parent)) {
      fs.mkdirSync(parent, { recursive: true, mode: 0o700 });
      madeDirs.add(parent);
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(from);
    } catch (error) {
      // A file removed since the list was made (a deleted meeting) is simply not part of this backup.
      if (errnoCode(error) === 'ENOENT') continue;
      throw error;
    }
    const before = previous?.entries.get(rel);
    if (previous !== undefined && unchanged(stat, before) && shareCopy(fromRel(previous.dir, rel), to)) {
      faultPoint('backup.shared', rel);
      entries.push(before);
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(from);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') continue;
      throw error;
    }
    const problem = request.damageIn?.(rel, bytes);
    if (problem !== undefined) {
      damaged.push({ rel, reason: problem });
      // Keep the last good copy, never the damaged bytes: a damaged file must not push good copies out.
      if (before !== undefined && previous !== undefined && shareCopy(fromRel(previous.dir, rel), to)) entries.push(before);
      continue;
    }
    const sha256 = sha256Hex(bytes);
    if (before !== undefined && previous !== undefined && before.sha256 === sha256 && shareCopy(fromRel(previous.dir, rel), to)) {
      entries.push({ ...before, ino: stat.ino, mtimeMs: stat.mtimeMs });
      continue;
    }
    copyVerified(from, to, sha256, bytes);
    faultPoint('backup.copied', rel);
    newBytes += bytes.length;
    entries.push({ path: rel, sha256, size: bytes.length, ino: stat.ino, mtimeMs: stat.mtimeMs });
  }
  for (const made of [...madeDirs].sort((a, b) => b.length - a.length)) fsyncDir(made);
  fsyncDir(dir);
  const manifest: Manifest = {
    createdAt,
    reason,
    schemaVersion: request.schemaVersion,
    manifestVersion: MANIFEST_VERSION,
    files: entries.map((e) => e.path),
    entries,
    ...(damaged.length === 0 ? {} : { damaged: damaged.map((d) => d.rel) }),
  };
  faultPoint('backup.files-written', name);
  writeManifest(dir, manifest);
  fsyncDir(backupsDir);
  return { name, path: dir, createdAt, reason, damaged, newBytes };
}

/**
 * True when the newest backup already holds exactly the current files, unchanged, so a routine backup would add
 * nothing. Judged from the manifest and the files' identities alone, without reading them.
 */
export function matchesCurrent(layout: Layout, backup: BackupInfo, files: readonly string[]): boolean {
  const manifest = readManifest(backup.path);
  if (manifest?.entries === undefined || manifest.entries.length !== files.length || (manifest.damaged?.length ?? 0) > 0) return false;
  const entries = entriesByPath(manifest);
  for (const rel of files) {
    try {
      if (!unchanged(fs.statSync(fromRel(layout.dataDir, rel)), entries.get(rel))) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * Deletes the backups not in `keep`, and interrupted ones (a folder with no manifest file at all). A backup whose
 * manifest exists but cannot be read is left alone for `check` to report: it may still hold good copies.
 */
export function deleteBackupsExcept(backupsDir: string, keep: ReadonlySet<string>): void {
  let names: string[];
  try {
    names = fs.readdirSync(backupsDir);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return;
    throw error;
  }
  for (const name of names) {
    if (keep.has(name)) continue;
    const full = path.join(backupsDir, name);
    if (name.startsWith(TRASH_PREFIX)) {
      fs.rmSync(full, { recursive: true, force: true });
      continue;
    }
    if (name.startsWith('.') || !fs.statSync(full).isDirectory()) continue;
    const hasManifestFile = fs.existsSync(path.join(full, 'manifest.json'));
    if (hasManifestFile && readManifest(full) === undefined) continue;
    // Renamed out of the way first, so a crash halfway through deleting never leaves a backup that looks whole.
    const doomed = path.join(backupsDir, `${TRASH_PREFIX}${name}`);
    fs.renameSync(full, doomed);
    faultPoint('backup.trashed', name);
    fs.rmSync(doomed, { recursive: true, force: true });
  }
}

const TRASH_PREFIX = '.trash-';

/** The path of one file inside a backup. */
export const backupFilePath = (backup: BackupInfo, rel: string): string => fromRel(backup.path, rel);

/** Bytes on the disk taken by a set of backups together, each distinct copy counted once (from the manifests). */
export function roomTaken(backups: readonly BackupInfo[]): number {
  const seen = new Set<string>();
  let total = 0;
  for (const backup of backups) {
    const manifest = readManifest(backup.path);
    for (const entry of manifest?.entries ?? []) {
      const key = `${entry.path}\u0000${entry.sha256}`;
      if (seen.has(key)) continue;
      seen.add(key);
      total += entry.size;
    }
  }
  return total;
}
