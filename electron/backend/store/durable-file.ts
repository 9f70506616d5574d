import fs from 'node:fs';
import path from 'node:path';
import { faultPoint } from './fault-points';
import { errnoCode } from './store-error';

/*
 * Durable, atomic file operations. A file is only ever replaced whole: the new bytes go to a temporary file in the
 * same folder, which is flushed to the disk, renamed over the target, and then the folder itself is flushed so the
 * rename survives a power cut. A reader therefore sees the old file or the new one, never a mixture.
 * Everything here is synchronous on purpose: the backend serialises its writes by running them to completion.
 */

/*
 * The data folder holds people's diversity answers, access needs and payment details, so on Linux and macOS what
 * the store creates is its owner's alone: files 0600, folders 0700 (the umask can only take more away). Windows
 * ignores these modes; there a folder inside the user's profile (the default, under AppData) is the user's alone
 * through the profile's access control lists, and a folder elsewhere keeps the access of the folder it is in.
 * Files and folders made by older versions keep their modes until they are next replaced.
 */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

let tempCounter = 0;

/** Temporary files are hidden and end in `.tmp`, so folder listings and clean-up can tell them apart. */
export const isTempName = (name: string): boolean => name.startsWith('.') && name.endsWith('.tmp');

function tempPathFor(file: string): string {
  tempCounter += 1;
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${tempCounter}.tmp`);
}

/** Flushes a folder's entries (new names, renames) to the disk. Windows cannot open a folder; NTFS journals names. */
export function fsyncDir(dir: string): void {
  let fd: number;
  try {
    fd = fs.openSync(dir, 'r');
  } catch (error) {
    if (process.platform === 'win32') return;
    throw error;
  }
  try {
    fs.fsyncSync(fd);
  } catch (error) {
    // Some file systems (and Windows) refuse fsync on a folder; the rename is then as durable as they allow.
    const code = errnoCode(error);
    if (code !== 'EINVAL' && code !== 'EPERM' && code !== 'EISDIR') throw error;
  } finally {
    fs.closeSync(fd);
  }
}

/** Creates a folder (and its parents, each private to its owner) so that its existence is itself durable. */
export function ensureDir(dir: string): void {
  const created = fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (created === undefined) return;
  // Flush the parent of the first new folder, then each new folder down to `dir`, so every new name is on disk.
  fsyncDir(path.dirname(created));
  let current = created;
  fsyncDir(current);
  const rest = path.relative(created, dir);
  for (const part of rest === '' ? [] : rest.split(path.sep)) {
    current = path.join(current, part);
    fsyncDir(current);
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
}

/** Writes bytes to an open file and flushes them; used for new files that nothing else can see yet. */
export function writeAndSync(fd: number, data: string | Uint8Array): void {
  writeAll(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
  fs.fsyncSync(fd);
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Windows refuses a rename while a virus scanner or indexer holds the target open for a moment; try again. */
function renameWithRetry(from: string, to: string): void {
  for (let attempt = 0; ; attempt += 1) {
    try {
      fs.renameSync(from, to);
      return;
    } catch (error) {
      const code = errnoCode(error);
      const transient = code === 'EPERM' || code === 'EACCES' || code === 'EBUSY';
      if (process.platform !== 'win32' || !transient || attempt >= 10) throw error;
      sleepSync(20 * (attempt + 1));
    }
  }
}

/** Replaces `file` with `data` atomically and durably: temp file, fsync, rename, fsync of the folder. */
export function writeFileDurable(file: string, data: string | Uint8Array): void {
  const temp = tempPathFor(file);
  const fd = fs.openSync(temp, 'wx', PRIVATE_FILE_MODE);
  try {
    writeAndSync(fd, data);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  faultPoint('durable.temp-synced', path.basename(file));
  try {
    renameWithRetry(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  faultPoint('durable.renamed', path.basename(file));
  fsyncDir(path.dirname(file));
  faultPoint('durable.dir-synced', path.basename(file));
}

/** The file's bytes, or undefined if there is no such file. */
export function readFileIfExists(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Puts `from` at `to` without ever replacing an existing `to`: a hard link where the file system allows it (the
 * same bytes, instantly), else a byte-for-byte copy that is flushed. Throws EEXIST if `to` exists.
 */
export function linkOrCopy(from: string, to: string): 'linked' | 'copied' {
  try {
    fs.linkSync(from, to);
    faultPoint('durable.linked', path.basename(to));
    return 'linked';
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'EEXIST' || code === 'ENOENT') throw error;
  }
  fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
  faultPoint('durable.copied', path.basename(to));
  fsyncFile(to);
  return 'copied';
}

/** Flushes a file that is already written (a copy made by the system) to the disk. */
export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Removes temporary files a crash left behind in a folder. */
export function removeStaleTemps(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return;
    throw error;
  }
  for (const name of names) if (isTempName(name)) fs.rmSync(path.join(dir, name), { force: true });
}
