import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeEntry, JournalWriter, parseJournal, readJournal, type JournalEntry } from '../../../electron/backend/store/journal';
import { SCHEMA_VERSION } from '../../../shared/model';
import { openStore } from '../../../electron/backend/store/open-store';
import { board, crashCopy, filesUnder, meeting, removeDir, tempDir, tickingClock } from './records';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => removeDir(dir));

const entry = (id: string): JournalEntry => ({
  v: SCHEMA_VERSION,
  at: '2025-06-01T09:00:00.000Z',
  ops: [{ type: 'put', collection: 'meetings', record: meeting(id) }],
});
const ids = (entries: readonly JournalEntry[]): string[] => entries.flatMap((e) => e.ops.map((op) => (op.type === 'put' ? op.record.id : op.id)));

describe('the journal', () => {
  it('reads back every appended entry in order', () => {
    const file = path.join(dir, 'journal.jsonl');
    const writer = new JournalWriter(file);
    writer.reset();
    for (const id of ['m1', 'm2', 'm3']) writer.append(entry(id));
    writer.close();
    const read = readJournal(file);
    expect(ids(read.entries)).toEqual(['m1', 'm2', 'm3']);
    expect(read.tornTail).toBe(false);
    expect(read.damage).toBeUndefined();
    expect(writer.lines).toBe(3);
  });

  it('ignores a torn last line left by a crash mid-append', () => {
    const whole = Buffer.concat([encodeEntry(entry('m1')), encodeEntry(entry('m2'))]);
    const torn = Buffer.concat([whole, encodeEntry(entry('m3')).subarray(0, 40)]);
    const read = parseJournal(torn);
    expect(ids(read.entries)).toEqual(['m1', 'm2']);
    expect(read.tornTail).toBe(true);
    expect(read.damage).toBeUndefined();
  });

  it('reports a garbled last line that has its newline as damage: a crash leaves a line cut short, without one', () => {
    const last = encodeEntry(entry('m2'));
    last[20] = last[20] === 0x41 ? 0x42 : 0x41;
    const read = parseJournal(Buffer.concat([encodeEntry(entry('m1')), last]));
    expect(ids(read.entries)).toEqual(['m1']);
    expect(read.tornTail).toBe(false);
    expect(read.damage).toMatchObject({ line: 2, linesAfter: 0 });
  });

  it('stops at a bad line in the middle and reports it as damage', () => {
    const bad = encodeEntry(entry('m2'));
    bad[30] = 0x7e;
    const read = parseJournal(Buffer.concat([encodeEntry(entry('m1')), bad, encodeEntry(entry('m3')), encodeEntry(entry('m4'))]));
    expect(ids(read.entries)).toEqual(['m1']);
    expect(read.damage).toEqual({ line: 2, reason: 'its checksum does not match', linesAfter: 2 });
  });
});

describe('opening a store whose journal is damaged', () => {
  it('keeps the changes before the bad line, moves the journal aside byte for byte and says so', () => {
    const clock = tickingClock();
    const store = openStore({ dataDir: dir, clock });
    store.commit([{ type: 'put', collection: 'boards', record: board() }]);
    store.commit([{ type: 'put', collection: 'meetings', record: meeting('m1') }]);
    store.commit([{ type: 'put', collection: 'meetings', record: meeting('m2') }]);
    store.commit([{ type: 'put', collection: 'meetings', record: meeting('m3') }]);
    // A crash leaves the journal as it is, without compaction.
    const crashed = crashCopy(dir);
    store.close();
    removeDir(dir);
    dir = crashed;
    const journalFile = path.join(dir, 'journal.jsonl');
    const bytes = fs.readFileSync(journalFile);
    const lines = bytes.toString('utf8').split('\n');
    lines[2] = lines[2]?.replace('"m2"', '"mX"') ?? '';
    const damaged = Buffer.from(lines.join('\n'), 'utf8');
    fs.writeFileSync(journalFile, damaged);

    const reopened = openStore({ dataDir: dir, clock });
    expect(reopened.all('meetings').map((m) => m.id)).toEqual(['m1']);
    const notice = reopened.notices().find((n) => n.message.includes('journal'));
    expect(notice?.level).toBe('warning');
    expect(notice?.message).toContain('damaged at line 3');
    const kept = filesUnder(path.join(dir, 'corrupt'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, 'corrupt', kept[0] ?? '')).equals(damaged)).toBe(true);
    expect(notice?.message).toContain(path.join(dir, 'corrupt', kept[0] ?? ''));
    expect(fs.readFileSync(journalFile).length).toBe(0);
    reopened.close();
  });
});
