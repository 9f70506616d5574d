import fs from 'node:fs';
import path from 'node:path';
import { entriesByPath } from './backup-manifest';
import { backupFilePath, listBackups, readManifest } from './backups';
import { sha256Hex } from './blobs';
import type { Decoded } from './codecs';
import { ensureDir, fsyncDir, linkOrCopy } from './durable-file';
import { readJsonFile } from './json-file';
import { fileStamp, type Layout } from './layout';
import type { BackupInfo } from './repository-types';
import { StoreError, errnoCode } from './store-error';

/*
 * Damaged files are moved aside into corrupt/, byte for byte and never over anything already there, so whatever
 * can still be saved from them is kept. A good copy is then sought in the backups, newest first.
 */

export type GoodCopy<T> = { readonly backup: BackupInfo; readonly value: T; readonly json: unknown; readonly bytes: Buffer };

/**
 * The newest backup holding a copy of `rel` that reads and validates, and (where its manifest lists hashes) still
 * matches the hash it had when the backup was made.
 */
export function findGoodCopy<T>(layout: Layout, rel: string, decode: (json: unknown) => Decoded<T>): GoodCopy<T> | undefined {
  for (const backup of listBackups(layout)) {
    if (!(readManifest(backup.path)?.files.includes(rel) ?? false)) continue;
    const parsed = readJsonFile(backupFilePath(backup, rel));
    if (parsed.kind !== 'parsed') continue;
    const expected = entriesByPath(readManifest(backup.path)).get(rel)?.sha256;
    if (expected !== undefined && sha256Hex(parsed.bytes) !== expected) continue;
    let decoded: Decoded<T>;
    try {
      decoded = decode(parsed.json);
    } catch (error) {
      // A backup in a newer format is no use to this version; look further back.
      if (error instanceof StoreError && error.code === 'future_version') continue;
      throw error;
    }
    if (decoded.ok) return { backup, value: decoded.value, json: parsed.json, bytes: parsed.bytes };
  }
  return undefined;
}

/**
 * Moves a damaged file into corrupt/ under a new name, keeping its bytes exactly; never replaces an existing file
 * there. Returns where it went, or undefined if there was no file.
 */
export function moveAside(layout: Layout, file: string, stampIso: string): string | undefined {
  const kept = keepCopy(layout, file, stampIso);
  if (kept === undefined) return undefined;
  fs.rmSync(file, { force: true });
  fsyncDir(path.dirname(file));
  return kept;
}

/** Copies a file into corrupt/ byte for byte, leaving the original in place (it is about to be replaced whole). */
export function keepCopy(layout: Layout, file: string, stampIso: string): string | undefined {
  if (!fs.existsSync(file)) return undefined;
  ensureDir(layout.corruptDir);
  const base = `${fileStamp(stampIso)}-${path.basename(file)}`;
  for (let n = 1; ; n += 1) {
    const target = path.join(layout.corruptDir, n === 1 ? base : `${base}.${n}`);
    try {
      linkOrCopy(file, target);
    } catch (error) {
      if (errnoCode(error) === 'EEXIST') continue;
      throw error;
    }
    fsyncDir(layout.corruptDir);
    return target;
  }
}

export const describeBackup = (backup: BackupInfo): string => `the backup of ${backup.createdAt} (${backup.path})`;
