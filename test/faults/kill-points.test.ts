import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleChild } from './support/child-bundle';
import { runChild, type ChildResult } from './support/run-child';
import { faultSeed, seededRandom } from './support/seeded-random';
import { buildKillFixture, prepareRun, type KillFixture } from './kill/fixture';
import { touchedFolders, verifyRun, type Reference } from './kill/verify-run';
import { parseAcks, type RunFolders } from './kill/workload';

/*
 * kill -9 at seeded points. A child runs the same workload every time (saves, an import, manual backups, closing
 * and opening, two migrations); the store's primitive writes each pass a fault point, and MINUTE_BOOK_KILL_AT makes
 * the child kill itself at the n-th. A first, counting run learns how many points there are and what each run
 * acknowledges; then each kill point chosen from the seed gets a run of its own on fresh copies of the folders,
 * which the test opens again and checks. Nothing depends on timing: the point decides where the kill lands.
 */

const KILLS = 200;
const SEED = faultSeed(13_2025);
/** Children run side by side, one more than there are cores, so no core waits while a child starts or the test checks one. */
const CONCURRENCY = Math.max(2, os.availableParallelism()) + 1;
const CHILD = path.join(import.meta.dirname, 'kill', 'kill-child.ts');
/** Every so many runs, the next start's recovery is killed too, at one of its first points (chosen from the seed). */
const RECOVERY_KILL_EVERY = 8;
const RECOVERY_POINTS = 12;

/**
 * Runs work in memory where Linux offers it (/dev/shm): a kill tests what a crash of the process leaves, which
 * flushing to the disk does not change, and a run then costs a fraction of the time on a busy disk.
 */
function inMemoryFolder(): string | undefined {
  try {
    const { bavail, bsize } = fs.statfsSync('/dev/shm');
    // A run's folders take a few megabytes; a container's /dev/shm may be as small as 64 MB.
    return bavail * bsize > 48 * 1024 * 1024 ? '/dev/shm' : undefined;
  } catch {
    return undefined;
  }
}
const scratch = inMemoryFolder() ?? os.tmpdir();
const root = fs.mkdtempSync(path.join(scratch, 'mb-faults-kill-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

type Run = { readonly result: ChildResult; readonly folders: RunFolders };

async function run(script: string, fixture: KillFixture, name: string, env: Readonly<Record<string, string>>): Promise<Run> {
  const runDir = path.join(root, name);
  const folders = prepareRun(fixture, runDir);
  const result = await runChild(script, [runDir, fixture.bundleFile], { env });
  return { result, folders };
}

/** The points a run passes, in order, each with the step it belongs to: `durable.renamed minute-book.json, in step 3 meeting-created`. */
function readPoints(log: string): string[] {
  const points: string[] = [];
  let step = 'opening';
  for (const line of fs.readFileSync(log, 'utf8').trimEnd().split('\n')) {
    if (line.startsWith('# step ')) step = line.slice('# step '.length);
    else points.push(`${line.slice(line.indexOf(' ') + 1)}, in step ${step}`);
  }
  return points;
}

/** Every point once in an order the seed decides, then more drawn by the seed until there are `count`. */
function chooseKillPoints(points: number, count: number, seed: number): number[] {
  const random = seededRandom(seed);
  const all = Array.from({ length: points }, (_, i) => i + 1);
  const chosen = random.shuffle(all).slice(0, count);
  while (chosen.length < count) chosen.push(random.between(1, points));
  return chosen;
}

async function inPool<T>(items: readonly T[], width: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: width }, () => worker()));
}

