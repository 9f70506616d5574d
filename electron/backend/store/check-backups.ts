import fs from 'node:fs';
import path from 'node:path';
import { readManifest } from './backup-manifest';
import { sha256Hex } from './blobs';
import { MANIFEST_FILE, type Layout } from './layout';
import { fromRel } from './store-files';
import { errnoCode } from './store-error';

/*
 * Every copy in every backup still matches the hash its manifest recorded when it was written. A copy shared by
 * several backups (one file, hard-linked) is read once. Returns how many files it read.
 */
export function checkBackups(layout: Layout, problems: string[]): number {
  let names: string[];
  try {
    names = fs.readdirSync(layout.backupsDir).sort();
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return 0;
    throw error;
  }
  const verdicts = new Map<string, boolean>();
  let read = 0;
  for (const name of names) {
    const dir = path.join(layout.backupsDir, name);
    if (name.startsWith('.') || !fs.statSync(dir).isDirectory()) continue;
    const manifest = readManifest(dir);
    if (manifest === undefined) {
      if (fs.existsSync(path.join(dir, MANIFEST_FILE)))
        problems.push(`The backup ${dir} has a damaged list of its files (${MANIFEST_FILE}): it cannot be used.`);
      continue;
    }
    for (const entry of manifest.entries ?? []) {
      const file = fromRel(dir, entry.path);
      let stat: fs.Stats;
      try {
        stat = fs.statSync(file);
      } catch {
        problems.push(`The backup ${dir} is missing its copy of ${entry.path}.`);
        continue;
      }
      const key = `${stat.dev}:${stat.ino}:${entry.sha256}`;
      let good = verdicts.get(key);
      if (good === undefined) {
        good = stat.size === entry.size && sha256Hex(fs.readFileSync(file)) === entry.sha256;
        verdicts.set(key, good);
        read += 1;
      }
      if (!good) problems.push(`The copy of ${entry.path} in the backup ${dir} is damaged: it no longer matches the backup's record of it.`);
    }
  }
  return read;
}
