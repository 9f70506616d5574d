import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ErrorCode, Input, Method, Output } from '../../../shared/api';
import { openBackend, type Backend } from '../../../electron/backend/backend';
import { sequentialIds } from '../../../electron/backend/ids';
import { madeBytes, testClock } from '../../support/temp-backend';
import { fillDisk, mountUnavailable, readOnlyView, tinyDisk, type Mounted } from '../../support/unwritable-disks';

/*
 * A folder that cannot be written, made for real: a read-only mount (EROFS) and a tiny tmpfs filled to the last
 * byte (ENOSPC). The window and browser mode open such a folder read-only, saying why; a disk that fills while the
 * folder is open stops saving, says so, loses nothing acknowledged, and saves again once there is room.
 */

const cannotMount = mountUnavailable();
const cleanUps: (() => void)[] = [];
afterEach(() => {
  // Each runs even if one before it throws (closing on a full disk does), so no disk stays mounted.
  const failures: unknown[] = [];
  for (const cleanUp of cleanUps.splice(0).reverse()) {
    try {
      cleanUp();
    } catch (error) {
      failures.push(error);
    }
  }
  const unmountFailure = failures.find((error) => error instanceof Error && /umount/.test(error.message));
  if (unmountFailure !== undefined) throw unmountFailure;
});

function mounted(mount: Mounted): Mounted {
  cleanUps.push(() => mount.release());
  return mount;
}

function open(dataDir: string, options: { readonly fallBack?: boolean } = {}): Backend {
  const backend = openBackend({
    dataDir,
    clock: testClock(),
    ids: sequentialIds(),
    readOnlyIfUnwritable: options.fallBack ?? true,
    searchIndex: 'on-demand',
  });
  cleanUps.push(() => backend.close());
  return backend;
}

async function call<M extends Method>(backend: Backend, method: M, input: Input<M>): Promise<Output<M>> {
  const envelope = await backend.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method} refused: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as Output<M>;
}

type Answer = { readonly ok: true } | { readonly ok: false; readonly code: ErrorCode; readonly message: string };

async function attempt(backend: Backend, method: Method, input: unknown): Promise<Answer> {
  const envelope = await backend.dispatch(method, input);
  return envelope.ok ? { ok: true } : { ok: false, code: envelope.error.code, message: envelope.error.message };
}

const boardInput = (name: string, shortCode: string): Input<'boards.create'> => ({ name, shortCode, kind: 'committee', quorum: 3 });

/** An agenda item; `padding` makes its journal line longer, so a full disk is reached in a few changes. */
const item = (meetingId: string, title: string, padding = 0): Input<'agenda.add'> => ({
  meetingId,
  title,
  purpose: 'information',
  ...(padding > 0 ? { recommendations: ['x'.repeat(padding)] } : {}),
});

/** A folder with a board, a meeting and an agenda item about allotments, closed so that everything is in its files. */
async function makeStore(dataDir: string): Promise<{ readonly meetingId: string }> {
  const backend = openBackend({ dataDir, clock: testClock(), ids: sequentialIds(), searchIndex: 'on-demand' });
  try {
    const board = await call(backend, 'boards.create', boardInput('Allotments Committee', 'AC'));
    const meeting = await call(backend, 'meetings.create', { boardId: board.id, date: '2025-06-10', startTime: '14:00', withStandardItems: false });
    await call(backend, 'agenda.add', item(meeting.id, 'Allotment waiting list'));
    return { meetingId: meeting.id };
  } finally {
    backend.close();
  }
}

