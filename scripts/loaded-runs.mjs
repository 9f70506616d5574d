#!/usr/bin/env node
// `node scripts/loaded-runs.mjs [RUNS] [-- VITEST ARGS...]`: runs the whole test suite (`vitest run`) RUNS times in a
// row (default 10) while a busy loop keeps every core of the machine working at normal priority, as a clerk's
// laptop busy with other programs would. It stops at the first failing run, prints each run's result and time,
// and exits 0 only if every run passed. Build first (`npm run build`): the end-to-end tests use dist/.
import { fork, spawn } from 'node:child_process';
import os from 'node:os';
import { stripVTControlCharacters } from 'node:util';

// A busy loop: what each of the children started below runs until it is killed.
if (process.argv[2] === '--spin') {
  for (;;) Math.sqrt(Math.random());
}

const separator = process.argv.indexOf('--');
const own = separator === -1 ? process.argv.slice(2) : process.argv.slice(2, separator);
const vitestArgs = separator === -1 ? [] : process.argv.slice(separator + 1);
const runs = Number(own[0] ?? 10);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('Usage: node scripts/loaded-runs.mjs [RUNS] [-- VITEST ARGS...]');
  process.exit(2);
}

/** One busy loop per core, each a child process spinning until it is killed. */
function startLoad() {
  return Array.from({ length: os.availableParallelism() }, () => fork(import.meta.filename, ['--spin'], { stdio: 'ignore' }));
}

function runSuite() {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...vitestArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, seconds: (performance.now() - started) / 1000, output }));
  });
}

const plain = (text) => stripVTControlCharacters(text);
const summary = (output) =>
  plain(output)
    .split('\n')
    .filter((line) => /^\s*(Test Files|Tests|Duration)\s/.test(line))
    .map((line) => line.trim())
    .join('; ');

const load = startLoad();
const stopLoad = () => load.forEach((child) => child.kill('SIGKILL'));
process.on('exit', stopLoad);
process.on('SIGINT', () => process.exit(130));
// A load that stopped by itself would make every run a quiet one: check the loops are still spinning.
await new Promise((resolve) => setTimeout(resolve, 1000));
if (load.some((child) => child.exitCode !== null || child.signalCode !== null)) {
  console.error('A busy loop stopped by itself: the runs would not be loaded.');
  process.exit(2);
}

console.log(`${runs} runs of vitest run ${vitestArgs.join(' ')}, with ${load.length} busy loops (one per core) beside them.`);
let passed = 0;
for (let run = 1; run <= runs; run += 1) {
  const started = new Date().toISOString().slice(11, 19);
  const result = await runSuite();
  const load1 = os.loadavg()[0].toFixed(1);
  console.log(
    `run ${run} (started ${started} UTC): ${result.code === 0 ? 'passed' : `FAILED (exit ${result.code})`} in ${result.seconds.toFixed(0)} s, load ${load1}; ${summary(result.output)}`,
  );
  if (result.code !== 0) {
    console.log(
      plain(result.output)
        .split('\n')
        .filter((line) => /FAIL|×|Error/.test(line))
        .slice(0, 40)
        .join('\n'),
    );
    break;
  }
  passed += 1;
}
console.log(`${passed} of ${runs} consecutive runs passed on a loaded machine.`);
process.exit(passed === runs ? 0 : 1);
