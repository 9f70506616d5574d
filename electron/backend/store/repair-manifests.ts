import fs from 'node:fs';
import path from 'node:path';
import { MANIFEST_VERSION, readManifest, writeManifest, type ManifestEntry } from './backup-manifest';
import { sha256Hex } from './blobs';
import { declaredVersion } from './codecs';
import type { StoreContext } from './context';
import { parseJsonBytes } from './json-file';
import { CORE_FILE, MANIFEST_FILE } from './layout';
import { keepCopy } from './recovery';
import { damageIn } from './store-files';
import { errnoCode } from './store-error';

/*
 * A backup whose manifest (its list of files) was damaged in place still holds good copies: the manifest is kept
 * aside byte for byte and written again from the files themselves, each read, checked and hashed, so the backup
 * goes on protecting the clerk. A folder with no manifest at all is an interrupted backup, not damage.
 */

/** `2025-08-01T09-00-00-000Z-manual` (or `...-manual-2`) → its time and reason. */
function fromFolderName(name: string): { createdAt: string; reason: string } | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(.+?)(?:-\d+)?$/.exec(name);
  if (match === null) return undefined;
  const createdAt = `${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`;
  return Number.isNaN(Date.parse(createdAt)) ? undefined : { createdAt, reason: match[6] ?? 'backup' };
}

function filesIn(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...filesIn(path.join(dir, entry.name), rel));
    else if (entry.isFile() && rel !== MANIFEST_FILE) out.push(rel);
  }
  return out;
}

/** Rebuilds one backup's manifest from its files; returns what it kept of them, or undefined if it could not. */
function rebuild(dir: string, name: string): { files: number; skipped: string[] } | undefined {
  const stamp = fromFolderName(name);
  if (stamp === undefined) return undefined;
  const entries: ManifestEntry[] = [];
  const skipped: string[] = [];
  let schemaVersion: number | undefined;
  for (const rel of filesIn(dir)) {
    const bytes = fs.readFileSync(path.join(dir, ...rel.split('/')));
    if (damageIn(rel, bytes) !== undefined) {
      skipped.push(rel);
      continue;
    }
    if (rel === CORE_FILE) {
      const parsed = parseJsonBytes(bytes);
      schemaVersion = parsed.kind === 'parsed' ? declaredVersion(parsed.json) : undefined;
    }
    entries.push({ path: rel, sha256: sha256Hex(bytes), size: bytes.length });
  }
  if (schemaVersion === undefined) return undefined;
  // The main file first, then meetings and attachments, as backups list them.
  entries.sort((a, b) => (a.path === CORE_FILE ? -1 : b.path === CORE_FILE ? 1 : a.path.localeCompare(b.path)));
  writeManifest(dir, { ...stamp, schemaVersion, manifestVersion: MANIFEST_VERSION, files: entries.map((e) => e.path), entries });
  return { files: entries.length, skipped };
}

/** Finds backups with a damaged manifest and rebuilds each, telling the clerk. Changes nothing when read-only. */
export function repairBackupManifests(ctx: StoreContext): void {
  if (ctx.readOnly) return;
  let names: string[];
  try {
    names = fs.readdirSync(ctx.layout.backupsDir);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return;
    throw error;
  }
  for (const name of names) {
    const dir = path.join(ctx.layout.backupsDir, name);
    const manifest = path.join(dir, MANIFEST_FILE);
    if (name.startsWith('.') || !fs.existsSync(manifest) || readManifest(dir) !== undefined) continue;
    const kept = keepCopy(ctx.layout, manifest, ctx.clock.now());
    const result = rebuild(dir, name);
    const aside = kept === undefined ? '' : ` The damaged list has been kept, unchanged, at ${kept}.`;
    if (result === undefined) {
      ctx.notify(
        'warning',
        `The backup ${dir} has a damaged list of its files (${MANIFEST_FILE}) and cannot be used: its main file is missing or damaged too.${aside}`,
      );
      continue;
    }
    const skipped = result.skipped.length === 0 ? '' : ` ${result.skipped.length} damaged files in it were left out: ${result.skipped.join(', ')}.`;
    ctx.notify(
      'warning',
      `The backup ${dir} had a damaged list of its files (${MANIFEST_FILE}).${aside} The list has been written again from the ` +
        `${result.files} good files the backup holds, so it can still be used.${skipped}`,
    );
  }
}
