/**
 * Search: on the ten-year store, how soon the first screens are answered after the backend opens (the
 * index build waits for a quiet moment), how long the index then takes to build in the background while a request
 * a second arrives, how long the process is held at a time while it builds, what a search costs (as the screen
 * asks, and as the clerk types), and how soon an edit is found.
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
import { HALF_LIFE_YEARS } from '../../electron/backend/search/ranking';
import { DEFAULT_BACKOFF_MS, DEFAULT_IDLE_MS, DEFAULT_SLICE_MS, SearchService } from '../../electron/backend/search/search-service';
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
/** What the search screen asks for. */
const SCREEN_LIMIT = 50;
/** Typed letter by letter: a search for every prefix of three letters or more, as the screen asks while typing. */
const TYPED = ['hospital discharge', 'carers assessment', 'volunteers training budget'];
/** A clerk at work while the index builds: one request a second. */
const PROBE_EVERY_MS = 1_000;

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

  // ---- the first screens, then the background build, as the app does it -----------------------------------
  progress('opening the backend: the first screens, then the index built in the background');
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
  const firstScreenStart = performance.now();
  await call(opened, 'boards.list', {});
  const firstScreenMs = performance.now() - firstScreenStart;
  // The requests the live minutes screen makes for the newest meeting (its file not yet read), right after.
  const newest = data.meetingIds[SIZE.meetings - 1] as string;
  const liveStart = performance.now();
  const detail = (await call(opened, 'meetings.get', { id: newest, carriedActions: false })) as {
    readonly board: { readonly id: string };
    readonly meeting: { readonly date: string };
  };
  await Promise.all([call(opened, 'members.list', { boardId: detail.board.id, on: detail.meeting.date }), call(opened, 'people.list', {})]);
  const liveOpenMs = performance.now() - liveStart;
  const indexedWhileOpening = opened.search.state().indexedMeetings;
  // A request arriving while the index builds: how long it waits for the process.
  const waits: number[] = [];
  let probing = true;
  const probe = async (): Promise<void> => {
    while (probing) {
      await new Promise<void>((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
      if (!probing) break;
      const sent = performance.now();
      await call(opened, 'app.status', {});
      waits.push(performance.now() - sent);
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
  progress(`searching: ${QUERIES.length} queries × ${ROUNDS} rounds, all boards (best 20 and best ${SCREEN_LIMIT}) and one board`);
  const boardIds = opened.repository.all('boards').map((b) => b.id);
  const latencies: number[] = [];
  const screenLatencies: number[] = [];
  const filtered: number[] = [];
  const found = new Map<string, SearchResults>();
  const perQuery = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const text of QUERIES) {
      const started = performance.now();
      await call(opened, 'search.query', { text, limit: 20 });
      const took = performance.now() - started;
      latencies.push(took);
      const startedScreen = performance.now();
      const results = (await call(opened, 'search.query', { text, limit: SCREEN_LIMIT })) as SearchResults;
      const tookScreen = performance.now() - startedScreen;
      screenLatencies.push(tookScreen);
      perQuery.set(text, [...(perQuery.get(text) ?? []), tookScreen]);
      found.set(text, results);
      const boardId = boardIds[round % boardIds.length];
      const startedFiltered = performance.now();
      await call(opened, 'search.query', { text, limit: SCREEN_LIMIT, boardId });
      filtered.push(performance.now() - startedFiltered);
    }
  }
  const queryStats = stats(latencies);
  const screenStats = stats(screenLatencies);
  const filteredStats = stats(filtered);

  progress(`typing: ${TYPED.length} searches letter by letter, ${ROUNDS} rounds`);
  const typing: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const words of TYPED) {
      for (let end = 3; end <= words.length; end += 1) {
        const text = words.slice(0, end);
        if (text.endsWith(' ')) continue;
        const started = performance.now();
        await call(opened, 'search.query', { text, limit: SCREEN_LIMIT });
        typing.push(performance.now() - started);
      }
    }
  }
  const typingStats = stats(typing);

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

  const documents = SIZE.meetings * (SIZE.itemsPerMeeting * (2 + SIZE.resolutionsPerItem) + SIZE.actionsPerMeeting);
  const markdown = [
    `The ten-year store of \`test/bench/ten-year-store.ts\`: ${SIZE.meetings} meetings of ${SIZE.itemsPerMeeting} items, each with a minute of about ` +
      `${SIZE.wordsPerMinute} words, ${SIZE.resolutionsPerItem} decisions per item and ${SIZE.actionsPerMeeting} actions per meeting, on 4 boards: ` +
      `${state.totalMeetings} meetings indexed into ${documents.toLocaleString('en-GB')} documents (MiniSearch, one index per year of meetings).`,
    '',
    table(
      ['measure', 'result'],
      [
        ['open the backend (store open; the index build is only queued)', ms(openMs)],
        ['first request after open (`boards.list`)', ms(firstScreenMs)],
        [
          `then the live minutes screen's requests for the newest meeting (\`meetings.get\`, \`members.list\`, \`people.list\`); meetings indexed meanwhile: ${indexedWhileOpening}`,
          ms(liveOpenMs),
        ],
        [
          `build the index in the background: after ${DEFAULT_IDLE_MS} ms of quiet, ${DEFAULT_BACKOFF_MS} ms back-off after each request, slices of ${DEFAULT_SLICE_MS} ms, a request every ${PROBE_EVERY_MS / 1000} s meanwhile (open to ready, wall clock; each meeting file read on the way)`,
          ms(backgroundMs),
        ],
        ['memory held afterwards: every meeting loaded, and the index (heap growth since before open)', mb(heapGrowth)],
        ['longest the process was held at once during the build (event-loop delay, max)', ms(longestPauseMs)],
        [
          `a request (\`app.status\`) sent during the build: time to answer, ${waitStats.n} requests`,
          `p50 ${ms(waitStats.p50)}, p95 ${ms(waitStats.p95)}, max ${ms(waitStats.max)}`,
        ],
        [
          `search, all boards, best 20 (\`search.query\` through dispatch, snippets included), ${queryStats.n} searches`,
          `p50 ${ms(queryStats.p50)}, p95 ${ms(queryStats.p95)}, max ${ms(queryStats.max)}`,
        ],
        [
          `search, all boards, best ${SCREEN_LIMIT} (what the screen asks), ${screenStats.n} searches`,
          `p50 ${ms(screenStats.p50)}, p95 ${ms(screenStats.p95)}, max ${ms(screenStats.max)}`,
        ],
        [
          `search, one board, best ${SCREEN_LIMIT}, ${filteredStats.n} searches`,
          `p50 ${ms(filteredStats.p50)}, p95 ${ms(filteredStats.p95)}, max ${ms(filteredStats.max)}`,
        ],
        [
          `typing ${TYPED.map((t) => `"${t}"`).join(', ')} letter by letter, a search per letter from the third, ${typingStats.n} searches`,
          `p50 ${ms(typingStats.p50)}, p95 ${ms(typingStats.p95)}, max ${ms(typingStats.max)}`,
        ],
        [
          `update an action with a dated note, then search for the note's new word (found: ${EDITS - missed} of ${EDITS})`,
          `p50 ${ms(editStats.p50)}, p95 ${ms(editStats.p95)}`,
        ],
        ['for comparison: read every meeting file (store, read-only)', ms(loadMs)],
        ['for comparison: then build the whole index at once, blocking', ms(blockingMs)],
      ],
    ),
    '',
    `Each query, all boards, best ${SCREEN_LIMIT}: the matches counted, the years searched (newest first; a search stops once no older record could rank among the best), and the median time:`,
    '',
    table(
      ['query', 'matches counted', 'years searched', 'median'],
      QUERIES.map((q) => {
        const r = found.get(q);
        return [
          `"${q}"`,
          (r?.total ?? 0).toLocaleString('en-GB'),
          r === undefined || r.complete ? 'all' : `${r.searchedFrom ?? '?'} on`,
          ms(stats(perQuery.get(q) ?? []).p50),
        ];
      }),
    ),
    '',
    'How it is measured: `openBackend` queues every meeting, newest first, and returns; the build starts once no request has come for ' +
      `${DEFAULT_IDLE_MS} ms, stands back ${DEFAULT_BACKOFF_MS} ms after each request (and takes a slice at least every 2 s however busy), and works in ` +
      `slices of at most ${DEFAULT_SLICE_MS} ms (one meeting is never split), so requests are answered between slices. ` +
      'The index is one MiniSearch index per calendar year of meetings. Every query needs all its words (the last may be the start of a word); the words are ' +
      'looked up one at a time, the rarest-looking first, each next one only among the records still in the running. ' +
      'Only when nothing matches is the query run again forgiving a slip in words of five letters or more. ' +
      `Results are ranked by how well they match (scored against the best match of their year) weighed by age (half as much every ${HALF_LIFE_YEARS} years), ` +
      'so the years are searched newest first and the search stops at the first older year whose best possible weight is below the last result kept. ' +
      'The generated minutes draw on a vocabulary of about 100 words, so most words match a quarter or more of all 90,000 records: the worst case for a search engine that scores every match. ' +
      'After the build, each commit re-indexes only the records it changed, before the next search.',
  ].join('\n');
  writeSection({ title: 'Search: background index build and query latency', markdown });
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
