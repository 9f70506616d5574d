import { spawn, type ChildProcessByStdio } from 'node:child_process';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../../electron/backend/context';
import { openStore } from '../../../electron/backend/store/open-store';
import { removeDir, tempDir } from '../../unit/store/records';

const ROUNDS = 50;
/** Writers loaded ahead of their turn (module loading takes most of a round otherwise). */
const AHEAD = 2;
const WRITER = path.join(import.meta.dirname, 'crash-writer.ts');
const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/** What the children have acknowledged so far, across every round. */
type Expected = {
  meetings: Set<string>;
  items: Map<string, string>;
  deleted: Map<string, string>;
  minutes: Map<string, { meetingId: string; version: number }>;
};

type Writer = {
  readonly process: ChildProcessByStdio<Writable, Readable, Readable>;
  readonly loaded: Promise<void>;
  readonly closed: Promise<string | null>;
  output(): string;
};

function spawnWriter(dir: string, round: number): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir, String(round)], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8');
  child.stderr.on('data', (chunk: Buffer) => void (err += chunk.toString('utf8')));
  const loaded = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (out.startsWith('loaded\n')) resolve();
    });
    child.on('error', reject);
    child.on('close', () => reject(new Error(`writer ${round} ended before it loaded: ${err}`)));
  });
  // A writer loaded ahead and killed unused at the end never loads; that is not an error.
  loaded.catch(() => undefined);
  const closed = new Promise<string | null>((resolve) => child.on('close', (code, signal) => resolve(signal ?? `exit ${String(code)}: ${err}`)));
  return { process: child, loaded, closed, output: () => out };
}

/** Lets the writer open the store and kills it with SIGKILL 20 to 200 ms later. Returns its whole output lines. */
async function runAndKill(writer: Writer): Promise<{ lines: string[]; killedAfterMs: number }> {
  await writer.loaded;
  const killedAfterMs = 20 + Math.floor(Math.random() * 181);
  // The random delay starts at the first acknowledged write, so a busy machine's slow start-up does not eat the
  // round: every round kills a writer in the middle of its writes.
  const linesBefore = writer.output().split('\n').length;
  const firstAck = new Promise<void>((resolve) => {
    const check = (): void => {
      if (writer.output().split('\n').length > linesBefore) resolve();
    };
    writer.process.stdout.on('data', check);
  });
  writer.process.stdin.write('go\n');
  await Promise.race([firstAck, writer.closed]);
  const timer = setTimeout(() => writer.process.kill('SIGKILL'), killedAfterMs);
  const ended = await writer.closed;
  clearTimeout(timer);
  if (ended !== 'SIGKILL') throw new Error(`the writer stopped by itself (${ended})`);
  // Only whole lines count: a line cut short by the kill was not fully acknowledged.
  return { lines: writer.output().split('\n').slice(0, -1), killedAfterMs };
}

function record(expected: Expected, lines: readonly string[]): number {
  let acks = 0;
  for (const line of lines) {
    const [kind, id = '', meetingId = '', version = ''] = line.split(' ');
    if (kind === 'meeting') expected.meetings.add(id);
    else if (kind === 'item') expected.items.set(id, meetingId);
    else if (kind === 'deleting') {
      // From here the item may be gone even without the acknowledgement, so it is no longer promised.
      expected.items.delete(id);
      continue;
    } else if (kind === 'deleted') expected.deleted.set(id, meetingId);
    else if (kind === 'minute') expected.minutes.set(id, { meetingId, version: Number(version) });
    else continue;
    acks += 1;
  }
  return acks;
}

const dir = tempDir('mb-crash-');
const writers = new Map<number, Writer>();
afterAll(() => {
  // Writers loaded ahead but never let go have not touched the store.
  for (const writer of writers.values()) writer.process.kill('SIGKILL');
  removeDir(dir);
});

describe('a writer killed at random moments', () => {
  it(`loses no acknowledged write and leaves a sound store, over ${ROUNDS} rounds`, async () => {
    const expected: Expected = { meetings: new Set(), items: new Map(), deleted: new Map(), minutes: new Map() };
    let totalAcks = 0;
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (let ahead = round; ahead <= Math.min(ROUNDS, round + AHEAD); ahead += 1) {
        if (!writers.has(ahead)) writers.set(ahead, spawnWriter(dir, ahead));
      }
      const writer = writers.get(round) as Writer;
      const { lines, killedAfterMs } = await runAndKill(writer);
      writers.delete(round);
      totalAcks += record(expected, lines);

      // Alternate: read-only (the next writer must recover the crash itself) and a full open (which recovers it here).
      const readOnly = round % 2 === 0;
      const store = openStore({ dataDir: dir, clock: systemClock, readOnly });
      const context = `round ${round}, killed after ${killedAfterMs} ms, ${readOnly ? 'read-only' : 'writer'}`;
      try {
        expect(store.check(), context).toMatchObject({ sound: true, problems: [] });
        const meetings = new Set(store.all('meetings').map((m) => m.id));
        for (const id of expected.meetings) expect(meetings.has(id), `${context}: meeting ${id}`).toBe(true);
        const items = new Map(store.everyMeeting('agendaItems').map((i) => [i.id, i.meetingId]));
        for (const [id, meetingId] of expected.items) expect(items.get(id), `${context}: item ${id}`).toBe(meetingId);
        for (const id of expected.deleted.keys()) expect(items.has(id), `${context}: deleted item ${id}`).toBe(false);
        const minutes = new Map(store.everyMeeting('minutes').map((m) => [m.id, m]));
        for (const [id, { meetingId, version }] of expected.minutes) {
          const stored = minutes.get(id);
          expect(stored?.meetingId, `${context}: minute ${id}`).toBe(meetingId);
          // A save after the last acknowledged one may have reached the disk before the kill; never an older one.
          expect(Number(stored?.text.replace('Minute text version ', '')), `${context}: minute ${id}`).toBeGreaterThanOrEqual(version);
        }
      } finally {
        store.close();
      }
    }
    // Every round is killed after its first acknowledged write, so each did real work (a quiet machine manages
    // about 100 writes a round; a busy one far fewer).
    expect(totalAcks).toBeGreaterThanOrEqual(ROUNDS);
    expect(expected.meetings.size).toBeGreaterThan(10);
  });
});
