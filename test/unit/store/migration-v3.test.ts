import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../shared/model';
import { encodeEntry, type JournalEntry } from '../../../electron/backend/store/journal';
import { migrateToCurrent } from '../../../electron/backend/store/migrations';
import { openStore } from '../../../electron/backend/store/open-store';
import { removeDir, tempDir, tickingClock } from './records';

/**
 * A real data folder written by the previous version of Minute Book (format 3, `minute-book demo` built from commit
 * 40d71b6): a core file, one file per meeting and an empty journal.
 */
const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/v3-store');

type V3Record = { id: string; [key: string]: unknown };
type V3Meeting = { schemaVersion: 3; meetingId: string; actions: V3Record[] };

let dir: string;
beforeEach(() => {
  dir = tempDir();
  fs.cpSync(FIXTURE, dir, { recursive: true });
});
afterEach(() => removeDir(dir));

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;
const oldActions = (): V3Record[] =>
  fs.readdirSync(path.join(FIXTURE, 'meetings')).flatMap((name) => readJson<V3Meeting>(path.join(FIXTURE, 'meetings', name)).actions);

describe('opening a format-3 data folder', () => {
  it('backs up every file first, then moves each action’s due date into due and loses nothing', () => {
    const before = new Map(
      ['minute-book.json', ...fs.readdirSync(path.join(dir, 'meetings')).map((n) => `meetings/${n}`)].map((rel) => [
        rel,
        fs.readFileSync(path.join(dir, rel)),
      ]),
    );
    const store = openStore({ dataDir: dir, clock: tickingClock() });

    const backup = store.listBackups().find((b) => b.reason === 'before-migration');
    expect(backup).toBeDefined();
    for (const [rel, bytes] of before) expect(fs.readFileSync(path.join(backup?.path ?? '', rel)).equals(bytes), rel).toBe(true);
    expect(store.notices().find((n) => n.message.startsWith(`Migrated from format 3 to ${SCHEMA_VERSION}`))?.message).toContain(backup?.path ?? '?');

    const old = oldActions();
    expect(old.filter((a) => typeof a['dueDate'] === 'string').length).toBeGreaterThan(3);
    const now = new Map(store.exportBundle().actions.map((a) => [a.id, a]));
    expect(now.size).toBe(old.length);
    for (const { dueDate, ...rest } of old) {
      const migrated = now.get(rest.id);
      expect(migrated, rest.id).toMatchObject(rest);
      expect(migrated?.due, rest.id).toEqual(typeof dueDate === 'string' ? { kind: 'date', date: dueDate } : undefined);
      expect(migrated).not.toHaveProperty('dueDate');
    }

    for (const name of fs.readdirSync(path.join(dir, 'meetings'))) {
      const file = readJson<{ schemaVersion: number; actions: Record<string, unknown>[] }>(path.join(dir, 'meetings', name));
      expect(file.schemaVersion, name).toBe(SCHEMA_VERSION);
      expect(
        file.actions.some((a) => 'dueDate' in a),
        name,
      ).toBe(false);
    }
    expect(store.check().sound).toBe(true);
    store.close();

    const again = openStore({ dataDir: dir, clock: tickingClock() });
    expect(again.notices()).toEqual([]);
    again.close();
  });

  it('replays an action changed in the journal by the previous version, its due date moved into due', () => {
    const meetingFile = fs.readdirSync(path.join(FIXTURE, 'meetings')).find((n) => oldActionsIn(n).length > 0) ?? '';
    const action = oldActionsIn(meetingFile)[0];
    if (action === undefined) throw new Error('The fixture has no actions');
    const changed = { ...action, text: 'Changed before the upgrade', dueDate: '2027-01-29', updatedAt: '2026-12-01T10:00:00.000Z' };
    // The entry as format 3 wrote it: data from disk, not a record of this version, hence the cast.
    const entry = { v: 3, at: '2026-12-01T10:00:00.000Z', ops: [{ type: 'put', collection: 'actions', record: changed }] };
    fs.writeFileSync(path.join(dir, 'journal.jsonl'), encodeEntry(entry as unknown as JournalEntry));

    const store = openStore({ dataDir: dir, clock: tickingClock() });
    const replayed = store.meeting(String(action['meetingId'])).actions.find((a) => a.id === action.id);
    expect(replayed).toMatchObject({ text: 'Changed before the upgrade', due: { kind: 'date', date: '2027-01-29' } });
    expect(replayed).not.toHaveProperty('dueDate');
    expect(store.notices().filter((n) => n.level !== 'info')).toEqual([]);
    store.close();
  });
});

const oldActionsIn = (name: string): V3Record[] => readJson<V3Meeting>(path.join(FIXTURE, 'meetings', name)).actions;

describe('the format 3 → 4 step', () => {
  it('leaves an action without a due date without one', () => {
    const doc = {
      schemaVersion: 3,
      actions: [
        { id: 'a1', text: 'Write', dueDate: '2026-05-01' },
        { id: 'a2', text: 'Call' },
      ],
    };
    expect(migrateToCurrent(doc).json['actions']).toEqual([
      { id: 'a1', text: 'Write', due: { kind: 'date', date: '2026-05-01' } },
      { id: 'a2', text: 'Call' },
    ]);
  });
});
