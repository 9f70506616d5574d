import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CORE_COLLECTION_NAMES, MEETING_COLLECTION_NAMES, SCHEMA_VERSION } from '../../../shared/model';
import { encodeEntry, type JournalEntry } from '../../../electron/backend/store/journal';
import { openStore } from '../../../electron/backend/store/open-store';
import { removeDir, tempDir, tickingClock } from './records';

/**
 * A real data folder written by the previous version of Minute Book (format 2, commit 2cd564c, `minute-book demo`):
 * a core file, one file per meeting and an empty journal.
 */
const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/v2-store');

type V2Record = { id: string; [key: string]: unknown };
type V2Core = { schemaVersion: 2; boards: V2Record[]; people: V2Record[]; memberships: V2Record[]; meetings: V2Record[] };
type V2Meeting = { schemaVersion: 2; meetingId: string } & Record<string, V2Record[]>;

let dir: string;
beforeEach(() => {
  dir = tempDir();
  fs.cpSync(FIXTURE, dir, { recursive: true });
});
afterEach(() => removeDir(dir));

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;
const oldCore = (): V2Core => readJson<V2Core>(path.join(FIXTURE, 'minute-book.json'));
const oldMeetings = (): V2Meeting[] =>
  fs.readdirSync(path.join(FIXTURE, 'meetings')).map((name) => readJson<V2Meeting>(path.join(FIXTURE, 'meetings', name)));

describe('opening a format-2 data folder', () => {
  it('backs up every file, migrates to the current format and loses nothing', () => {
    const before = new Map(
      ['minute-book.json', ...fs.readdirSync(path.join(dir, 'meetings')).map((n) => `meetings/${n}`)].map((rel) => [
        rel,
        fs.readFileSync(path.join(dir, rel)),
      ]),
    );
    const store = openStore({ dataDir: dir, clock: tickingClock() });

    // The backup holds every file as it was, byte for byte.
    const backup = store.listBackups().find((b) => b.reason === 'before-migration');
    expect(backup).toBeDefined();
    for (const [rel, bytes] of before) expect(fs.readFileSync(path.join(backup?.path ?? '', rel)).equals(bytes), rel).toBe(true);
    const notice = store.notices().find((n) => n.message.startsWith(`Migrated from format 2 to ${SCHEMA_VERSION}`));
    expect(notice?.message).toContain(`backup at ${backup?.path ?? ''}`);

    // Every record is there, unchanged, under the same id; the new fields start empty.
    const bundle = store.exportBundle();
    const core = oldCore();
    for (const collection of ['boards', 'people', 'memberships', 'meetings'] as const) {
      const now = new Map<string, unknown>(bundle[collection].map((r) => [r.id, r]));
      expect(now.size, collection).toBe(core[collection].length);
      for (const record of core[collection]) expect(now.get(record.id), `${collection} ${record.id}`).toMatchObject(record);
    }
    const meetings = oldMeetings();
    for (const collection of MEETING_COLLECTION_NAMES.filter((c) => c !== 'accessArrangements')) {
      const old = meetings.flatMap((m) => m[collection] ?? []);
      const now = new Map<string, unknown>(bundle[collection].map((r) => [r.id, r]));
      expect(now.size, collection).toBe(old.length);
      for (const record of old) {
        // Format 4 moved an action's due date into `due`.
        const { dueDate, ...kept } = record;
        expect(now.get(record.id), `${collection} ${record.id}`).toMatchObject(collection === 'actions' ? kept : record);
        if (collection === 'actions')
          expect(now.get(record.id)).toMatchObject(typeof dueDate === 'string' ? { due: { kind: 'date', date: dueDate } } : {});
      }
    }
    expect(bundle.minutes.length).toBeGreaterThan(0);
    for (const person of store.all('people')) expect(person).toMatchObject({ accessNeeds: [], training: [] });
    for (const board of store.all('boards')) expect(board.seldomHeardGroups).toEqual([]);
    for (const collection of ['rewardRates', 'rewardClaims', 'criteriaSets', 'ratings', 'diversityResponses', 'youSaidWeDid'] as const) {
      expect(bundle[collection], collection).toEqual([]);
    }

    // On disk: the core file and every meeting file are in the current format, and the folder checks sound.
    const newCore = readJson<Record<string, unknown>>(path.join(dir, 'minute-book.json'));
    expect(newCore['schemaVersion']).toBe(SCHEMA_VERSION);
    expect(Object.keys(newCore).sort()).toEqual(['schemaVersion', ...CORE_COLLECTION_NAMES].sort());
    for (const name of fs.readdirSync(path.join(dir, 'meetings'))) {
      const file = readJson<Record<string, unknown>>(path.join(dir, 'meetings', name));
      expect(file['schemaVersion'], name).toBe(SCHEMA_VERSION);
      expect(file['accessArrangements'], name).toEqual([]);
    }
    expect(store.check().sound).toBe(true);
    store.close();

    // It opens again without migrating a second time.
    const again = openStore({ dataDir: dir, clock: tickingClock() });
    expect(again.notices()).toEqual([]);
    expect(again.exportBundle().minutes.map((m) => m.text)).toEqual(bundle.minutes.map((m) => m.text));
    again.close();
  });

  it('replays changes left in the journal by the previous version after migrating', () => {
    const core = oldCore();
    const person = core.people[0];
    if (person === undefined) throw new Error('The fixture has no people');
    const renamed = { ...person, name: 'Renamed Before The Upgrade', updatedAt: '2026-11-23T18:40:00.000Z' };
    // The entry as the previous version wrote it: format 2, the record without the fields format 3 added. It is
    // data from disk, not a record of this version, hence the cast.
    const entry = { v: 2, at: '2026-11-23T18:40:00.000Z', ops: [{ type: 'put', collection: 'people', record: renamed }] };
    fs.writeFileSync(path.join(dir, 'journal.jsonl'), encodeEntry(entry as unknown as JournalEntry));
    expect(fs.readFileSync(path.join(dir, 'journal.jsonl'), 'utf8')).not.toContain('accessNeeds');

    const store = openStore({ dataDir: dir, clock: tickingClock() });
    expect(store.get('people', person.id)).toMatchObject({ name: 'Renamed Before The Upgrade', accessNeeds: [], training: [] });
    expect(store.notices().filter((n) => n.level !== 'info')).toEqual([]);
    store.close();
  });

  it('read-only shows the migrated data without writing anything', () => {
    const before = fs.readFileSync(path.join(dir, 'minute-book.json'));
    const store = openStore({ dataDir: dir, clock: tickingClock(), readOnly: true });
    expect(store.all('meetings').length).toBe(oldCore().meetings.length);
    expect(store.all('people').every((p) => p.accessNeeds.length === 0)).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'minute-book.json')).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
    store.close();
  });
});
