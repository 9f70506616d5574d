// In the integration project (separate processes): process.umask cannot be set from a worker thread.
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../electron/backend/backend';
import { sequentialIds } from '../../../electron/backend/ids';
import { testClock } from '../../support/temp-backend';
import { removeDir, tempDir } from '../../unit/store/records';

/** Every file and folder under `dir`, with its permission bits, as paths relative to `dir`. */
function modes(dir: string): Map<string, { readonly kind: 'file' | 'folder'; readonly mode: number }> {
  const found = new Map<string, { readonly kind: 'file' | 'folder'; readonly mode: number }>();
  const walk = (current: string): void => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      const stat = fs.statSync(full);
      found.set(path.relative(dir, full), { kind: entry.isDirectory() ? 'folder' : 'file', mode: stat.mode & 0o777 });
      if (entry.isDirectory()) walk(full);
    }
  };
  found.set('.', { kind: 'folder', mode: fs.statSync(dir).mode & 0o777 });
  walk(dir);
  return found;
}

const octal = (mode: number): string => `0${mode.toString(8)}`;

async function ok<T>(backend: Backend, method: string, input: unknown): Promise<T> {
  const envelope = await backend.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value as T;
}

describe.skipIf(process.platform === 'win32')('the data folder on Linux and macOS', () => {
  let work: string;
  let umask: number;
  beforeEach(() => {
    work = tempDir();
    // The usual umask, which leaves new files readable by everyone unless the store asks otherwise.
    umask = process.umask(0o022);
  });
  afterEach(() => {
    process.umask(umask);
    removeDir(work);
  });

  it('creates every file for its owner alone (0600) and every folder 0700', async () => {
    const dataDir = path.join(work, 'nested', 'data');
    const clock = testClock();
    const ids = sequentialIds();
    let backend = openBackend({ dataDir, clock, ids, searchIndex: 'on-demand' });
    const board = await ok<{ id: string }>(backend, 'boards.create', { name: 'Carers Board', shortCode: 'CB', kind: 'committee', quorum: 2 });
    const meeting = await ok<{ id: string }>(backend, 'meetings.create', { boardId: board.id, date: '2025-06-10', startTime: '14:00' });
    await ok(backend, 'attachments.add', {
      meetingId: meeting.id,
      originalName: 'Report.pdf',
      mediaType: 'application/pdf',
      dataBase64: Buffer.from('%PDF-1.7 report').toString('base64'),
    });
    await ok(backend, 'people.create', { name: 'Dev Sharma', kind: 'expert-by-experience', consentToBeNamed: true });
    backend.close();
    // Opening again replays nothing, folds the journal into the files and makes a backup holding them all.
    clock.set('2025-06-01T12:00:00.000Z');
    backend = openBackend({ dataDir, clock, ids, searchIndex: 'on-demand' });
    await ok(backend, 'meetings.update', { id: meeting.id, patch: { venue: 'Committee Room 2' } });

    const found = modes(dataDir);
    const names = [...found.keys()];
    expect(names).toEqual(
      expect.arrayContaining(['.', 'minute-book.json', 'minute-book.lock', 'journal.jsonl', 'meetings', 'attachments', 'backups']),
    );
    expect(names.some((n) => n.startsWith(`meetings${path.sep}`))).toBe(true);
    expect(names.some((n) => n.startsWith(`attachments${path.sep}`) && found.get(n)?.kind === 'file')).toBe(true);
    expect(names.some((n) => n.startsWith(`backups${path.sep}`) && found.get(n)?.kind === 'file')).toBe(true);
    const wrong = [...found]
      .filter(([, f]) => f.mode !== (f.kind === 'file' ? 0o600 : 0o700))
      .map(([name, f]) => `${name} ${f.kind} ${octal(f.mode)}`);
    expect(wrong).toEqual([]);
    // The parents the store had to make for the folder are private too.
    expect(octal(fs.statSync(path.join(work, 'nested')).mode & 0o777)).toBe('0700');
    backend.close();
  });
});
