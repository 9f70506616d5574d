import { Buffer } from 'node:buffer';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ErrorCode, Input, Method, Output } from '../../shared/api';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { sequentialIds } from '../../electron/backend/ids';

export type TestClock = { now(): string; set(iso: string): void };

export function testClock(start = '2025-06-01T09:00:00.000Z'): TestClock {
  let current = start;
  return { now: () => current, set: (iso) => void (current = iso) };
}

export function tempDir(prefix = 'minute-book-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export type Harness = {
  readonly backend: Backend;
  readonly dir: string;
  readonly clock: TestClock;
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  refusal(method: Method, input: unknown): Promise<{ code: ErrorCode; message: string; path?: string }>;
  /** The bytes of a file the backend made (an export, a report), taken once as a download or Save As takes them. */
  bytes(file: { readonly fileId: string }): Buffer;
  reopen(): void;
  dispose(): void;
};

/** A backend over a fresh temporary data folder, with a settable clock and predictable ids. */
export function harness(dir = tempDir()): Harness {
  const clock = testClock();
  const ids = sequentialIds();
  let backend = openBackend({ dataDir: dir, clock, ids });
  return {
    get backend() {
      return backend;
    },
    dir,
    clock,
    async call(method, input) {
      const envelope = await backend.dispatch(method, input);
      if (!envelope.ok) throw new Error(`${method} refused: ${envelope.error.code} ${envelope.error.message} ${envelope.error.path ?? ''}`);
      return envelope.value as never;
    },
    async refusal(method, input) {
      const envelope = await backend.dispatch(method, input);
      if (envelope.ok) throw new Error(`${method} was expected to be refused`);
      return envelope.error;
    },
    bytes(file) {
      return madeBytes(backend, file);
    },
    reopen() {
      backend.close();
      backend = openBackend({ dataDir: dir, clock, ids });
    },
    dispose() {
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The bytes of a file a backend made, taken as a download or Save As takes them: once. */
export function madeBytes(backend: Pick<Backend, 'madeFiles'>, file: { readonly fileId: string }): Buffer {
  const made = backend.madeFiles.take(file.fileId);
  if (made === undefined) throw new Error(`No made file is kept under ${file.fileId}`);
  return Buffer.from(made.bytes);
}
