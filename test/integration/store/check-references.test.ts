import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKED_ELSEWHERE, REFERENCE_RULES, valuesAt, type Path } from '../../../shared/domain/integrity';
import { COLLECTION_NAMES, isMeetingCollection, type Bundle, type Collection } from '../../../shared/model';
import { CORE_FILE, meetingFileName, MEETINGS_DIR } from '../../../electron/backend/store/layout';
import { openDemoStore } from '../../faults/fuzz/demo-store';
import { runCli } from '../../support/run-cli';

type Site = { readonly kind: string; readonly collection: Collection; readonly record: { id: string; meetingId?: string }; readonly field: Path };

/** One place of each kind where a record of the demo names another. */
function oneSiteOfEachKind(bundle: Bundle): Site[] {
  const sites = new Map<string, Site>();
  for (const collection of COLLECTION_NAMES) {
    const patterns = [...REFERENCE_RULES[collection].map((rule) => rule.path), ...(CHECKED_ELSEWHERE[collection] ?? [])];
    for (const record of bundle[collection] as readonly { id: string; meetingId?: string }[]) {
      for (const pattern of patterns) {
        const [found] = valuesAt(record, pattern).filter(({ value }) => typeof value === 'string');
        const kind = `${collection}:${pattern}`;
        if (found !== undefined && !sites.has(kind)) sites.set(kind, { kind, collection, record, field: found.path });
      }
    }
  }
  return [...sites.values()];
}

/** Edits the record in its file on disk, as a hand edit or an old version might have: no journal, no checks. */
function plantOnDisk(dataDir: string, site: Site, id: string): void {
  const file = isMeetingCollection(site.collection)
    ? path.join(dataDir, MEETINGS_DIR, meetingFileName(site.record.meetingId ?? ''))
    : path.join(dataDir, CORE_FILE);
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { id: string }[]>;
  const record = (json[site.collection] ?? []).find((r) => r.id === site.record.id);
  if (record === undefined) throw new Error(`${site.kind}: record ${site.record.id} is not in ${file}`);
  let holder = record as unknown as Record<string | number, unknown>;
  for (const part of site.field.slice(0, -1)) holder = holder[part] as Record<string | number, unknown>;
  holder[site.field.at(-1) ?? ''] = id;
  writeFileSync(file, JSON.stringify(json));
}

describe('minute-book check, on references between records', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'minute-book-check-refs-'));
  const demoDir = path.join(work, 'demo');
  let demo: Bundle;
  let copies = 0;
  const copyOfDemo = (): string => {
    copies += 1;
    const dir = path.join(work, `copy-${copies}`);
    cpSync(demoDir, dir, { recursive: true });
    return dir;
  };

  beforeAll(async () => {
    const { backend } = await openDemoStore(demoDir);
    demo = backend.repository.exportBundle();
    backend.close();
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('finds the demo sound', async () => {
    const result = await runCli('check', '--data', demoDir);
    expect(result.out).toContain('is sound');
    expect(result.code).toBe(0);
  });

  it('finds every kind of reference to nothing planted in a store on disk, naming the record and the field', async () => {
    const sites = oneSiteOfEachKind(demo);
    expect(sites.length).toBeGreaterThan(30);
    const missed: string[] = [];
    for (const site of sites) {
      const dir = copyOfDemo();
      plantOnDisk(dir, site, 'planted-on-disk');
      const result = await runCli('check', '--data', dir);
      // A meeting's file names the meeting of each of its records: a record that names another is found reading the file.
      const named =
        isMeetingCollection(site.collection) && site.field.join('.') === 'meetingId'
          ? result.out.includes(`${site.collection} record ${site.record.id} says it belongs to meeting planted-on-disk`)
          : result.out.includes(`${site.collection} ${site.record.id}`) && result.out.includes(`${site.field.join('.')}:`);
      if (result.code !== 1 || !named) missed.push(`${site.kind}: ${result.out}`);
      rmSync(dir, { recursive: true, force: true });
    }
    expect(missed).toEqual([]);
  });

  it('repairs what can safely be taken out, after a backup, and leaves the rest for a person, named', async () => {
    const moved = demo.attendance.find((a) => a.movements.length > 0);
    const item = demo.agendaItems.find((i) => i.meetingId === moved?.meetingId);
    const attendance = demo.attendance.find((a) => a.meetingId === moved?.meetingId && a.id !== moved.id);
    if (moved === undefined || item === undefined || attendance === undefined) throw new Error('The demo has a meeting where someone left early');
    const dir = copyOfDemo();
    plantOnDisk(dir, { kind: 'presenter', collection: 'agendaItems', record: item, field: ['presenterPersonId'] }, 'gone-person');
    plantOnDisk(dir, { kind: 'movement', collection: 'attendance', record: moved, field: ['movements', 0, 'itemId'] }, 'gone-item');
    plantOnDisk(dir, { kind: 'attendance', collection: 'attendance', record: attendance, field: ['personId'] }, 'gone-member');

    const checked = await runCli('check', '--data', dir);
    expect(checked.code).toBe(1);
    expect(checked.out).toContain('has 3 problems');

    const repaired = await runCli('check', '--repair', '--data', dir);
    expect(repaired.out).toMatch(/Repaired 2 broken references \(the store as it was is kept as backup [^)]*before-repair[^)]*\)/);
    expect(repaired.out).toContain(`took out agendaItems ${item.id} of meeting ${item.meetingId}, presenterPersonId`);
    expect(repaired.out).toContain(`took out attendance ${moved.id} of meeting ${moved.meetingId}, movements.0.itemId`);
    expect(repaired.out).toContain('has 1 problem:');
    expect(repaired.out).toContain(`attendance ${attendance.id} of meeting ${attendance.meetingId}, personId: This refers to a person (gone-member)`);
    expect(repaired.code).toBe(1);

    const after = JSON.parse(readFileSync(path.join(dir, MEETINGS_DIR, meetingFileName(item.meetingId)), 'utf8')) as Bundle;
    expect(after.agendaItems.find((i) => i.id === item.id)?.presenterPersonId).toBeUndefined();
    expect(after.attendance.find((a) => a.id === moved.id)?.movements).toEqual(moved.movements.slice(1));
    expect(existsSync(path.join(dir, 'backups'))).toBe(true);
  });
});
