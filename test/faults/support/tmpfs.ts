import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/*
 * A small tmpfs to fill up or make read-only. Mounting needs root (or CAP_SYS_ADMIN); where it is refused, the
 * tests that need it are skipped with the reason printed.
 */

const run = (command: string, args: readonly string[]): void => {
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
};

const message = (error: unknown): string => (error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error));

/** Mounts a tmpfs of `sizeKb` at `dir`; returns why not, if it cannot. */
export function mountTmpfs(dir: string, sizeKb: number): string | undefined {
  fs.mkdirSync(dir, { recursive: true });
  try {
    run('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0755`, 'tmpfs', dir]);
    return undefined;
  } catch (error) {
    return `mounting a tmpfs is not permitted here (${message(error)})`;
  }
}

export function remount(dir: string, mode: 'ro' | 'rw'): void {
  run('mount', ['-o', `remount,${mode}`, dir]);
}

/** Unmounts, lazily if something still holds a file open there. */
export function unmount(dir: string): void {
  try {
    run('umount', [dir]);
  } catch {
    run('umount', ['-l', dir]);
  }
}

/** Whether this machine lets the tests mount a tmpfs: tried once, on a folder of its own. */
export function tmpfsUnavailable(probeDir: string): string | undefined {
  if (process.platform !== 'linux') return `tmpfs mounts are a Linux feature (this is ${process.platform})`;
  const why = mountTmpfs(probeDir, 64);
  if (why === undefined) unmount(probeDir);
  fs.rmSync(probeDir, { recursive: true, force: true });
  return why;
}

/** Fills the file system holding `dir` until a write fails with ENOSPC; returns the filler file. */
export function fillDisk(dir: string): string {
  const filler = `${dir}/filler`;
  const fd = fs.openSync(filler, 'w');
  try {
    for (let chunk = 256 * 1024; chunk >= 1; chunk = Math.floor(chunk / 4)) {
      const bytes = Buffer.alloc(chunk, 0x61);
      for (;;) {
        try {
          fs.writeSync(fd, bytes);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOSPC') break;
          throw error;
        }
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}