describe('the store killed with SIGKILL at seeded points', () => {
  it(`opens sound and keeps every acknowledged edit after each of ${KILLS} kills during saves, an import, backups and migrations`, async () => {
    const script = await bundleChild(path.relative(path.resolve(import.meta.dirname, '../..'), CHILD), path.join(root, 'bin'));
    const fixture = await buildKillFixture(root);

    // The counting run: not killed, it lists every point it passes and acknowledges every step.
    const log = path.join(root, 'points.log');
    const counting = await run(script, fixture, 'counting', { MINUTE_BOOK_FAULT_LOG: log });
    expect(counting.result.ended, counting.result.stderr).toBe('exit 0');
    const points = readPoints(log);
    const acks = parseAcks(counting.result.stdout);
    const step = (name: string): number => acks.find((a) => a.name === name)?.step ?? -1;
    const migrated = (name: string): string => acks.find((a) => a.name === name)?.hash ?? 'none';
    const reference: Reference = {
      acks,
      initial: { main: fixture.templateHash, v1: migrated('v1-migrated'), v2: migrated('v2-migrated') },
    };
    const backupSteps = acks.filter((a) => a.name.includes('backup-made')).map((a) => a.step);
    expect(backupSteps).toHaveLength(2);
    expect(step('bundle-imported')).toBeGreaterThan(0);
    expect(verifyRun({ folders: counting.folders, acks, reference, manualBackupSteps: backupSteps, open: ['main', 'v1', 'v2'] })).toEqual([]);
    fs.rmSync(path.join(root, 'counting'), { recursive: true, force: true });

    const chosen = chooseKillPoints(points.length, KILLS, SEED);
    console.log(
      `kill points: seed ${SEED} (set FAULT_SEED to choose others), ${points.length} points in a run of ${acks.length} steps, ` +
        `${KILLS} kills, ${new Set(chosen).size} distinct points, ${CONCURRENCY} children at a time`,
    );

    const failures: string[] = [];
    let killed = 0;
    let recoveryRuns = 0;
    // Drawn now, so each run's second point depends on the seed alone, not on the order in which runs finish.
    const recoveryKills = seededRandom(SEED + 1);
    const secondPoints = chosen.map(() => recoveryKills.between(1, RECOVERY_POINTS));
    await inPool(chosen, CONCURRENCY, async (point, index) => {
      const name = `kill-${index}-at-${point}`;
      const { result, folders } = await run(script, fixture, name, { MINUTE_BOOK_KILL_AT: String(point) });
      const where = `kill at point ${point} (${points[point - 1] ?? '?'}), seed ${SEED} (FAULT_SEED=${SEED} MINUTE_BOOK_KILL_AT=${point})`;
      if (result.timedOut || result.ended !== 'SIGKILL') {
        failures.push(`${where}: the child ended by itself (${result.ended}${result.timedOut ? ', timed out' : ''}): ${result.stderr.slice(0, 500)}`);
      } else {
        killed += 1;
        const runAcks = parseAcks(result.stdout);
        const lastStep = runAcks.at(-1);
        const open = touchedFolders(runAcks, reference);
        let also = '';
        if (index % RECOVERY_KILL_EVERY === 0) {
          // Killed again while the next start recovers the crash: that must be as safe as the first crash.
          const second = secondPoints[index] ?? 1;
          const recovery = await runChild(script, ['--recover', path.join(root, name), ...open], { env: { MINUTE_BOOK_KILL_AT: String(second) } });
          recoveryRuns += recovery.ended === 'SIGKILL' ? 1 : 0;
          also = `, then killed at point ${second} of the recovery (${recovery.ended})`;
          if (recovery.ended !== 'SIGKILL' && recovery.ended !== 'exit 0')
            failures.push(`${where}${also}: the recovery failed: ${recovery.stderr.slice(0, 500)}`);
        }
        for (const problem of verifyRun({ folders, acks: runAcks, reference, manualBackupSteps: backupSteps, open })) {
          failures.push(`${where}, after step ${lastStep === undefined ? 'none' : `${lastStep.step} ${lastStep.name}`}${also}: ${problem}`);
        }
      }
      fs.rmSync(path.join(root, name), { recursive: true, force: true });
    });
    console.log(`kill points: ${killed} kills, and ${recoveryRuns} more during the recovery that follows one`);
    expect(failures).toEqual([]);
    expect(killed).toBe(KILLS);
  });
});
