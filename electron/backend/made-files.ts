import type { ExportFile } from '../../shared/api/exports';
import { unguessableId } from './ids';

/** A file Minute Book made (an export, a report, a finance CSV), as the clerk will save it. */
export type MadeFile = {
  readonly fileName: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
};

type Kept = MadeFile & { readonly madeAt: number };

export type MadeFilesOptions = {
  /** Milliseconds since the epoch: the backend's clock, so tests can move time on. */
  readonly now?: () => number;
  /** How many files are kept at most: the oldest go first. */
  readonly maxFiles?: number;
  /** How many bytes all the files kept may take together: the oldest go first. */
  readonly maxBytes?: number;
  /** How long a file is kept when nobody takes it. */
  readonly keepMs?: number;
  /** The ids files are kept under; unguessable unless a test says otherwise. */
  readonly newId?: () => string;
};

export const MADE_FILE_LIMITS = {
  maxFiles: 16,
  maxBytes: 256 * 1024 * 1024,
  keepMs: 10 * 60 * 1000,
} as const;

/**
 * The files the backend made, kept in memory between the call that made one and the download or Save As that
 * takes it: the bytes never travel base64 inside an answer. Each is taken once (the id is the capability to
 * download it, so it must not outlive its use), and nothing is kept for long: an export not collected within
 * `keepMs` is forgotten, and the oldest files go when more than `maxFiles` or `maxBytes` would be kept. The file
 * just made always stays, however large, so the clerk can save what they asked for.
 */
export class MadeFiles {
  private readonly files = new Map<string, Kept>();
  private readonly now: () => number;
  private readonly maxFiles: number;
  private readonly maxBytes: number;
  readonly keepMs: number;
  private readonly newId: () => string;

  constructor(options: MadeFilesOptions = {}) {
    this.now = options.now ?? Date.now;
    this.maxFiles = options.maxFiles ?? MADE_FILE_LIMITS.maxFiles;
    this.maxBytes = options.maxBytes ?? MADE_FILE_LIMITS.maxBytes;
    this.keepMs = options.keepMs ?? MADE_FILE_LIMITS.keepMs;
    this.newId = options.newId ?? unguessableId;
  }

  /** Keeps a file and answers what names it to the screens: its id, name, type and size, never its bytes. */
  keep(file: MadeFile, extra: { readonly pages?: number; readonly notes?: readonly string[] } = {}): ExportFile {
    return {
      fileId: this.put(file),
      fileName: file.fileName,
      mediaType: file.mediaType,
      byteLength: file.bytes.byteLength,
      ...(extra.pages === undefined ? {} : { pages: extra.pages }),
      notes: extra.notes ?? [],
    };
  }

  /** Keeps a file and returns the id it can be taken by. */
  put(file: MadeFile): string {
    this.sweep();
    const id = this.newId();
    this.files.set(id, { ...file, madeAt: this.now() });
    // A Map iterates in insertion order, so the first entries are the oldest.
    for (const [oldId] of this.files) {
      if (oldId === id || (this.files.size <= this.maxFiles && this.totalBytes() <= this.maxBytes)) break;
      this.files.delete(oldId);
    }
    return id;
  }

  /** The file, handed over once: a second take of the same id, or a take after it expired, finds nothing. */
  take(id: string): MadeFile | undefined {
    this.sweep();
    const kept = this.files.get(id);
    if (kept === undefined) return undefined;
    this.files.delete(id);
    return { fileName: kept.fileName, mediaType: kept.mediaType, bytes: kept.bytes };
  }

  /** How many files, and how many bytes, are kept now. */
  held(): { readonly files: number; readonly bytes: number } {
    this.sweep();
    return { files: this.files.size, bytes: this.totalBytes() };
  }

  private totalBytes(): number {
    let total = 0;
    for (const file of this.files.values()) total += file.bytes.byteLength;
    return total;
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, file] of this.files) if (now - file.madeAt >= this.keepMs) this.files.delete(id);
  }
}
