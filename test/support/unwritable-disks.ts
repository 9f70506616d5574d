import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/*
 * Real unwritable folders for the tests: a tiny tmpfs that can be filled to the last byte (ENOSPC), and a
 * read-only bind mount of a folder (EROFS). Both need root on Linux; elsewhere the tests that use them are skipped
 * with the reason `mountUnavailable()` gives.
 */

export type Mounted = { readonly dir: string; release(): void };

let unavailable: string | undefined | null = null;

/** Why this machine cannot mount for the tests, or undefined if it can. Tried once. */
export function mountUnavailable(): string | undefined {
  if (unavailable !== null) return unavailable;
  if (process.platform !== 'linux') unavailable = 'mounting a small disk needs Linux';
  else if (process.getuid?.() !== 0) unavailable = 'mounting a small disk needs root';
  else {
    try {
      tinyDisk(64).release();
      unavailable = undefined;
    } catch (error) {
      unavailable = `this machine refuses to mount a tmpfs (${error instanceof Error ? error.message : String(error)})`;
    }
  }
  return unavailable;
}

function mountPoint(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

function releaser(dir: string): () => void {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    execFileSync('umount', [dir], { stdio: 'pipe' });
    rmSync(dir, { recursive: true, force: true });
  };
}

/** A tmpfs of `sizeKb` kilobytes. */
export function tinyDisk(sizeKb: number): Mounted {
  const dir = mountPoint('minute-book-tiny-disk-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0755`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, release: releaser(dir) };
}

/** `source` again, at another path, on a read-only mount: every write there fails with EROFS. */
export function readOnlyView(source: string): Mounted {
  const dir = mountPoint('minute-book-read-only-');
  try {
    execFileSync('mount', ['--bind', source, dir], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const release = releaser(dir);
  try {
    execFileSync('mount', ['-o', 'remount,ro,bind', dir], { stdio: 'pipe' });
  } catch (error) {
    release();
    throw error;
  }
  return { dir, release };
}

/** Fills the disk holding `dir` to its last byte with one file, whose path is returned: remove it to free the space. */
export function fillDisk(dir: string): string {
  const filler = path.join(dir, 'filler.bin');
  const fd = openSync(filler, 'w');
  try {
    let chunk = 1024 * 1024;
    const bytes = Buffer.alloc(chunk, 0x61);
    while (chunk > 0) {
      try {
        writeSync(fd, bytes, 0, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
        chunk = Math.floor(chunk / 2);
      }
    }
  } finally {
    closeSync(fd);
  }
  return filler;
}
