import type { SyncAdapter } from 'lowdb';
import type { Decoded } from './codecs';
import { writeFileDurable } from './durable-file';
import { readJsonFile, serialiseJson } from './json-file';
import { StoreError } from './store-error';

/**
 * A lowdb adapter that writes durably. lowdb's own JSONFile renames a temp file but never fsyncs, so a power cut
 * can leave an empty or stale file behind; this one flushes the file and its folder before `write` returns, and
 * validates what it reads.
 */
export class DurableJsonAdapter<T> implements SyncAdapter<T> {
  readonly file: string;
  private readonly decode: (json: unknown) => Decoded<T>;

  constructor(file: string, decode: (json: unknown) => Decoded<T>) {
    this.file = file;
    this.decode = decode;
  }

  /** The validated contents, or null if there is no file yet. Damage is thrown as `unreadable`. */
  read(): T | null {
    const parsed = readJsonFile(this.file);
    if (parsed.kind === 'missing') return null;
    if (parsed.kind === 'unparseable') throw new StoreError('unreadable', `${this.file} cannot be read: ${parsed.reason}.`);
    const decoded = this.decode(parsed.json);
    if (!decoded.ok) throw new StoreError('unreadable', `${this.file} is not a valid Minute Book file: ${decoded.reason}.`);
    return decoded.value;
  }

  write(data: T): void {
    writeFileDurable(this.file, serialiseJson(data));
  }
}
