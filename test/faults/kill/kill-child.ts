/**
 * The child process of the kill-point suite. It runs the workload once and prints each acknowledgement as a line,
 * only after the step has returned. MINUTE_BOOK_KILL_AT (set by the parent) kills it at a chosen point;
 * MINUTE_BOOK_FAULT_LOG makes it list every point it passes, and here also where each step starts (`# step n
 * name`), and fingerprint each step's result. With --recover it only opens and closes the given folders of a run
 * that was killed, as the app would on its next start, so that the recovery itself can be killed. The parent runs
 * it bundled (see child-bundle.ts).
 *
 * Usage: node kill-child.mjs <runDir> <bundleFile>
 *        node kill-child.mjs --recover <runDir> <folder>...
 */
import fs from 'node:fs';
import { openBackend } from '../../../electron/backend/backend';
import { stepClock } from '../support/step-clock';
import { runFolders, runWorkload, type FolderName } from './workload';

const [first, second, ...rest] = process.argv.slice(2);
if (first === '--recover' && second !== undefined) {
  const folders = runFolders(second);
  for (const folder of rest as FolderName[]) {
    openBackend({ dataDir: folders[folder], clock: stepClock('2025-12-01T09:00:00.000Z'), searchIndex: 'on-demand' }).close();
    process.stdout.write(`recovered ${folder}\n`);
  }
  process.exit(0);
}
const [runDir, bundleFile] = [first, second];
if (runDir === undefined || bundleFile === undefined) throw new Error('usage: kill-child <runDir> <bundleFile>');
const log = process.env['MINUTE_BOOK_FAULT_LOG'] || undefined;

// Not awaited at the top level: the child is bundled as CommonJS, which V8 can keep compiled between runs.
runWorkload({
  clock: stepClock('2025-09-01T09:00:00.000Z'),
  folders: runFolders(runDir),
  bundleFile,
  // Synchronous on a pipe, so the line is out before the next step writes anything.
  say: (line) => void process.stdout.write(`${line}\n`),
  fingerprints: log !== undefined,
  stepStarts: (step, name) => {
    if (log !== undefined) fs.appendFileSync(log, `# step ${step} ${name}\n`);
  },
}).then(
  () => void process.stdout.write('done\n'),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
