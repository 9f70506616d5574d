import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { INPUTS, METHODS, fail, type ExportProgress, type Method } from '../../shared/api';
import { Bundle } from '../../shared/model';
import { openBackend } from '../../electron/backend/backend';
import { storeContent } from './support/content-hash';
import { faultSeed, seededRandom } from './support/seeded-random';
import { openDemoStore } from './fuzz/demo-store';
import { IdPools } from './fuzz/id-pools';
import { InputMaker } from './fuzz/input-maker';
import { printEverything } from './fuzz/print-everything';
import { renameIds } from './fuzz/rename-ids';

/*
 * A seeded fuzz of the contract: 10,000 calls spread over every method, through the same dispatch the app, the
 * browser mode and the CLI use, on the demo store. Most inputs satisfy the method's schema and name real records
 * (so they reach the handler's own rules); some have one part broken; some are arbitrary JSON. Then every document
 * of a meeting in each state, and every report, is printed from what the calls stored. No call may end in an
 * `internal` error or throw; the store must be sound afterwards, open again, and export and import whole.
 */

const CALLS = 10_000;
const SEED = faultSeed(13_2025);
/**
 * Methods that render documents, make a backup or read the whole history take tens of milliseconds or more a call
 * (others take one or two): they get fewer of the calls, so the fuzz spends its time on breadth.
 */
const SLOW: ReadonlySet<string> = new Set([
  'exports.render',
  'exports.start',
  'exports.preview',
  'reports.render',
  'reward.statement',
  'reward.financeCsv',
  'plainEnglish.meetingCheck',
  'backups.create',
]);
const SLOW_CALLS = 40;
/** How many boards (the demo's, then the fuzz's own) get every report printed at the end. */
const PRINTED_BOARDS = 2;

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mb-faults-fuzz-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** The methods to call, in an order the seed decides: every method, the slow ones fewer times. */
function schedule(random: ReturnType<typeof seededRandom>): Method[] {
  const slow = METHODS.filter((m) => SLOW.has(m));
  const others = METHODS.filter((m) => !SLOW.has(m));
  const calls: Method[] = slow.flatMap((m) => Array.from({ length: SLOW_CALLS }, () => m));
  for (let n = 0; calls.length < CALLS; n += 1) calls.push(others[n % others.length] as Method);
  return random.shuffle(calls);
}

type Failure = { readonly method: string; readonly input: string; readonly error: string };

const show = (input: unknown): string => {
  const text = JSON.stringify(input) ?? String(input);
  return text.length > 400 ? `${text.slice(0, 400)}… (${text.length} characters)` : text;
};

