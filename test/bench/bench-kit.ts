import fs from 'node:fs';

/*
 * Shared by every *.bench.ts. A bench is a script: it measures, then writes one markdown section to the file named
 * by `--out`, and scripts/bench.mjs assembles the sections into docs/BENCHMARKS.md with the machine and date.
 */

export type Section = { readonly title: string; readonly markdown: string };

export type Stats = { readonly n: number; readonly min: number; readonly p50: number; readonly p95: number; readonly max: number };

/** Nearest-rank percentile of samples in milliseconds. */
export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
  return { n: sorted.length, min: sorted[0] ?? NaN, p50: at(50), p95: at(95), max: sorted[sorted.length - 1] ?? NaN };
}

/** Milliseconds taken by `fn`, by the monotonic clock. */
export function timeMs(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export const ms = (value: number): string =>
  value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`;

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The value after a `--name` argument. */
export function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

export function writeSection(section: Section): void {
  const out = argValue('out');
  if (out === undefined) {
    process.stdout.write(`\n## ${section.title}\n\n${section.markdown}\n`);
    return;
  }
  fs.writeFileSync(out, JSON.stringify(section));
}

/** Progress for the person running the bench; goes to stderr so it never mixes with results. */
export const progress = (message: string): void => void process.stderr.write(`  ${message}\n`);

/** A small deterministic random number generator (mulberry32), so every run generates the same store. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
