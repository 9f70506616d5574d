import { describe, expect, it } from 'vitest';
import { FileId } from '../../../../shared/api/exports';
import { MADE_FILE_LIMITS, MadeFiles, type MadeFilesOptions } from '../../../../electron/backend/made-files';

const MINUTE = 60_000;

/** A store with a clock the test moves and ids it can read. */
function store(options: Omit<MadeFilesOptions, 'now' | 'newId'> = {}): { files: MadeFiles; later: (ms: number) => void } {
  let now = Date.parse('2025-06-10T14:00:00Z');
  let n = 0;
  const files = new MadeFiles({ ...options, now: () => now, newId: () => `file-${(n += 1)}` });
  return { files, later: (ms) => void (now += ms) };
}

const file = (name: string, size: number): { fileName: string; mediaType: string; bytes: Uint8Array } => ({
  fileName: `${name}.pdf`,
  mediaType: 'application/pdf',
  bytes: new Uint8Array(size).fill(0x25),
});

describe('the files the backend made, waiting to be saved', () => {
  it('hands a file over once, as it was made', () => {
    const { files } = store();
    const id = files.put(file('minutes', 8));
    expect(files.take(id)).toEqual(file('minutes', 8));
    expect(files.take(id)).toBeUndefined();
    expect(files.take('never-made')).toBeUndefined();
  });

  it('keeps files under unguessable ids that a download address can carry as they are', () => {
    const files = new MadeFiles();
    const ids = Array.from({ length: 50 }, (_, i) => files.put(file(`f${i}`, 1)));
    expect(new Set(ids).size).toBe(50);
    for (const id of ids) {
      expect(id).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(FileId.safeParse(id).success).toBe(true);
      expect(encodeURIComponent(id)).toBe(id);
    }
  });

  it('forgets a file not taken within ten minutes', () => {
    const { files, later } = store();
    const early = files.put(file('early', 10));
    later(5 * MINUTE);
    const late = files.put(file('late', 10));
    later(5 * MINUTE - 1);
    expect(files.held()).toEqual({ files: 2, bytes: 20 });
    later(1);
    expect(files.take(early)).toBeUndefined();
    expect(files.held()).toEqual({ files: 1, bytes: 10 });
    later(5 * MINUTE);
    expect(files.take(late)).toBeUndefined();
    expect(MADE_FILE_LIMITS.keepMs).toBe(10 * MINUTE);
  });

  it('lets the oldest go when more files would be kept than the limit', () => {
    const { files } = store({ maxFiles: 3 });
    const ids = ['a', 'b', 'c', 'd', 'e'].map((name) => files.put(file(name, 1)));
    expect(files.held()).toEqual({ files: 3, bytes: 3 });
    expect(ids.map((id) => files.take(id)?.fileName)).toEqual([undefined, undefined, 'c.pdf', 'd.pdf', 'e.pdf']);
  });

  it('lets the oldest go when the files kept would take more bytes than the limit', () => {
    const { files } = store({ maxBytes: 100 });
    const first = files.put(file('first', 40));
    const second = files.put(file('second', 40));
    const third = files.put(file('third', 40));
    expect(files.held()).toEqual({ files: 2, bytes: 80 });
    expect(files.take(first)).toBeUndefined();
    expect(files.take(second)?.fileName).toBe('second.pdf');
    expect(files.take(third)?.fileName).toBe('third.pdf');
  });

  it('always keeps the file just made, however large, so the clerk can save what they asked for', () => {
    const { files } = store({ maxBytes: 100 });
    const small = files.put(file('small', 10));
    const large = files.put(file('large', 500));
    expect(files.held()).toEqual({ files: 1, bytes: 500 });
    expect(files.take(small)).toBeUndefined();
    expect(files.take(large)?.bytes.byteLength).toBe(500);
  });

  it('keeps a file that is taken in the meantime from counting against the limits', () => {
    const { files } = store({ maxFiles: 2 });
    const a = files.put(file('a', 1));
    expect(files.take(a)?.fileName).toBe('a.pdf');
    const b = files.put(file('b', 1));
    const c = files.put(file('c', 1));
    expect([files.take(b)?.fileName, files.take(c)?.fileName]).toEqual(['b.pdf', 'c.pdf']);
  });
});
