import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, CORE_COLLECTION_NAMES, SCHEMA_VERSION } from '../../../shared/model';
import { migrateToCurrent } from '../../../electron/backend/store/migrations';
import { openStore } from '../../../electron/backend/store/open-store';
import { StoreError } from '../../../electron/backend/store/store-error';
import { removeDir, tempDir, tickingClock } from './records';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/v1-store');

type V1Record = { id: string; [key: string]: unknown };
type V1 = { schemaVersion: 1 } & Record<string, V1Record[]>;

let dir: string;
beforeEach(() => {
  dir = tempDir();
  fs.cpSync(FIXTURE, dir, { recursive: true });
});
afterEach(() => removeDir(dir));

const v1 = (): V1 => JSON.parse(fs.readFileSync(path.join(FIXTURE, 'minute-book.json'), 'utf8')) as V1;
const withoutKeys = (record: V1Record, keys: string[]): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k)));

describe('opening a format-1 data folder', () => {
  it('backs up the old file, migrates to the current format and loses nothing', () => {
    const original = fs.readFileSync(path.join(dir, 'minute-book.json'));
    const store = openStore({ dataDir: dir, clock: tickingClock() });

    // The backup holds the old file byte for byte.
    const backup = store.listBackups().find((b) => b.reason === 'before-migration');
    expect(backup).toBeDefined();
    expect(fs.readFileSync(path.join(backup?.path ?? '', 'minute-book.json')).equals(original)).toBe(true);
    const notice = store.notices().find((n) => n.message.startsWith(`Migrated from format 1 to ${SCHEMA_VERSION}`));
    expect(notice?.message).toContain(`backup at ${backup?.path ?? ''}`);

    // Every record of every collection is there, under the same id.
    const old = v1();
    const bundle = store.exportBundle();
    for (const collection of COLLECTION_NAMES) {
      expect(bundle[collection].map((r) => r.id).sort(), collection).toEqual((old[collection] ?? []).map((r) => r.id).sort());
    }

    // People: the display name becomes the public name (or the name when there is none); consent defaults to no.
    const people = Object.fromEntries(store.all('people').map((p) => [p.id, p]));
    expect(people['ppl-rowe']).toMatchObject({ name: 'Councillor Dafydd Rowe', publicName: 'Cllr Dafydd Rowe', consentToBeNamed: true });
    expect(people['ppl-amara']).toMatchObject({ publicName: 'Amara Lindqvist', consentToBeNamed: false });
    expect(people['ppl-tomas']).toMatchObject({
      publicName: 'Tomas Brennan',
      consentToBeNamed: false,
      jobTitle: 'Head of Mental Health Commissioning',
    });
    for (const person of store.all('people')) expect(person).not.toHaveProperty('displayName');

    // Agenda items: the exempt flag becomes confidentiality, with its category and reason.
    const items = Object.fromEntries(store.everyMeeting('agendaItems').map((i) => [i.id, i]));
    expect(items['itm-06-crisis']?.confidentiality).toEqual({ access: 'public' });
    expect(items['itm-06-contract']?.confidentiality).toEqual({ access: 'exempt', category: 3, reason: 'Tender prices of named bidders' });
    expect(items['itm-09-case']?.confidentiality).toEqual({ access: 'exempt', category: 1 });
    expect(items['itm-06-contract']).not.toHaveProperty('exempt');

    // Everything else is carried over unchanged.
    const unchanged = (collection: string, keysChanged: string[] = []): void => {
      const now = new Map<string, unknown>(bundle[collection as 'boards'].map((r) => [r.id, r]));
      for (const record of old[collection] ?? []) {
        expect(now.get(record.id), `${collection} ${record.id}`).toMatchObject(withoutKeys(record, keysChanged));
      }
    };
    for (const c of ['boards', 'memberships', 'meetings', 'attendance', 'declarations', 'minutes', 'resolutions', 'attachments']) unchanged(c);
    // Format 4 moved an action's due date into `due`.
    unchanged('actions', ['dueDate']);
    for (const action of old['actions'] ?? []) {
      const due = action['dueDate'];
      expect(bundle.actions.find((a) => a.id === action.id)?.due).toEqual(typeof due === 'string' ? { kind: 'date', date: due } : undefined);
    }
    unchanged('people', ['displayName', 'namedInPublic']);
    unchanged('agendaItems', ['exempt']);

    // The folder is now in the current format: a core file and one file per meeting, and it checks sound.
    const core = JSON.parse(fs.readFileSync(path.join(dir, 'minute-book.json'), 'utf8')) as Record<string, unknown>;
    expect(core['schemaVersion']).toBe(SCHEMA_VERSION);
    expect(Object.keys(core).sort()).toEqual(['schemaVersion', ...CORE_COLLECTION_NAMES].sort());
    expect(fs.readdirSync(path.join(dir, 'meetings')).sort()).toEqual(['mtg-2023-06.json', 'mtg-2023-09.json']);
    // Five files in the folder, and five copies in its two backups (the old file before migrating, then the new files).
    expect(store.check()).toEqual({ sound: true, problems: [], checkedFiles: 10, filesSound: true });
    store.close();

    // And it opens again without migrating a second time.
    const again = openStore({ dataDir: dir, clock: tickingClock() });
    expect(again.notices()).toEqual([]);
    expect(again.meeting('mtg-2023-06').resolutions[0]?.parts.map((p) => p.text)).toEqual([
      'That the review be noted.',
      'That the pilot be extended to 31 March 2024.',
    ]);
    again.close();
  });

  it('read-only shows the migrated data without writing anything', () => {
    const before = fs.readFileSync(path.join(dir, 'minute-book.json'));
    const store = openStore({ dataDir: dir, clock: tickingClock(), readOnly: true });
    expect(store.meeting('mtg-2023-09').agendaItems.map((i) => i.id)).toEqual(['itm-09-prev', 'itm-09-case']);
    expect(fs.readFileSync(path.join(dir, 'minute-book.json')).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'meetings'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
    store.close();
  });
});

describe('migrateToCurrent', () => {
  it('leaves a current document as it is', () => {
    const doc = { schemaVersion: SCHEMA_VERSION, boards: [] };
    expect(migrateToCurrent(doc)).toMatchObject({ json: doc, fromVersion: SCHEMA_VERSION, steps: [] });
  });

  it('brings a format-4 document to format 5 with every record as it was (historic meetings are new and optional)', () => {
    const meeting = {
      id: 'm1',
      boardId: 'b1',
      approval: { atMeetingId: 'm2', approvedAt: '2026-01-01T10:00:00Z', signature: { name: 'A', signedOn: '2026-01-01' } },
    };
    const { json, steps } = migrateToCurrent({ schemaVersion: 4, meetings: [meeting] });
    expect(steps.map((s) => `${s.from}->${s.to}`)).toEqual(['4->5']);
    expect(json).toEqual({ schemaVersion: 5, meetings: [meeting] });
  });

  it('refuses a newer format in plain words', () => {
    try {
      migrateToCurrent({ schemaVersion: 7 }, 'The bundle');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe('future_version');
      expect((error as StoreError).message).toBe(
        `The bundle was written by a newer version of Minute Book (format 7); this version reads up to ${SCHEMA_VERSION}; update Minute Book.`,
      );
    }
  });

  it('refuses a document that does not say its format', () => {
    expect(() => migrateToCurrent({ boards: [] })).toThrow(/schemaVersion is missing/);
    expect(() => migrateToCurrent([1, 2])).toThrow(StoreError);
  });
});
