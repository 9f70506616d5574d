import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileDurable } from './durable-file';
import { readJsonFile, serialiseJson } from './json-file';
import { MANIFEST_FILE } from './layout';

/*
 * The manifest is the last file written into a backup: a folder without a readable one is an interrupted backup.
 * From manifest format 2 on it lists each file with the SHA-256 and size of the copy (checked after writing), and
 * the identity of the live file it was copied from, so the next backup can tell an unchanged file and share the
 * copy instead of making another. Format 1 (no `entries`) came from versions whose backups were hard links to the
 * live files: their files are read, never shared.
 */

export const ManifestEntry = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  /** The live file's inode and modification time when it was copied: unchanged → the copy can be shared. */
  ino: z.number().optional(),
  mtimeMs: z.number().optional(),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

const Manifest = z.object({
  createdAt: z.string(),
  reason: z.string(),
  schemaVersion: z.number().int(),
  files: z.array(z.string()),
  manifestVersion: z.number().int().optional(),
  entries: z.array(ManifestEntry).optional(),
  /** Live files found damaged while backing up: the backup holds their last good copy instead (or none). */
  damaged: z.array(z.string()).optional(),
});
export type Manifest = z.infer<typeof Manifest>;

export const MANIFEST_VERSION = 2;

/**
 * Manifests are written once and never changed, but a ten-year store's run to hundreds of entries and are read
 * whenever backups are listed, pruned or searched: each is parsed once per process while its file stays the same.
 */
const cache = new Map<string, { readonly stamp: string; readonly manifest: Manifest | undefined }>();
const CACHE_LIMIT = 1000;

export function readManifest(backupDir: string): Manifest | undefined {
  const file = path.join(backupDir, MANIFEST_FILE);
  let stamp: string;
  try {
    const stat = fs.statSync(file);
    stamp = `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
  } catch {
    return undefined;
  }
  const cached = cache.get(file);
  if (cached?.stamp === stamp) return cached.manifest;
  const parsed = readJsonFile(file);
  const checked = parsed.kind === 'parsed' ? Manifest.safeParse(parsed.json) : undefined;
  const manifest = checked?.success === true ? checked.data : undefined;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(file, { stamp, manifest });
  return manifest;
}

export function writeManifest(backupDir: string, manifest: Manifest): void {
  writeFileDurable(path.join(backupDir, MANIFEST_FILE), serialiseJson(manifest));
}

/** The entries by path; empty for a format 1 manifest. */
export const entriesByPath = (manifest: Manifest | undefined): Map<string, ManifestEntry> =>
  new Map((manifest?.entries ?? []).map((entry) => [entry.path, entry]));
