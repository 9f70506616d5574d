import fs from 'node:fs';
import { crc32 } from 'node:zlib';
import { SCHEMA_VERSION } from '../../../shared/model';
import { futureVersionError } from './codecs';
import { PRIVATE_FILE_MODE, writeFileDurable } from './durable-file';
import { faultPoint } from './fault-points';
import { migrateRecord } from './migrations';
import { validateOp } from './ops';
import type { Op } from './repository-types';
import { errnoCode } from './store-error';

/*
 * The write-ahead journal, `journal.jsonl`: one line per commit, `<crc32 as 8 hex digits> <json>\n`, appended and
 * flushed before the commit is acknowledged. A crash mid-append leaves a last line cut short (no newline), which
 * was never acknowledged and is ignored; a complete line that reads wrong means the file was damaged afterwards.
 */

export type JournalEntry = { readonly v: number; readonly at: string; readonly ops: readonly Op[] };

export type JournalDamage = {
  /** 1-based number of the first bad line. */
  readonly line: number;
  readonly reason: string;
  /** Complete lines after the bad one, which are not applied. */
  readonly linesAfter: number;
};

export type JournalRead = {
  readonly entries: readonly JournalEntry[];
  /** The unreadable end of the file left by a crash mid-append, if any. */
  readonly tornTail: boolean;
  readonly damage?: JournalDamage;
  readonly bytes: number;
};

const NEWLINE = 0x0a;
const LINE = /^([0-9a-f]{8}) /;

const crcHex = (data: Uint8Array): string => crc32(data).toString(16).padStart(8, '0');

export function encodeEntry(entry: JournalEntry): Buffer {
  const json = Buffer.from(JSON.stringify(entry), 'utf8');
  return Buffer.concat([Buffer.from(`${crcHex(json)} `, 'latin1'), json, Buffer.from('\n', 'latin1')]);
}

/** The journal arrived with format 2. */
const FIRST_JOURNAL_FORMAT = 2;

/** Decodes one line (without its newline). Returns the reason when it is bad. A newer format is refused. */
function decodeLine(line: Buffer): JournalEntry | string {
  const head = LINE.exec(line.subarray(0, 9).toString('latin1'));
  if (head === null) return 'it does not start with a checksum';
  const json = line.subarray(9);
  if (crcHex(json) !== head[1]) return 'its checksum does not match';
  let parsed: unknown;
  try {
    parsed = JSON.parse(json.toString('utf8'));
  } catch {
    return 'it is not valid JSON';
  }
  if (typeof parsed !== 'object' || parsed === null) return 'it is not a journal entry';
  const { v, at, ops } = parsed as { readonly v?: unknown; readonly at?: unknown; readonly ops?: unknown };
  if (typeof v === 'number' && v > SCHEMA_VERSION) throw futureVersionError('The journal (journal.jsonl)', v);
  // A journal left by an earlier format is replayed after the folder is migrated, each record it puts migrated by
  // the same steps as the folder (format 4 reshaped actions' due dates).
  if (typeof v !== 'number' || v < FIRST_JOURNAL_FORMAT || typeof at !== 'string' || !Array.isArray(ops)) return 'it is not a journal entry';
  try {
    return { v, at, ops: ops.map((op: unknown) => validateOp(migratePut(op, v))) };
  } catch (error) {
    return error instanceof Error ? error.message : 'a change in it is not valid';
  }
}

/** A put of an earlier format with its record migrated; anything else as it was, for `validateOp` to judge. */
function migratePut(op: unknown, version: number): unknown {
  if (version >= SCHEMA_VERSION || typeof op !== 'object' || op === null) return op;
  const { type, collection, record } = op as { readonly type?: unknown; readonly collection?: unknown; readonly record?: unknown };
  if (type !== 'put' || typeof collection !== 'string') return op;
  return { ...op, record: migrateRecord(collection, record, version) };
}

export function parseJournal(bytes: Buffer): JournalRead {
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = bytes.indexOf(NEWLINE); i !== -1; i = bytes.indexOf(NEWLINE, start)) {
    lines.push(bytes.subarray(start, i));
    start = i + 1;
  }
  const tail = bytes.subarray(start);
  const tornTail = tail.length > 0;
  const entries: JournalEntry[] = [];
  for (let n = 0; n < lines.length; n += 1) {
    const line = lines[n] as Buffer;
    const decoded = decodeLine(line);
    if (typeof decoded !== 'string') {
      entries.push(decoded);
      continue;
    }
    const linesAfter = lines.length - n - 1;
    // A crash mid-append leaves a last line without its newline (the tail above), never a whole line that reads
    // wrong: a complete bad line, last or not, was damaged afterwards, and is kept and reported.
    return { entries, tornTail, damage: { line: n + 1, reason: decoded, linesAfter }, bytes: bytes.length };
  }
  return { entries, tornTail, bytes: bytes.length };
}

export function readJournal(file: string): JournalRead {
  try {
    return parseJournal(fs.readFileSync(file));
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { entries: [], tornTail: false, bytes: 0 };
    throw error;
  }
}

/** Appends entries durably. Holds the file open: a commit costs one write and one flush. */
export class JournalWriter {
  private readonly file: string;
  private fd: number | undefined;
  private size = 0;
  private lineCount = 0;

  constructor(file: string) {
    this.file = file;
  }

  get lines(): number {
    return this.lineCount;
  }

  get bytes(): number {
    return this.size;
  }

  /** Starts a fresh, empty journal, replacing the old one atomically (its entries are already in the files). */
  reset(): void {
    this.close();
    writeFileDurable(this.file, '');
    this.fd = fs.openSync(this.file, 'a', PRIVATE_FILE_MODE);
    this.size = 0;
    this.lineCount = 0;
  }

  /** Continues an existing journal that holds nothing pending (it was reset at the last compaction). */
  openExisting(): void {
    this.close();
    this.fd = fs.openSync(this.file, 'a', PRIVATE_FILE_MODE);
    this.size = fs.fstatSync(this.fd).size;
    this.lineCount = 0;
  }

  append(entry: JournalEntry): void {
    const fd = this.fd;
    if (fd === undefined) throw new Error('The journal is not open');
    const line = encodeEntry(entry);
    try {
      faultPoint('journal.append.before');
      let offset = 0;
      while (offset < line.length) offset += fs.writeSync(fd, line, offset, line.length - offset);
      faultPoint('journal.append.written');
      fs.fdatasyncSync(fd);
      faultPoint('journal.append.synced');
    } catch (error) {
      // Cut off whatever part of the line did get written, so the next append does not follow a broken line.
      try {
        fs.ftruncateSync(fd, this.size);
      } catch {
        this.close();
      }
      throw error;
    }
    this.size += line.length;
    this.lineCount += 1;
  }

  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }
}
