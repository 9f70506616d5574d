import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recoverStaleLock } from '../../../electron/backend/store/lock';
import { openStore } from '../../../electron/backend/store/open-store';
import { StoreError } from '../../../electron/backend/store/store-error';
import { board, removeDir, tempDir, tickingClock } from './records';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => removeDir(dir));

/** The pid of a process that has already ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

function writeLock(holder: { host: string; pid: number; startedAt: string }, ageMs = 0): void {
  const file = path.join(dir, 'minute-book.lock');
  fs.writeFileSync(file, JSON.stringify({ ...holder, app: 'Minute Book' }));
  const when = new Date(Date.now() - ageMs);
  fs.utimesSync(file, when, when);
}

function refusal(fn: () => unknown): StoreError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the lock', () => {
  it('refuses a second writer and names the holder', () => {
    const clock = tickingClock();
    const first = openStore({ dataDir: dir, clock });
    const error = refusal(() => openStore({ dataDir: dir, clock }));
    expect(error.code).toBe('locked');
    expect(error.message).toBe(
      `This data folder is in use by Minute Book on ${os.hostname()} (process ${process.pid}, since 2025-06-01T09:00:01.000Z). Close it there first.`,
    );
    first.close();
    openStore({ dataDir: dir, clock }).close();
  });

  it('lets a read-only opening in while a writer holds the folder, and takes no lock itself', () => {
    const clock = tickingClock();
    const writer = openStore({ dataDir: dir, clock });
    writer.commit([{ type: 'put', collection: 'boards', record: board() }]);
    const reader = openStore({ dataDir: dir, clock, readOnly: true });
    expect(reader.all('boards').map((b) => b.id)).toEqual(['b1']);
    expect(refusal(() => reader.commit([{ type: 'put', collection: 'boards', record: board('b2') }])).code).toBe('read_only');
    reader.close();
    expect(fs.existsSync(path.join(dir, 'minute-book.lock'))).toBe(true);
    writer.close();
    expect(fs.existsSync(path.join(dir, 'minute-book.lock'))).toBe(false);
  });

  it('takes over a lock left by a process on this computer that has ended, and says so', () => {
    const pid = deadPid();
    writeLock({ host: os.hostname(), pid, startedAt: '2025-05-31T08:00:00.000Z' });
    const store = openStore({ dataDir: dir, clock: tickingClock() });
    const notice = store.notices().find((n) => n.message.includes('not closed properly'));
    expect(notice?.message).toContain(`process ${pid}`);
    const lock = JSON.parse(fs.readFileSync(path.join(dir, 'minute-book.lock'), 'utf8')) as { pid: number };
    expect(lock.pid).toBe(process.pid);
    store.close();
  });

  it('respects a fresh lock from another computer but takes over one not refreshed for minutes', () => {
    writeLock({ host: 'clerk-laptop-7', pid: 4242, startedAt: '2025-06-01T08:00:00.000Z' }, 10_000);
    const error = refusal(() => openStore({ dataDir: dir, clock: tickingClock() }));
    expect(error.message).toContain('Minute Book on clerk-laptop-7 (process 4242');

    writeLock({ host: 'clerk-laptop-7', pid: 4242, startedAt: '2025-06-01T08:00:00.000Z' }, 5 * 60_000);
    const store = openStore({ dataDir: dir, clock: tickingClock() });
    expect(store.notices().some((n) => n.message.includes('clerk-laptop-7'))).toBe(true);
    store.close();
  });

  it('treats an empty lock (cut short while written) as held for a few seconds, then as stale', () => {
    const file = path.join(dir, 'minute-book.lock');
    fs.writeFileSync(file, '');
    expect(refusal(() => openStore({ dataDir: dir, clock: tickingClock() })).message).toContain('in use by another copy of Minute Book');
    const old = new Date(Date.now() - 10_000);
    fs.utimesSync(file, old, old);
    openStore({ dataDir: dir, clock: tickingClock() }).close();
  });

  it('lets check clear a stale lock and report a live one', () => {
    expect(recoverStaleLock(dir).state).toBe('free');
    writeLock({ host: os.hostname(), pid: deadPid(), startedAt: '2025-05-31T08:00:00.000Z' });
    expect(recoverStaleLock(dir).state).toBe('recovered');
    expect(fs.existsSync(path.join(dir, 'minute-book.lock'))).toBe(false);
    const store = openStore({ dataDir: dir, clock: tickingClock() });
    const status = recoverStaleLock(dir);
    expect(status.state).toBe('held');
    store.close();
  });
});
