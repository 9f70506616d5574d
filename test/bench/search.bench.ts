/**
 * Issue 3, search: on the ten-year store, how long the index takes to build in the background after the backend
 * opens, how long the process is held at a time while it builds (what a request arriving meanwhile waits), what a
 * search costs, and how soon an edit is found.
 *
 * Run through `npm run bench`, or alone: node --import tsx test/bench/search.bench.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { SearchResults } from '../../shared/api';
import type { Action } from '../../shared/model';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { systemClock } from '../../electron/backend/context';
import { DEFAULT_SLICE_MS, SearchService } from '../../electron/backend/search/search-service';
import { openStore } from '../../electron/backend/store/open-store';
import { mb, ms, progress, stats, table, timeMs, writeSection } from './bench-kit';
import { SIZE, tenYearStore } from './ten-year-store';

const QUERIES = [
  'carers',
  'respite budget',
  'hospital discharge',
  'waiting times housing',
  'co-production feedback',
  'recruit',
  'volunteers training',
  'consultation timetable',
  'REF/300/10-1',
  'strateg',
  'improvment',
  'families communication staffing',
  'okafor',
  'member 17',
];
const ROUNDS = 25;

// A full collection before each heap reading, so the growth counts what is kept, not garbage.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const EDITS = 50;

async function call(backend: Backend, method: string, input: unknown): Promise<unknown> {
  const envelope = await backend.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method} refused: ${envelope.error.message}`);
  return envelope.value;
}

const root = fs.mkdtempSync(path.join(process.env['BENCH_DIR'] ?? os.tmpdir(), 'minute-book-bench-search-'));
const dir = path.join(root, 'store');
try {
  progress(`generating a ten-year store (${SIZE.meetings} meetings) in ${dir}`);
  const data = tenYearStore();
  {
    const store = openStore({ dataDir: dir, clock: systemClock, backupIntervalMs: 0 });
    store.commit(data.setup);
    for (let m = 0; m < SIZE.meetings; m += 1) store.commit(data.meetingOps(m));
    store.close();
  }

  // ---- the background build, as the app does it ---------------------------------------------------------
  progress('opening the backend and building the index in the background');
  const delay = monitorEventLoopDelay({ resolution: 1 });
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  let backend: Backend | undefined;
  const openMs = timeMs(() => {
    backend = openBackend({ dataDir: dir });
  });
  if (backend === undefined) throw new Error('the backend did not open');
  const opened = backend;
  const buildStart = performance.now();
  delay.enable();
  // A request arriving while the index builds: how long it waits for the process.
  const waits: number[] = [];
  const firstScreenStart = performance.now();
  await call(opened, 'boards.list', {});
  const firstScreenMs = performance.now() - firstScreenStart;
  let probing = true;
  const probe = async (): Promise<void> => {
    while (probing) {
      const sent = performance.now();
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      await call(opened, 'app.status', {});
      waits.push(performance.now() - sent);
      await new Promise<void>((resolve) => setTimeout(resolve, 20));
    }
  };
  const probing$ = probe();
  await opened.search.whenReady();
  const backgroundMs = performance.now() - buildStart;
  probing = false;
  await probing$;
  delay.disable();
  const longestPauseMs = delay.max / 1e6;
  const waitStats = stats(waits);
  const state = opened.search.state();
  gc();
  const heapGrowth = process.memoryUsage().heapUsed - heapBefore;

  // ---- searching -----------------------------------------------------------------------------------------
  progress(`searching: ${QUERIES.length} queries × ${ROUNDS} rounds`);
  const boardIds = opened.repository.all('boards').map((b) => b.id);
  const latencies: number[] = [];
  const filtered: number[] = [];
  const totals = new Map<string, number>();
  const perQuery = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const text of QUERIES) {
      const started = performance.now();
      const results = (await call(opened, 'search.query', { text, limit: 20 })) as SearchResults;
      const took = performance.now() - started;
      latencies.push(took);
      perQuery.set(text, [...(perQuery.get(text) ?? []), took]);
      totals.set(text, results.total);
      const boardId = boardIds[round % boardIds.length];
      const startedFiltered = performance.now();
      await call(opened, 'search.query', { text, limit: 20, boardId });
      filtered.push(performance.now() - startedFiltered);
    }
  }
  const queryStats = stats(latencies);
  const filteredStats = stats(filtered);

  // ---- an edit, then a search that must find it -------------------------------------------------------------
  // Every meeting of the generated store is signed, so the edit is the kind signed minutes still take: a dated
  // update of an action.
  progress(`${EDITS} action updates, each followed by a search for the new word in its note`);
  const meetingId = data.meetingIds[450] as string;
  const target = opened.repository.meeting(meetingId).actions[5] as Action;
  const editThenFind: number[] = [];
  let missed = 0;
  for (let i = 0; i < EDITS; i += 1) {
    const word = `zebracrossing${i}`;
    const started = performance.now();
    await call(opened, 'actions.addUpdate', { meetingId, id: target.id, status: 'in-progress', note: `Waiting for the ${word} survey.` });
    const results = (await call(opened, 'search.query', { text: word })) as SearchResults;
    editThenFind.push(performance.now() - started);
    if (results.total !== 1) missed += 1;
  }
  const editStats = stats(editThenFind);
  opened.close();

  // ---- for comparison: the same build all at once, blocking ------------------------------------------------
  progress('for comparison: building the whole index at once, blocking');
  const reader = openStore({ dataDir: dir, clock: systemClock, readOnly: true });
  const loadMs = timeMs(() => {
    for (const m of reader.all('meetings')) reader.meeting(m.id);
  });
  const blocking = new SearchService(reader);
  const blockingMs = timeMs(() => blocking.buildNow());
  reader.close();

  const markdown = [
    `The ten-year store of \`test/bench/ten-year-store.ts\`: ${SIZE.meetings} meetings of ${SIZE.itemsPerMeeting} items, each with a minute of about ` +
      `${SIZE.wordsPerMinute} words, ${SIZE.resolutionsPerItem} decisions per item and ${SIZE.actionsPerMeeting} actions per meeting, on 4 boards: ` +
      `${state.totalMeetings} meetings indexed into ${(SIZE.meetings * (SIZE.itemsPerMeeting * (2 + SIZE.resolutionsPerItem) + SIZE.actionsPerMeeting)).toLocaleString('en-GB')} documents (MiniSearch).`,
    '',
    table(
      ['measure', 'result'],
      [
        ['open the backend (store open; the index build is only queued)', ms(openMs)],
        ['first request after open (`boards.list`), while the index builds', ms(firstScreenMs)],
        [`build the index in the background, slices of ${DEFAULT_SLICE_MS} ms, open to ready (wall clock; each meeting file read on the way)`, ms(backgroundMs)],
        ['memory held afterwards: every meeting loaded, and the index (heap growth since before open)', mb(heapGrowth)],
        ['longest the process was held at once during the build (event-loop delay, max)', ms(longestPauseMs)],
        [`a request (\`app.status\`) sent during the build: time to answer, ${waitStats.n} requests`, `p50 ${ms(waitStats.p50)}, p95 ${ms(waitStats.p95)}, max ${ms(waitStats.max)}`],
        [`search, all boards, best 20 (\`search.query\` through dispatch, snippets included), ${queryStats.n} searches`, `p50 ${ms(queryStats.p50)}, p95 ${ms(queryStats.p95)}, max ${ms(queryStats.max)}`],
        [`search, one board, ${filteredStats.n} searches`, `p50 ${ms(filteredStats.p50)}, p95 ${ms(filteredStats.p95)}`],
        [`update an action with a dated note, then search for the note's new word (found: ${EDITS - missed} of ${EDITS})`, `p50 ${ms(editStats.p50)}, p95 ${ms(editStats.p95)}`],
        ['for comparison: read every meeting file (store, read-only)', ms(loadMs)],
        ['for comparison: then build the whole index at once, blocking', ms(blockingMs)],
      ],
    ),
    '',
    'Each query, all boards (the cost follows the number of records that match, as MiniSearch scores every match before ranking):',
    '',
    table(
      ['query', 'records matching', 'median'],
      QUERIES.map((q) => [`"${q}"`, (totals.get(q) ?? 0).toLocaleString('en-GB'), ms(stats(perQuery.get(q) ?? []).p50)]),
    ),
    '',
    'How it is measured: `openBackend` queues every meeting, newest first, and returns; the index is built after it, in ' +
      `slices of at most ${DEFAULT_SLICE_MS} ms of work (one meeting is never split), each scheduled with \`setImmediate\` so requests are answered between slices. ` +
      'Every query needs all its words (the last may be the start of a word); only when nothing matches is it run again forgiving a slip in words of five letters or more. ' +
      'The generated minutes draw on a vocabulary of about 100 words, so most words match a quarter or more of all 90,000 records: the worst case for a search engine that ranks every match. ' +
      'After the build, each commit re-indexes only the records it changed, before the next search.',
  ].join('\n');
  writeSection({ title: 'Search: background index build and query latency (issue 3)', markdown });
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
