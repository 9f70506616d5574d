import { existsSync, readdirSync } from 'node:fs';

/** An empty data folder: missing, or holding nothing (hidden files such as .DS_Store aside). */
export function isEmptyDataDir(dir: string): boolean {
  if (!existsSync(dir)) return true;
  return readdirSync(dir).every((name) => name.startsWith('.'));
}
