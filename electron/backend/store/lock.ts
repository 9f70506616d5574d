import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PRIVATE_FILE_MODE, fsyncDir, writeAndSync } from './durable-file';
import { layoutOf } from './layout';
import { StoreError, errnoCode } from './store-error';

/*
 * One writer per data folder. The lock file names its holder. A holder on this computer is stale once its process
 * has gone; a holder on another computer (a shared or synced folder) cannot be asked, so it refreshes the file's
 * time every 30 seconds and counts as gone once the file is two minutes old.
 */

export type LockHolder = { readonly host: string; readonly pid: number; readonly startedAt: string; readonly app: string };

export const LOCK_TOUCH_MS = 30_000;
export const LOCK_STALE_MS = 120_000;
const UNREADABLE_STALE_MS = 5_000;
const APP = 'Minute Book';

export type HeldLock = {
  readonly holder: LockHolder;
  /** Set when a stale lock was taken over: what it said, for the clerk's notice. */
  readonly recoveredFrom?: LockHolder | undefined;
  release(): void;
};

type Verdict = { readonly stale: true; readonly why: string } | { readonly stale: false };

function parseHolder(bytes: Buffer): LockHolder | undefined {
  try {
    const json = JSON.parse(bytes.toString('utf8')) as Partial<Record<keyof LockHolder, unknown>>;
    if (typeof json.host === 'string' && typeof json.pid === 'number' && typeof json.startedAt === 'string') {
      return { host: json.host, pid: json.pid, startedAt: json.startedAt, app: typeof json.app === 'string' ? json.app : APP };
    }
  } catch {
    // An unreadable lock is judged by its age alone.
  }
  return undefined;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return errnoCode(error) !== 'ESRCH';
  }
}

/** Lock files this process holds, so a lock naming our own pid can be told apart from one left by a namesake. */
const heldHere = new Set<string>();

function judge(lockFile: string, holder: LockHolder | undefined, mtimeMs: number, nowMs: number): Verdict {
  const age = nowMs - mtimeMs;
  if (holder !== undefined && holder.host === os.hostname()) {
    // In a container every run can get the same pid; a lock naming us that we do not hold was left by a past run.
    const alive = holder.pid === process.pid ? heldHere.has(lockFile) : processAlive(holder.pid);
    return alive ? { stale: false } : { stale: true, why: 'that process is no longer running' };
  }
  if (age > LOCK_STALE_MS) {
    return { stale: true, why: `it has not been refreshed for ${Math.round(age / 60_000)} minutes` };
  }
  // A lock that says nothing was cut short while being written (only possible without hard links); its writer
  // finishes within moments, so one that stays unreadable for a few seconds was abandoned.
  if (holder === undefined && age > UNREADABLE_STALE_MS) return { stale: true, why: 'it cannot be read' };
  return { stale: false };
}

export function describeHolder(holder: LockHolder | undefined): string {
  if (holder === undefined) return 'another copy of Minute Book';
  return `Minute Book on ${holder.host} (process ${holder.pid}, since ${holder.startedAt})`;
}

function lockedError(holder: LockHolder | undefined): StoreError {
  return new StoreError('locked', `This data folder is in use by ${describeHolder(holder)}. Close it there first.`);
}

type Existing = { readonly bytes: Buffer; readonly holder: LockHolder | undefined; readonly mtimeMs: number };

