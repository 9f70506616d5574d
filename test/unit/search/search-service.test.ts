import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { observeCommits } from '../../../electron/backend/search/observe-commits';
import { SearchService } from '../../../electron/backend/search/search-service';
import { openStore } from '../../../electron/backend/store/open-store';
import type { Repository } from '../../../electron/backend/store/repository-types';
import { board, item, meeting, minute, removeDir, tempDir, tickingClock } from '../store/records';

let dir: string;
let store: Repository;
let repo: Repository;
let search: SearchService;

beforeEach(() => {
  dir = tempDir();
  store = openStore({ dataDir: dir, clock: tickingClock() });
  store.commit([
    { type: 'put', collection: 'boards', record: board() },
    { type: 'put', collection: 'meetings', record: meeting('m1', { date: '2025-06-10' }) },
    { type: 'put', collection: 'meetings', record: meeting('m2', { date: '2025-07-08' }) },
    { type: 'put', collection: 'agendaItems', record: item('i1', 'm1', 0) },
    { type: 'put', collection: 'minutes', record: minute('n1', 'm1', 'i1', 'Members asked about respite care.') },
    { type: 'put', collection: 'agendaItems', record: item('i2', 'm2', 0) },
    { type: 'put', collection: 'minutes', record: minute('n2', 'm2', 'i2', 'Respite beds were full.') },
  ]);
  search = new SearchService(store, { sliceMs: 0, idleMs: 0, backoffMs: 0 });
  repo = observeCommits(store, (ops) => search.onCommit(ops));
});
afterEach(() => {
  search.stop();
  store.close();
  removeDir(dir);
});

const found = (text: string): string[] =>
  search
    .search({ text }, 50)
    .hits.map((hit) => hit.id)
    .toSorted();

describe('the search service', () => {
  it('builds newest meetings first, one meeting per slice when slices are short, and says how far it has got', async () => {
    search.start();
    expect(search.state()).toEqual({ ready: false, indexedMeetings: 0, totalMeetings: 2 });
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(search.state()).toEqual({ ready: false, indexedMeetings: 1, totalMeetings: 2 });
    expect(found('respite')).toEqual(['minute:n2']);
    await search.whenReady();
    expect(found('respite')).toEqual(['minute:n1', 'minute:n2']);
  });

  it('finishes the build by itself in a process with nothing else to do', () => {
    // Closed here so that the process below can open the folder; it builds from the files the test wrote.
    search.stop();
    store.close();
    const module = (file: string): string => JSON.stringify(pathToFileURL(path.resolve(__dirname, file)).href);
    const code = `const { openStore } = await import(${module('../../../electron/backend/store/open-store.ts')});
      const { SearchService } = await import(${module('../../../electron/backend/search/search-service.ts')});
      const store = openStore({ dataDir: ${JSON.stringify(dir)}, clock: { now: () => new Date().toISOString() } });
      const search = new SearchService(store, { sliceMs: 0, idleMs: 0, backoffMs: 0 });
      search.start();
      // Nothing else keeps this process alive: only the build's own slices can bring it to the end.
      search.whenReady().then(() => { console.log('ready: ' + search.state().indexedMeetings); search.stop(); store.close(); });`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stdout.trim(), run.stderr).toBe('ready: 2');
    store = openStore({ dataDir: dir, clock: tickingClock() });
  });

  it('leaves a change to a meeting not yet indexed for the build, which reads it as it then is', async () => {
    search.start();
    repo.commit([{ type: 'put', collection: 'minutes', record: minute('n1', 'm1', 'i1', 'Members asked about transport.') }]);
    await search.whenReady();
    expect(found('transport')).toEqual(['minute:n1']);
    expect(found('respite')).toEqual(['minute:n2']);
  });

  it('indexes a large commit to one meeting afresh in the background rather than record by record', async () => {
    search.buildNow();
    const many = Array.from({ length: 150 }, (_, i) => ({
      type: 'put' as const,
      collection: 'minutes' as const,
      record: minute(`x${i}`, 'm1', 'i1', `Imported minute ${i} about ferries.`),
    }));
    repo.commit(many);
    expect(search.state().ready).toBe(false);
    await search.whenReady();
    expect(search.search({ text: 'ferries' }, 10).total).toBe(150);
  });

  it('drops a deleted meeting with everything in it', () => {
    search.buildNow();
    repo.commit([{ type: 'delete', collection: 'meetings', id: 'm2' }]);
    expect(found('respite')).toEqual(['minute:n1']);
  });

  it('waits until the app is quiet after opening, and stands back after each request', () => {
    search.stop();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'performance'] });
    const patient = new SearchService(store, { sliceMs: 0, idleMs: 60, backoffMs: 60 });
    try {
      patient.start();
      vi.advanceTimersByTime(30);
      expect(patient.state().indexedMeetings).toBe(0);
      patient.noteActivity();
      vi.advanceTimersByTime(45);
      // 75 ms after opening, but only 45 ms after the request: still waiting.
      expect(patient.state().indexedMeetings).toBe(0);
      vi.advanceTimersByTime(20);
      expect(patient.state()).toEqual({ ready: true, indexedMeetings: 2, totalMeetings: 2 });
    } finally {
      patient.stop();
      vi.useRealTimers();
    }
  });

  it('takes a slice every two seconds however busy the app is, so the build always finishes', () => {
    search.stop();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'performance'] });
    const patient = new SearchService(store, { sliceMs: 0, idleMs: 60, backoffMs: 60 });
    try {
      patient.start();
      for (let ms = 0; ms < 1_900; ms += 50) {
        patient.noteActivity();
        vi.advanceTimersByTime(50);
      }
      expect(patient.state().indexedMeetings).toBe(0);
      for (let ms = 0; ms < 200; ms += 50) {
        patient.noteActivity();
        vi.advanceTimersByTime(50);
      }
      expect(patient.state().indexedMeetings).toBe(1);
    } finally {
      patient.stop();
      vi.useRealTimers();
    }
  });

  it('answers a search made before the build starts from what is indexed: nothing yet, and says so', () => {
    search.stop();
    const patient = new SearchService(store, { idleMs: 10_000 });
    try {
      patient.start();
      expect(patient.search({ text: 'respite' }, 10).total).toBe(0);
      expect(patient.state()).toEqual({ ready: false, indexedMeetings: 0, totalMeetings: 2 });
    } finally {
      patient.stop();
    }
  });

  it('indexes a meeting again when it is moved to another year, so it ranks by its new date', () => {
    search.buildNow();
    repo.commit([{ type: 'put', collection: 'meetings', record: meeting('m1', { date: '2026-03-03' }) }]);
    const hits = search.search({ text: 'respite' }, 10).hits;
    expect(hits.map((hit) => hit.id)).toEqual(['minute:n1', 'minute:n2']);
  });

  it('never turns a saved change into a failure when the index cannot take it', () => {
    const failing = observeCommits(store, () => {
      throw new Error('index broken');
    });
    expect(() => failing.commit([{ type: 'put', collection: 'minutes', record: minute('n1', 'm1', 'i1', 'Saved anyway.') }])).not.toThrow();
    expect(store.meeting('m1').minutes[0]?.text).toBe('Saved anyway.');
  });
});