/** One line per distinct bug (method and message), with how often it came and the first inputs that brought it. */
function grouped(failures: readonly Failure[]): string[] {
  const groups = new Map<string, Failure[]>();
  for (const failure of failures) {
    const key = `${failure.method} -> ${failure.error.split('\n')[0] ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), failure]);
  }
  return [...groups].map(
    ([key, list]) =>
      `${key} (${list.length} calls, seed ${SEED}), e.g. ${list
        .slice(0, 2)
        .map((f) => f.input)
        .join(' ; ')}`,
  );
}

describe('a seeded fuzz of every contract method', () => {
  it(`answers ${CALLS} random and crafted calls, then prints every document from what they stored, without an internal error or a throw, and leaves the store sound`, async () => {
    const dataDir = path.join(root, 'demo');
    const { backend } = await openDemoStore(dataDir);
    const random = seededRandom(SEED);
    const pools = new IdPools(random);
    const refreshPools = (): void => pools.learn(backend.repository.exportBundle());
    refreshPools();
    let renamed = 0;
    // For data.import: the store's own content under new ids (imported whole, at most twice, so the store stays
    // small), content made from the bundle schema, the store's content as it is (every id taken), or junk.
    const bundles = (): unknown => {
      const r = random.next();
      if (r < 0.3 && renamed < 2) return renameIds(backend.repository.exportBundle(), `-copy${(renamed += 1)}`);
      if (r < 0.6) return maker.valid(Bundle, 'bundle', { method: 'data.import' });
      if (r < 0.85) return backend.repository.exportBundle();
      return maker.junk();
    };
    const maker = new InputMaker(random, pools, bundles);

    const failures: Failure[] = [];
    const jobs: string[] = [];
    let printed = 0;
    const answered = new Map<string, { ok: number; refused: number }>();
    const calls = schedule(random);
    // An unexpected error answers with a fixed sentence and logs its details: keep them for the failure message.
    const logged: string[] = [];
    const log = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      logged.push(args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
    });
    for (const [n, method] of calls.entries()) {
      logged.length = 0;
      const mode = random.next();
      const base = maker.valid(INPUTS[method], '', { method });
      const input = mode < 0.6 ? base : mode < 0.85 ? maker.mutate(base) : maker.junk();
      const tally = answered.get(method) ?? { ok: 0, refused: 0 };
      answered.set(method, tally);
      try {
        const envelope = await backend.dispatch(method, input);
        if (envelope.ok) {
          tally.ok += 1;
          const jobId = method === 'exports.start' ? (envelope.value as { readonly jobId?: unknown }).jobId : undefined;
          if (typeof jobId === 'string') {
            pools.add('jobs', { id: jobId });
            jobs.push(jobId);
          }
        } else {
          tally.refused += 1;
          if (envelope.error.code === 'internal')
            failures.push({ method, input: show(input), error: [envelope.error.message, ...logged].join(' | logged: ') });
        }
      } catch (error) {
        failures.push({ method, input: show(input), error: `threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` });
      }
      if (n % 500 === 499) refreshPools();
    }

    // Then every document of a meeting in each state, and every report of the first boards, from what is stored now.
    for (const { method, input } of printEverything(backend.repository, PRINTED_BOARDS)) {
      logged.length = 0;
      const envelope = await backend.dispatch(method, input).catch((error: unknown) => fail('internal', `threw: ${String(error)}`));
      printed += 1;
      if (!envelope.ok && envelope.error.code === 'internal')
        failures.push({ method, input: show(input), error: [envelope.error.message, ...logged].join(' | logged: ') });
    }
    log.mockRestore();

    // Exports started in the background finish before the store is checked and closed; a job that fails must
    // fail with a reason, not an internal error.
    for (const jobId of jobs) {
      for (;;) {
        const progress = await backend.dispatch('exports.progress', { jobId });
        if (!progress.ok || (progress.value as ExportProgress).state !== 'running') {
          const error = progress.ok ? (progress.value as ExportProgress).error : progress.error;
          if (error?.code === 'internal') failures.push({ method: 'exports.start (job)', input: jobId, error: error.message });
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    const neverAnswered = METHODS.filter((m) => (answered.get(m)?.ok ?? 0) === 0);
    console.log(
      `fuzz: seed ${SEED} (set FAULT_SEED to choose others), ${calls.length} calls over ${METHODS.length} methods, then ${printed} documents printed; ` +
        `${[...answered.values()].reduce((sum, t) => sum + t.ok, 0)} answered, the rest refused; ` +
        `never answered: ${neverAnswered.join(', ') || 'none'}`,
    );

    const report = backend.repository.check();
    // What the store now holds, exported, goes into an empty folder whole and comes back the same (docs/cli.md).
    const exported = backend.repository.exportBundle();
    const copy = openBackend({ dataDir: path.join(root, 'imported'), searchIndex: 'on-demand' });
    const imported = await copy.dispatch('data.import', { bundle: exported });
    const reexported = copy.repository.exportBundle();
    copy.close();
    backend.close();
    const reopened = openBackend({ dataDir, searchIndex: 'on-demand' });
    const again = reopened.repository.check();
    reopened.close();

    expect(new Set(calls)).toEqual(new Set(METHODS));
    expect(grouped(failures)).toEqual([]);
    expect(report).toMatchObject({ sound: true, problems: [] });
    expect(again).toMatchObject({ sound: true, problems: [] });
    expect(imported.ok ? 'imported' : `${imported.error.code}: ${imported.error.message} (at ${imported.error.path ?? '-'})`).toBe('imported');
    expect(storeContent(reexported)).toBe(storeContent(exported));
  });
});
