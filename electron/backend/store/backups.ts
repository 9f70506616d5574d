import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Clock } from '../context';
import { ensureDir, fsyncDir, isTempName, linkOrCopy, writeFileDurable } from './durable-file';
import { readJsonFile, serialiseJson } from './json-file';
import { CORE_FILE, JOURNAL_FILE, MANIFEST_FILE, MEETINGS_DIR, fileStamp, type Layout } from './layout';
import type { BackupInfo } from './repository-types';
import { errnoCode } from './store-error';

/*
 * A backup is a folder of hard links to the current files plus a manifest. Files in the data folder are only ever
 * replaced by rename, never changed in place, so a hard link is an immutable snapshot that costs no space. Where
 * the file system has no hard links the files are copied. A link shares any later in-place damage to the file
 * (a disk fault, another program writing into it), so the core file, small and the key to everything, is always
 * copied. The manifest is written last: a folder without one is
 * an interrupted backup and is ignored. Attachment blobs are not included: they are immutable and never deleted,
 * and a link would share any damage with the original anyway.
 */

const Manifest = z.object({
  createdAt: z.string(),
  reason: z.string(),
  schemaVersion: z.number().int(),
  files: z.array(z.string()),
});
export type Manifest = z.infer<typeof Manifest>;

export function readManifest(backupDir: string): Manifest | undefined {
  const parsed = readJsonFile(path.join(backupDir, MANIFEST_FILE));
  if (parsed.kind !== 'parsed') return undefined;
  const manifest = Manifest.safeParse(parsed.json);
  return manifest.success ? manifest.data : undefined;
}

/** The data files as they are now, relative to the data folder with `/` separators: core, then meeting files. */
export function currentDataFiles(layout: Layout, options: { readonly includeJournal: boolean }): string[] {
  const files: string[] = [];
  if (fs.existsSync(layout.coreFile)) files.push(CORE_FILE);
  let names: string[] = [];
  try {
    names = fs.readdirSync(layout.meetingsDir);
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw error;
  }
  for (const name of names.sort()) if (name.endsWith('.json') && !isTempName(name)) files.push(`${MEETINGS_DIR}/${name}`);
  if (options.includeJournal && fs.existsSync(layout.journalFile)) files.push(JOURNAL_FILE);
  return files;
}

const fromRel = (root: string, rel: string): string => path.join(root, ...rel.split('/'));

/** Complete backups, newest first. */
export function listBackups(layout: Layout): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(layout.backupsDir);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return [];
    throw error;
  }
  const found: BackupInfo[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const dir = path.join(layout.backupsDir, name);
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
  /** Copy rather than link: for files that are later changed in place (the journal) or that must stand alone. */
  readonly copy?: readonly string[];
};

export function createBackup(layout: Layout, clock: Clock, request: BackupRequest): BackupInfo {
  const createdAt = new Date(clock.now()).toISOString();
  const reason = safeReason(request.reason);
  ensureDir(layout.backupsDir);
  const base = `${fileStamp(createdAt)}-${reason}`;
  let name = base;
  for (let n = 2; ; n += 1) {
    try {
      fs.mkdirSync(path.join(layout.backupsDir, name));
      break;
    } catch (error) {
      if (errnoCode(error) !== 'EEXIST') throw error;
      name = `${base}-${n}`;
    }
  }
  const dir = path.join(layout.backupsDir, name);
  const copies = new Set(request.copy ?? []);
  const written: string[] = [];
  let madeMeetingsDir = false;
  for (const rel of request.files) {
    if (rel.startsWith(`${MEETINGS_DIR}/`) && !madeMeetingsDir) {
      fs.mkdirSync(path.join(dir, MEETINGS_DIR));
      madeMeetingsDir = true;
    }
    const from = fromRel(layout.dataDir, rel);
    const to = fromRel(dir, rel);
    try {
      if (copies.has(rel)) fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
      else linkOrCopy(from, to);
      written.push(rel);
    } catch (error) {
      // A file removed since the list was made (a deleted meeting) is simply not part of this backup.
      if (errnoCode(error) !== 'ENOENT') throw error;
    }
  }
  for (const rel of copies) if (written.includes(rel)) flushFile(fromRel(dir, rel));
  if (madeMeetingsDir) fsyncDir(path.join(dir, MEETINGS_DIR));
  fsyncDir(dir);
  const manifest: Manifest = { createdAt, reason, schemaVersion: request.schemaVersion, files: written };
  writeFileDurable(path.join(dir, MANIFEST_FILE), serialiseJson(manifest));
  fsyncDir(layout.backupsDir);
  return { name, path: dir, createdAt, reason };
}

function flushFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * True when the backup holds exactly the current files, unchanged, so a routine backup would add nothing. Linked
 * files are compared by inode (files are only replaced by rename, so the same inode means the same content);
 * copied ones by their bytes.
 */
export function matchesCurrent(layout: Layout, backup: BackupInfo, files: readonly string[]): boolean {
  const manifest = readManifest(backup.path);
  if (manifest === undefined || manifest.files.length !== files.length) return false;
  const inBackup = new Set(manifest.files);
  for (const rel of files) {
    if (!inBackup.has(rel)) return false;
    try {
      const current = fromRel(layout.dataDir, rel);
      const kept = fromRel(backup.path, rel);
      const a = fs.statSync(current);
      const b = fs.statSync(kept);
      if (a.ino === b.ino && a.dev === b.dev && a.ino !== 0) continue;
      if (a.size !== b.size || a.size > SAME_BYTES_LIMIT || !fs.readFileSync(current).equals(fs.readFileSync(kept))) return false;
    } catch {
      return false;
    }
  }
  return true;
}

const SAME_BYTES_LIMIT = 16 * 1024 * 1024;

/** Keeps the newest `keep` complete backups (and any in `protect`), and removes interrupted ones. */
export function rotateBackups(layout: Layout, keep: number, protect: ReadonlySet<string> = new Set()): void {
  const complete = listBackups(layout);
  const keepNames = new Set(complete.slice(0, Math.max(1, keep)).map((b) => b.name));
  for (const name of protect) keepNames.add(name);
  let names: string[];
  try {
    names = fs.readdirSync(layout.backupsDir);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return;
    throw error;
  }
  const completeNames = new Set(complete.map((b) => b.name));
  for (const name of names) {
    if (keepNames.has(name)) continue;
    const full = path.join(layout.backupsDir, name);
    if (!completeNames.has(name) && !fs.statSync(full).isDirectory()) continue;
    // Renamed out of the way first, so a crash halfway through deleting never leaves a backup that looks whole.
    const doomed = name.startsWith(TRASH_PREFIX) ? full : path.join(layout.backupsDir, `${TRASH_PREFIX}${name}`);
    if (doomed !== full) fs.renameSync(full, doomed);
    fs.rmSync(doomed, { recursive: true, force: true });
  }
}

const TRASH_PREFIX = '.trash-';

/** The path of one file inside a backup. */
export const backupFilePath = (backup: BackupInfo, rel: string): string => fromRel(backup.path, rel);
