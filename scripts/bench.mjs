#!/usr/bin/env node
// `npm run bench`: runs every test/bench/*.bench.ts in its own Node process (TypeScript through tsx), one after
// another so they do not compete for the disk or the two cores, and assembles the markdown section each one
// writes into docs/BENCHMARKS.md, headed by the machine and the date. Benchmarks measure; they do not pass or fail.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'test', 'bench');
const only = process.argv.slice(2);
const benches = fs
  .readdirSync(benchDir)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((wanted) => name.includes(wanted)))
  .sort();
if (benches.length === 0) {
  console.error(`No benchmarks found in ${benchDir}.`);
  process.exit(2);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'minute-book-bench-out-'));
const sections = [];
let failed = false;
try {
  for (const name of benches) {
    console.log(`Running ${name}`);
    const out = path.join(work, `${name}.json`);
    const started = performance.now();
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(benchDir, name), '--out', out], {
      cwd: root,
      stdio: 'inherit',
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (run.status !== 0 || !fs.existsSync(out)) {
      console.error(`${name} failed (exit ${run.status ?? run.signal}); it is left out of the report.`);
      failed = true;
      continue;
    }
    const section = JSON.parse(fs.readFileSync(out, 'utf8'));
    const when = new Date().toISOString().slice(0, 10);
    sections.push(`## ${section.title}\n\n_From \`test/bench/${name}\` on ${when}, which took ${seconds} s._\n\n${section.markdown}\n`);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

const cpus = os.cpus();
const machine = [
  `- Date: ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC`,
  `- OS: ${os.type()} ${os.release()} (${os.platform()} ${os.arch()})`,
  `- CPU: ${cpus[0]?.model.trim() ?? 'unknown'}, ${cpus.length} cores`,
  `- RAM: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
  `- Node.js: ${process.version}`,
  `- Temporary folder (where the stores are written): ${os.tmpdir()}`,
].join('\n');

const header = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (`scripts/bench.mjs`), which runs every `test/bench/*.bench.ts` and puts their results here.',
  'Do not edit by hand; run it again. Each section gives the date it was measured; `npm run bench NAME` measures one',
  'again and keeps the others. Figures in a section are from one run on the machine below.',
  '',
  '## Machine',
  '',
  machine,
  '',
];

const target = path.join(root, 'docs', 'BENCHMARKS.md');
if (only.length > 0 && fs.existsSync(target)) {
  // Some benchmarks only: their sections replace the ones of the same title, and the others are kept as they were.
  const existing = fs.readFileSync(target, 'utf8');
  const kept = existing
    .split(/\n(?=## )/)
    .slice(1)
    .filter((part) => !part.startsWith('## Machine'))
    .map((part) => `${part.trimEnd()}\n`);
  const titleOf = (part) => part.slice(3, part.indexOf('\n'));
  const fresh = new Map(sections.map((part) => [titleOf(part), part]));
  const merged = [
    ...kept.map((part) => fresh.get(titleOf(part)) ?? part),
    ...sections.filter((part) => !kept.some((k) => titleOf(k) === titleOf(part))),
  ];
  fs.writeFileSync(target, [...header, ...merged].join('\n'));
  console.log(`Updated ${sections.length} section(s) of ${path.relative(root, target)}; the others are from earlier runs.`);
} else {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, [...header, ...sections].join('\n'));
  console.log(`Wrote ${path.relative(root, target)}`);
}
process.exit(failed ? 1 : 0);
