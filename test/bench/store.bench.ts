/**
 * Open a ten-year store, and save one edited minute durably, beside (a) the same save as a
 * rewrite of the whole store as one lowdb JSON file and (b) the floor, one fsync'd write of the record's bytes.
 *
 * Run through `npm run bench`, or alone: node --import tsx test/bench/store.bench.ts
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LowSync } from 'lowdb';
import type { Bundle, Minute } from '../../shared/model';
import { systemClock } from '../../electron/backend/context';
import { DurableJsonAdapter } from '../../electron/backend/store/durable-adapter';
import { openStore } from '../../electron/backend/store/open-store';
import { argValue, mb, ms, progress, stats, table, timeMs, writeSection } from './bench-kit';
import { SIZE, tenYearStore } from './ten-year-store';

const SAVES = 300;
const WARM_UP = 20;
const OPENS = 7;
const OPENS_WITH_BACKUP = 4;
const ONE_FILE_SAVES = 5;

type OpenSample = { readonly openMs: number; readonly firstMeetingMs: number; readonly backups: number };

// Child mode: one cold open in a fresh process, as when the app starts.
const openOnce = argValue('open-once');
if (openOnce !== undefined) {
  const before = new Set(fs.readdirSync(path.join(openOnce, 'backups')));
  let store: ReturnType<typeof openStore> | undefined;
  const openMs = timeMs(() => {
    // Keeping 2 backups makes every open that backs up also delete one, as in the steady state of a real folder.
    store = openStore({ dataDir: openOnce, clock: systemClock });
  });
  const latest = store?.all('meetings').at(-1)?.id ?? '';
  const firstMeetingMs = timeMs(() => void store?.meeting(latest));
  // Rotation removes one as it adds one, so count the new names rather than the total.
  const backups = fs.readdirSync(path.join(openOnce, 'backups')).filter((name) => !before.has(name)).length;
  store?.close();
  process.stdout.write(JSON.stringify({ openMs, firstMeetingMs, backups } satisfies OpenSample));
  process.exit(0);
}

function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of fs.readdirSync(dir)) {
    const stat = fs.statSync(path.join(dir, name));
    if (stat.isFile()) {
      bytes += stat.size;
      files += 1;
    }
  }
  return { bytes, files };
}

function coldOpen(dir: string): OpenSample {
  const child = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--open-once', dir], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`open failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as OpenSample;
}

function editMinute(dir: string, minute: Minute, text: string): void {
  const store = openStore({ dataDir: dir, clock: systemClock });
  store.commit([{ type: 'put', collection: 'minutes', record: { ...minute, text } }]);
  store.close();
}

const root = fs.mkdtempSync(path.join(process.env['BENCH_DIR'] ?? os.tmpdir(), 'minute-book-bench-'));
const dir = path.join(root, 'store');
try {
  // ---- generate, straight through the store -------------------------------------------------------------
  progress(`generating a ten-year store (${SIZE.meetings} meetings) in ${dir}`);
  const data = tenYearStore();
  const generateMs = timeMs(() => {
    const store = openStore({ dataDir: dir, clock: systemClock, backupIntervalMs: 0 });
    store.commit(data.setup);
    for (let m = 0; m < SIZE.meetings; m += 1) store.commit(data.meetingOps(m));
    store.close();
  });
  const core = fs.statSync(path.join(dir, 'minute-book.json')).size;
  const meetingFiles = folderBytes(path.join(dir, 'meetings'));

  // The minute that gets edited: item 10 of meeting 300.
  const targetMeeting = data.meetingIds[300] as string;
  const reader = openStore({ dataDir: dir, clock: systemClock, readOnly: true });
  const target = reader.meeting(targetMeeting).minutes[10] as Minute;
  const counts = {
    meetings: reader.all('meetings').length,
    items: reader.everyMeeting('agendaItems').length,
    minutes: reader.everyMeeting('minutes').length,
    resolutions: reader.everyMeeting('resolutions').length,
    actions: reader.everyMeeting('actions').length,
    people: reader.all('people').length,
    memberships: reader.all('memberships').length,
    boards: reader.all('boards').length,
  };
  const bundle: Bundle = reader.exportBundle();
  reader.close();
  const wordsInMinute = target.text.split(/\s+/).length;

  // The first open after generation makes the store's first backup: a checked copy of every file, once. Each open
  // after an edit then backs up what changed (the edited meeting's file and the core file) and shares the rest.
  progress('opening (cold, in fresh processes)');
  const withBackup: OpenSample[] = [coldOpen(dir)];
  for (let i = 1; i < OPENS_WITH_BACKUP; i += 1) {
    editMinute(dir, target, `${target.text} Changed before open ${i}.`);
    withBackup.push(coldOpen(dir));
  }
  const plain: OpenSample[] = [];
  for (let i = 0; i < OPENS; i += 1) plain.push(coldOpen(dir));
  const openStats = stats(plain.map((s) => s.openMs));
  const firstBackupMs = withBackup[0]?.openMs ?? Number.NaN;
  const openBackupStats = stats(withBackup.slice(1).map((s) => s.openMs));
  const firstMeetingStats = stats(plain.map((s) => s.firstMeetingMs));

  // ---- saving one edited minute through the store ---------------------------------------------------------
  progress(`saving one edited minute ${SAVES} times through the store`);
  const store = openStore({ dataDir: dir, clock: systemClock, backupIntervalMs: 0, idleCompactMs: 3_600_000 });
  store.meeting(targetMeeting);
  const saves: number[] = [];
  let journalLine = 0;
  for (let i = 0; i < WARM_UP + SAVES; i += 1) {
    const record: Minute = { ...target, text: `${target.text} Edit ${i}.`, updatedAt: new Date().toISOString() };
    if (i === WARM_UP) journalLine = Buffer.byteLength(JSON.stringify(record));
    const took = timeMs(() => store.commit([{ type: 'put', collection: 'minutes', record }]));
    if (i >= WARM_UP) saves.push(took);
  }
  const saveStats = stats(saves);
  const closeMs = timeMs(() => store.close());

  // ---- (b) the floor: one fsync'd write of the changed record's bytes --------------------------------------
  progress(`floor: ${SAVES} fsync'd writes of the record's bytes`);
  const floorFile = path.join(dir, 'floor.json');
  const floor: number[] = [];
  for (let i = 0; i < WARM_UP + SAVES; i += 1) {
    const bytes = Buffer.from(JSON.stringify({ ...target, text: `${target.text} Edit ${i}.` }));
    const took = timeMs(() => {
      const fd = fs.openSync(floorFile, 'w');
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
      fs.closeSync(fd);
    });
    if (i >= WARM_UP) floor.push(took);
  }
  fs.rmSync(floorFile);
  const floorStats = stats(floor);

  // ---- (a) the same edit as a rewrite of the whole store as one lowdb file ----------------------------------
  progress(`one lowdb file: ${ONE_FILE_SAVES} durable rewrites of the whole store`);
  const oneFile = path.join(root, 'one-file.json');
  const wholeData: Omit<Bundle, 'attachmentData' | 'exportedAt'> = { ...bundle };
  const db = new LowSync(new DurableJsonAdapter<typeof wholeData>(oneFile, (json) => ({ ok: true, value: json as typeof wholeData })), wholeData);
  db.write();
  const oneFileBytes = fs.statSync(oneFile).size;
  const at = db.data.minutes.findIndex((m) => m.id === target.id);
  const rewrites: number[] = [];
  for (let i = 0; i < ONE_FILE_SAVES; i += 1) {
    const minutes = db.data.minutes.slice();
    minutes[at] = { ...target, text: `${target.text} Whole-file edit ${i}.` };
    db.data = { ...db.data, minutes };
    rewrites.push(timeMs(() => db.write()));
  }
  const rewriteStats = stats(rewrites);
  const oneFileOpenMs = timeMs(() => {
    db.data = JSON.parse(fs.readFileSync(oneFile, 'utf8')) as typeof wholeData;
  });

  // ---- report ------------------------------------------------------------------------------------------
  const met = (ok: boolean): string => (ok ? 'met' : '**not met**');
  const ratio = saveStats.p95 / floorStats.p95;
  const markdown = [
    `Generated straight through the store (${SIZE.meetings + 1} commits, then close) in ${ms(generateMs)}: ` +
      `${counts.boards} boards, ${counts.people} people, ${counts.memberships} memberships, ${counts.meetings} meetings, ` +
      `${counts.items.toLocaleString('en-GB')} agenda items, ${counts.minutes.toLocaleString('en-GB')} minutes of about ${SIZE.wordsPerMinute} words ` +
      `(the edited one has ${wordsInMinute}), ${counts.resolutions.toLocaleString('en-GB')} resolutions, ${counts.actions.toLocaleString('en-GB')} actions, ` +
      `${SIZE.attendancePerMeeting} attendance records per meeting. On disk: core file ${mb(core)}, ${meetingFiles.files} meeting files totalling ${mb(meetingFiles.bytes)}; ` +
      `the same data as one lowdb file is ${mb(oneFileBytes)}.`,
    '',
    table(
      ['measure', 'result', 'target'],
      [
        [
          `open (openStore until ready; no change since the last backup), cold process, median of ${OPENS}`,
          `${ms(openStats.p50)} (max ${ms(openStats.max)})`,
          `≤ 400 ms: ${met(openStats.max <= 400)}`,
        ],
        [`open that makes the store's first backup (a checked copy of all ${meetingFiles.files + 1} files, once)`, ms(firstBackupMs), ''],
        [
          `open after an edit, which backs up the changed files and shares the other ${meetingFiles.files - 1} with the backup before, median of ${OPENS_WITH_BACKUP - 1}`,
          `${ms(openBackupStats.p50)} (max ${ms(openBackupStats.max)}; backups made: ${withBackup
            .slice(1)
            .map((s) => (s.backups === 1 ? 'yes' : 'no'))
            .join(', ')})`,
          `≤ 400 ms: ${met(openBackupStats.max <= 400)}`,
        ],
        ['then the first meeting shown (its file read and validated), median', ms(firstMeetingStats.p50), ''],
        [
          `save one edited minute (commit, durable), ${SAVES} saves`,
          `p50 ${ms(saveStats.p50)}, p95 ${ms(saveStats.p95)}, max ${ms(saveStats.max)}`,
          `p95 ≤ 10 ms: ${met(saveStats.p95 <= 10)}`,
        ],
        [`(b) floor: open, write ${journalLine} bytes, fsync, close; ${SAVES} writes`, `p50 ${ms(floorStats.p50)}, p95 ${ms(floorStats.p95)}`, ''],
        ['save p95 ÷ floor p95', `${ratio.toFixed(2)}×`, `≤ 3×: ${met(ratio <= 3)}`],
        [
          `(a) the same save as a durable rewrite of one ${mb(oneFileBytes)} lowdb file, ${ONE_FILE_SAVES} saves`,
          `median ${ms(rewriteStats.p50)}, max ${ms(rewriteStats.max)}`,
          '',
        ],
        ['(a) opening that one file (read and JSON.parse only, no validation)', ms(oneFileOpenMs), ''],
        [`close after the ${SAVES} saves (folds the journal into the edited meeting's file)`, ms(closeMs), ''],
      ],
    ),
    '',
    'How it is measured: every save is `commit([{ type: "put", collection: "minutes", record }])`, which validates the record, ' +
      "appends one checksummed line to the journal and flushes it (fdatasync) before returning; the meeting's file (and the core " +
      'file, if it changed) is rewritten later, at a pause, on close, before a backup or when the journal grows long. Percentiles are nearest-rank over the timed saves, ' +
      `after ${WARM_UP} untimed warm-up saves. Opens run in a fresh Node process each, timed from the call to openStore to its return ` +
      '(module loading not included). The floor and the one-file rewrite write to the same disk as the store; the one-file rewrite uses ' +
      "lowdb's LowSync with the store's durable adapter (JSON.stringify with indentation, temporary file, fsync, rename, fsync of the folder).",
  ].join('\n');
  writeSection({ title: 'Store: open a ten-year store, save one edited minute', markdown });
  progress('done');
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
