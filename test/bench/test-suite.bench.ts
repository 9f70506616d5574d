/**
 * `npm test`, whole, at this commit beside a baseline commit, in one run on one machine: each in a fresh clone
 * with `npm ci` (not timed), then `npm test` timed as a whole process, the baseline first. The baseline is the last
 * commit before the test suite was reworked (runs side by side, parallel end-to-end files, axe in the page).
 *
 * Slow (two whole test suites, about a quarter of an hour on two cores). Run through `npm run bench`, or alone:
 * node --import tsx test/bench/test-suite.bench.ts [--baseline COMMIT]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { argValue, progress, table, writeSection } from './bench-kit';

const BASELINE = argValue('baseline') ?? '32a0c6c';
const REPO = path.resolve(import.meta.dirname, '../..');

type Timed = {
  readonly commit: string;
  readonly seconds: number;
  readonly exit: number | null;
  readonly tests: string;
  readonly files: string;
  /** The lines naming what failed, if anything did. */
  readonly failures: readonly string[];
};

function git(args: readonly string[], cwd: string): string {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout.trim();
}

function npm(args: readonly string[], cwd: string): ReturnType<typeof spawnSync> {
  return spawnSync('npm', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0' } });
}

/** A fresh clone at `commit` with its own dependencies, as a newcomer would have it. */
function checkout(commit: string, into: string): string {
  git(['clone', '--quiet', REPO, into], os.tmpdir());
  git(['checkout', '--quiet', commit], into);
  progress(`npm ci at ${commit}`);
  const install = npm(['ci', '--no-audit', '--no-fund'], into);
  if (install.status !== 0) throw new Error(`npm ci failed at ${commit}: ${String(install.stderr)}`);
  return git(['rev-parse', '--short', 'HEAD'], into);
}

/** The line of vitest's summary that starts with `label`, without its colours. */
function summaryLine(output: string, label: string): string {
  const line = stripVTControlCharacters(output)
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.startsWith(label));
  return line === undefined ? 'not printed' : line.slice(label.length).trim();
}

function timeNpmTest(dir: string, commit: string): Timed {
  progress(`npm test at ${commit}`);
  const started = performance.now();
  const run = npm(['test'], dir);
  const seconds = (performance.now() - started) / 1000;
  const output = `${String(run.stdout)}\n${String(run.stderr)}`;
  const failures = stripVTControlCharacters(output)
    .split('\n')
    .filter((line) => /^\s*(FAIL|×)\s/.test(line) || /^ERROR:|error TS\d+/.test(line))
    .map((line) => line.trim());
  return {
    commit,
    seconds,
    exit: run.status,
    tests: summaryLine(output, 'Tests'),
    files: summaryLine(output, 'Test Files'),
    failures: [...new Set(failures)],
  };
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'minute-book-bench-suite-'));
// A temporary folder is its owner's alone: open it to all, as a checkout usually is, for tests that drop privileges.
fs.chmodSync(work, 0o755);
try {
  const head = git(['rev-parse', '--short', 'HEAD'], REPO);
  const baseDir = path.join(work, 'baseline');
  const headDir = path.join(work, 'head');
  const baseCommit = checkout(BASELINE, baseDir);
  const headCommit = checkout(head, headDir);
  const before = timeNpmTest(baseDir, baseCommit);
  const after = timeNpmTest(headDir, headCommit);
  // vitest's summary separates its counts with "|", which would split a table cell.
  const cell = (text: string): string => text.replaceAll('|', ',');
  const row = (what: string, t: Timed): string[] => [
    what,
    t.commit,
    `${t.seconds.toFixed(0)} s`,
    t.exit === 0 ? 'passed' : `exit ${String(t.exit)}`,
    cell(t.files),
    cell(t.tests),
  ];
  const failed = [before, after].filter((t) => t.failures.length > 0);
  const markdown = [
    'Each `npm test` (type checks, lint, format check, build, then every vitest project) in a fresh clone after `npm ci`,',
    'one after the other on this machine, as a whole process.',
    '',
    table(['npm test', 'commit', 'wall time', 'result', 'test files', 'tests'], [row('baseline', before), row('now', after)]),
    '',
    `Now / baseline: **${(after.seconds / before.seconds).toFixed(2)}** of the time (the goal is at most 0.50), with ${after.tests.split(' ')[0] ?? '?'} tests against ${before.tests.split(' ')[0] ?? '?'}.`,
    '',
    ...failed.flatMap((t) => [`What failed at ${t.commit}:`, '', ...t.failures.map((line) => `- ${cell(line)}`), '']),
    'Ten consecutive runs on a loaded machine: `npm run build && node scripts/loaded-runs.mjs 10` (a busy loop on every',
    'core beside `vitest run`; it stops at the first failure).',
  ].join('\n');
  writeSection({ title: 'Test suite: npm test now and at the baseline', markdown });
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
