/**
 * The child process of the crash test: opens the store and commits in a loop, printing each id only after
 * `commit` has returned (that is the acknowledgement). The parent kills it with SIGKILL at a random moment.
 * It waits for a line on stdin before it opens the store, so the parent can load it ahead of time.
 *
 * Usage: node --import tsx crash-writer.ts <dataDir> <round>
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { systemClock } from '../../../electron/backend/context';
import { openStore } from '../../../electron/backend/store/open-store';
import { board, item, meeting, minute } from '../../unit/store/records';

const [dataDir, roundText] = process.argv.slice(2);
if (dataDir === undefined || roundText === undefined) throw new Error('usage: crash-writer <dataDir> <round>');
const round = Number(roundText);
const say = (line: string): void => void process.stdout.write(`${line}\n`);

// Loading modules is the slow part of starting; the parent starts the next writer early and says when to go.
say('loaded');
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
say('start');
// Short timers, so compaction and backups also happen (and get interrupted) during the run.
const store = openStore({ dataDir, clock: systemClock, idleCompactMs: 2, backupIntervalMs: 40 });
say('ready');
if (store.get('boards', 'b1') === undefined) store.commit([{ type: 'put', collection: 'boards', record: board() }]);

let n = 0;
const mine: { id: string; meetingId: string }[] = [];
for (;;) {
  n += 1;
  const meetings = store.all('meetings');
  const target = meetings[(n * 7919) % Math.max(1, meetings.length)];
  const version = round * 1_000_000 + n;
  if (target === undefined || n % 10 === 1) {
    const id = `m${round}-${n}`;
    store.commit([{ type: 'put', collection: 'meetings', record: meeting(id, { title: `Round ${round} meeting ${n}` }) }]);
    say(`meeting ${id}`);
  } else if (n % 10 === 5 && mine.length > 0) {
    const victim = mine.splice(0, 1)[0] as { id: string; meetingId: string };
    // Said before the commit: if the kill comes in between, the delete may or may not have reached the disk.
    say(`deleting ${victim.id} ${victim.meetingId}`);
    store.commit([{ type: 'delete', collection: 'agendaItems', id: victim.id, meetingId: victim.meetingId }]);
    say(`deleted ${victim.id} ${victim.meetingId}`);
  } else if (n % 3 === 0) {
    // The same minute saved again and again, as a clerk typing: the newest acknowledged text must survive.
    const itemId = `keep-${target.id}`;
    store.commit([
      { type: 'put', collection: 'agendaItems', record: item(itemId, target.id) },
      { type: 'put', collection: 'minutes', record: minute(`min-${target.id}`, target.id, itemId, `Minute text version ${version}`) },
    ]);
    say(`minute min-${target.id} ${target.id} ${version}`);
  } else {
    const id = `i${round}-${n}`;
    store.commit([{ type: 'put', collection: 'agendaItems', record: item(id, target.id, n) }]);
    mine.push({ id, meetingId: target.id });
    say(`item ${id} ${target.id}`);
  }
  // Let the timers run now and then: compaction after a pause, and the interval backups.
  if (n % 25 === 0) await sleep(3);
}