function readExisting(lockFile: string): Existing | undefined {
  try {
    const bytes = fs.readFileSync(lockFile);
    return { bytes, holder: parseHolder(bytes), mtimeMs: fs.statSync(lockFile).mtimeMs };
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Removes a stale lock without ever removing a live one: the file is renamed aside (only one process can win that)
 * and, if what was moved is not what was judged stale, moved back.
 */
function removeStale(lockFile: string, judged: Existing): boolean {
  const aside = path.join(path.dirname(lockFile), `.${path.basename(lockFile)}.${process.pid}-${Date.now()}.stale.tmp`);
  try {
    fs.renameSync(lockFile, aside);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return true;
    throw error;
  }
  const moved = fs.readFileSync(aside);
  if (!moved.equals(judged.bytes)) {
    try {
      fs.linkSync(aside, lockFile);
    } catch {
      // Someone else holds the folder now; their lock stands either way.
    }
    fs.rmSync(aside, { force: true });
    return false;
  }
  fs.rmSync(aside, { force: true });
  return true;
}

/**
 * Creates the lock file with its contents in one step, so a crash can never leave an empty lock behind: the
 * contents go to a private file, which is then hard-linked to the lock's name (refused if the name exists).
 * Where the file system has no hard links, the file is created exclusively and then written.
 */
function tryCreate(lockFile: string, holder: LockHolder): boolean {
  const text = `${JSON.stringify(holder, null, 2)}\n`;
  // Hidden and ending in .tmp, so the next writer's clean-up removes it if a crash leaves it behind.
  const temp = path.join(path.dirname(lockFile), `.${path.basename(lockFile)}.${process.pid}.tmp`);
  try {
    const fd = fs.openSync(temp, 'w', PRIVATE_FILE_MODE);
    try {
      writeAndSync(fd, text);
    } finally {
      fs.closeSync(fd);
    }
    try {
      fs.linkSync(temp, lockFile);
      return true;
    } catch (error) {
      const code = errnoCode(error);
      // ENOENT: another opener's clean-up removed our temporary file; the caller looks again.
      if (code === 'EEXIST' || code === 'ENOENT') return false;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    }
  } finally {
    fs.rmSync(temp, { force: true });
  }
  let fd: number;
  try {
    fd = fs.openSync(lockFile, 'wx', PRIVATE_FILE_MODE);
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    writeAndSync(fd, text);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/** Takes the folder's lock or throws `locked` naming who holds it. A stale lock is taken over. */
export function acquireLock(dataDir: string, startedAt: string): HeldLock {
  const { lockFile, dataDir: dir } = layoutOf(dataDir);
  const holder: LockHolder = { host: os.hostname(), pid: process.pid, startedAt, app: APP };
  let recoveredFrom: LockHolder | undefined;
  let created = false;
  for (let attempt = 0; attempt < 3 && !created; attempt += 1) {
    if (tryCreate(lockFile, holder)) {
      created = true;
      break;
    }
    const existing = readExisting(lockFile);
    if (existing === undefined) continue;
    if (!judge(lockFile, existing.holder, existing.mtimeMs, Date.now()).stale) throw lockedError(existing.holder);
    if (!removeStale(lockFile, existing)) throw lockedError(readExisting(lockFile)?.holder);
    recoveredFrom = existing.holder ?? { host: 'an unknown computer', pid: 0, startedAt: 'an unknown time', app: APP };
  }
  if (!created) throw lockedError(readExisting(lockFile)?.holder);
  fsyncDir(dir);
  heldHere.add(lockFile);

  const touch = setInterval(() => {
    try {
      const now = new Date();
      fs.utimesSync(lockFile, now, now);
    } catch {
      // A vanished lock file is noticed at release; refreshing is best effort.
    }
  }, LOCK_TOUCH_MS);
  touch.unref();

  let released = false;
  return {
    holder,
    recoveredFrom,
    release(): void {
      if (released) return;
      released = true;
      clearInterval(touch);
      heldHere.delete(lockFile);
      const current = readExisting(lockFile);
      // Only remove the lock if it is still ours.
      if (current?.holder?.pid === holder.pid && current.holder.host === holder.host && current.holder.startedAt === startedAt) {
        fs.rmSync(lockFile, { force: true });
      }
    },
  };
}

export type LockStatus =
  | { readonly state: 'free' }
  | { readonly state: 'held'; readonly holder: LockHolder | undefined; readonly message: string }
  | { readonly state: 'recovered'; readonly holder: LockHolder | undefined; readonly message: string };

/** For `minute-book check`: reports who holds the folder, and removes the lock if its holder is gone. */
export function recoverStaleLock(dataDir: string): LockStatus {
  const { lockFile } = layoutOf(dataDir);
  const existing = readExisting(lockFile);
  if (existing === undefined) return { state: 'free' };
  const verdict = judge(lockFile, existing.holder, existing.mtimeMs, Date.now());
  if (!verdict.stale || !removeStale(lockFile, existing)) {
    return { state: 'held', holder: existing.holder, message: lockedError(existing.holder).message };
  }
  return {
    state: 'recovered',
    holder: existing.holder,
    message: `Removed a stale lock left by ${describeHolder(existing.holder)}: ${verdict.stale ? verdict.why : ''}.`,
  };
}

export function staleLockNotice(from: LockHolder): string {
  return (
    `Minute Book was not closed properly last time (${describeHolder(from)}). ` +
    'Its lock on this data folder has been cleared and every saved change has been kept.'
  );
}