describe.skipIf(cannotMount !== undefined)(`a folder that cannot be written${cannotMount === undefined ? '' : ` (skipped: ${cannotMount})`}`, () => {
  it('opens a folder on a read-only disk read-only, saying so, and refuses every change with that reason', async () => {
    const source = mkdtempSync(path.join(os.tmpdir(), 'minute-book-ro-source-'));
    cleanUps.push(() => rmSync(source, { recursive: true, force: true }));
    const { meetingId } = await makeStore(source);
    const view = mounted(readOnlyView(source));

    const backend = open(view.dir);
    expect(backend.readOnlyReason).toBe(
      `This folder can only be read: ${view.dir} (the disk can only be read). You can read, search, print and export; ` +
        'to make changes, copy the folder to one you can write to and open the copy.',
    );
    const status = await call(backend, 'app.status', {});
    expect(status).toMatchObject({ readOnly: true, readOnlyReason: backend.readOnlyReason });

    // Reading, searching and exporting work.
    expect((await call(backend, 'boards.list', {})).map((b) => b.name)).toEqual(['Allotments Committee']);
    expect((await call(backend, 'meetings.get', { id: meetingId })).items.map((i) => i.title)).toEqual(['Allotment waiting list']);
    expect((await call(backend, 'search.query', { text: 'allotment', limit: 20 })).hits.map((h) => h.title)).toContain('Allotment waiting list');
    const agenda = await call(backend, 'exports.render', { meetingId, kind: 'agenda', format: 'html' });
    expect(madeBytes(backend, agenda).toString('utf8')).toContain('1. Allotment waiting list');

    // Every change is refused with the same reason, whether dispatch or the store refuses it.
    expect(await attempt(backend, 'boards.create', boardInput('Parks Committee', 'PC'))).toEqual({
      ok: false,
      code: 'read_only',
      message: backend.readOnlyReason,
    });
    expect(() => backend.repository.putBlob(new Uint8Array([1, 2, 3]))).toThrow(backend.readOnlyReason ?? 'a reason');
  });

  it('still refuses a folder that another copy has open, naming it, rather than opening it read-only', async () => {
    const disk = mounted(tinyDisk(4096));
    await makeStore(disk.dir);
    open(disk.dir, { fallBack: false });
    expect(() => open(disk.dir)).toThrow(/^This data folder is in use by Minute Book on .*\. Close it there first\.$/);
  });

  it('opens a folder on a full disk read-only, saying the disk is full, with every saved change readable', async () => {
    const disk = mounted(tinyDisk(4096));
    const { meetingId } = await makeStore(disk.dir);
    const filler = fillDisk(disk.dir);

    // As today without the fallback: a full disk cannot be opened to write.
    expect(() => open(disk.dir, { fallBack: false })).toThrow(/no space left on device/i);

    const backend = open(disk.dir);
    const reason =
      `The disk holding ${disk.dir} is full, so it is open read-only: you can read, search, print and export, but not ` +
      'make changes. Free some space, then close Minute Book and open it again to make changes.';
    expect(backend.readOnlyReason).toBe(reason);
    expect(await call(backend, 'app.status', {})).toMatchObject({ readOnly: true, readOnlyReason: reason });
    expect((await call(backend, 'meetings.get', { id: meetingId })).items.map((i) => i.title)).toEqual(['Allotment waiting list']);
    expect(await attempt(backend, 'agenda.add', item(meetingId, 'Composting'))).toEqual({ ok: false, code: 'read_only', message: reason });
    // Nothing was left behind by the attempt to open it for writing.
    expect(existsSync(path.join(disk.dir, 'minute-book.lock'))).toBe(false);

    // Once there is room, the folder opens for writing again.
    backend.close();
    rmSync(filler);
    const writer = open(disk.dir);
    expect(writer.readOnlyReason).toBeUndefined();
    expect(await attempt(writer, 'agenda.add', item(meetingId, 'Composting'))).toEqual({ ok: true });
  });

  it('refuses changes with the disk-full reason when the disk fills while open, loses nothing saved, and saves again once space is freed', async () => {
    const disk = mounted(tinyDisk(4096));
    const { meetingId } = await makeStore(disk.dir);
    const backend = open(disk.dir);
    expect(await attempt(backend, 'agenda.add', item(meetingId, 'Saved before the disk filled'))).toEqual({ ok: true });
    const filler = fillDisk(disk.dir);

    // The journal may still have room in its last block for a change or two; sooner or later one is refused.
    const saved = ['Saved before the disk filled'];
    let refusal: Answer = { ok: true };
    for (let n = 1; n <= 200 && refusal.ok; n += 1) {
      const title = `Item ${n}`;
      refusal = await attempt(backend, 'agenda.add', item(meetingId, title, 1500));
      if (refusal.ok) saved.push(title);
    }
    const reason = `The disk holding ${disk.dir} is full, so changes cannot be saved. Free some space and try again: everything already saved is kept.`;
    expect(refusal).toEqual({ ok: false, code: 'io_error', message: reason });
    // The refused change is not half there, and the next is refused with the same words.
    const titles = async (b: Backend): Promise<string[]> => (await call(b, 'meetings.get', { id: meetingId })).items.map((i) => i.title);
    expect(await titles(backend)).toEqual(['Allotment waiting list', ...saved]);
    expect(await attempt(backend, 'agenda.add', item(meetingId, 'Refused again'))).toEqual({ ok: false, code: 'io_error', message: reason });
    // Folding the journal into the files needs room too: it fails with the same words and loses nothing.
    expect(() => backend.repository.backup('manual')).toThrow(reason);
    expect(await titles(backend)).toEqual(['Allotment waiting list', ...saved]);

    rmSync(filler);
    expect(await attempt(backend, 'agenda.add', item(meetingId, 'Saved after space was freed'))).toEqual({ ok: true });
    backend.close();
    const reopened = open(disk.dir);
    expect(await titles(reopened)).toEqual(['Allotment waiting list', ...saved, 'Saved after space was freed']);
  });

  it('keeps every saved change through closing on a full disk: opened again read-only it shows them, and once there is room they are written in', async () => {
    const disk = mounted(tinyDisk(4096));
    const { meetingId } = await makeStore(disk.dir);
    const backend = open(disk.dir);
    expect(await attempt(backend, 'agenda.add', item(meetingId, 'In the journal only'))).toEqual({ ok: true });
    const filler = fillDisk(disk.dir);
    // Closing folds the journal into the files, which needs room: it cannot, so the journal keeps the change.
    expect(() => backend.close()).toThrow(/is full/);

    const reader = open(disk.dir);
    expect(reader.readOnlyReason).toMatch(/is full, so it is open read-only/);
    expect((await call(reader, 'meetings.get', { id: meetingId })).items.map((i) => i.title)).toEqual([
      'Allotment waiting list',
      'In the journal only',
    ]);
    reader.close();

    rmSync(filler);
    const writer = open(disk.dir);
    expect(writer.readOnlyReason).toBeUndefined();
    expect((await call(writer, 'meetings.get', { id: meetingId })).items.map((i) => i.title)).toEqual([
      'Allotment waiting list',
      'In the journal only',
    ]);
  });
});
