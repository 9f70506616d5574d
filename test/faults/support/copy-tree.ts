import fs from 'node:fs';
import path from 'node:path';

/**
 * Copies a folder the way `cp -a` does on Linux: files that are hard links of one another in `from` are hard links
 * of one another in `to`. A store's backups may share inodes with its live files; a plain copy would quietly
 * separate them, and damage written in place would then spare the backups it would really reach.
 */
export function copyTree(from: string, to: string): void {
  const seen = new Map<string, string>();
  const walk = (src: string, dest: string): void => {
    fs.mkdirSync(dest, { recursive: true });
    for (const entry of fs.readdirSync(src, { withFileTypes: true })) {
      const s = path.join(src, entry.name);
      const d = path.join(dest, entry.name);
      if (entry.isDirectory()) {
        walk(s, d);
        continue;
      }
      if (!entry.isFile()) continue;
      const stat = fs.statSync(s);
      const key = `${stat.dev}:${stat.ino}`;
      const first = stat.nlink > 1 ? seen.get(key) : undefined;
      if (first !== undefined) fs.linkSync(first, d);
      else {
        fs.copyFileSync(s, d);
        if (stat.nlink > 1) seen.set(key, d);
      }
    }
  };
  walk(from, to);
}
