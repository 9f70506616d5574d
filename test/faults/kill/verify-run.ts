import fs from 'node:fs';
import path from 'node:path';
import { openBackend, type Backend } from '../../../electron/backend/backend';
import { contentHash } from '../support/content-hash';
import { stepClock } from '../support/step-clock';
import type { Ack, FolderName, RunFolders } from './workload';

/** What a clean run of the workload acknowledged, step by step: the yardstick for every killed run. */
export type Reference = {
  readonly acks: readonly Ack[];
  /** Each folder's content before the workload touches it, as the parent's opening would show it. */
  readonly initial: Readonly<Record<FolderName, string>>;
};

const FOLDERS: readonly FolderName[] = ['main', 'v1', 'v2'];

/** The content a folder must have once steps 0..step have run (step -1: none yet). */
function hashAfter(reference: Reference, folder: FolderName, step: number): string {
  let hash = reference.initial[folder];
  for (const ack of reference.acks) if (ack.step <= step && ack.folder === folder) hash = ack.hash;
  return hash;
}

function filesIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((rel) => fs.statSync(path.join(dir, rel)).isFile());
}

function openAndRead(
  dataDir: string,
  readOnly: boolean,
  check: boolean,
  problems: string[],
  label: string,
): { hash: string; backend: Backend } | undefined {
  let backend: Backend;
  try {
    backend = openBackend({ dataDir, readOnly, clock: stepClock('2026-01-01T09:00:00.000Z'), searchIndex: 'on-demand' });
  } catch (error) {
    problems.push(`${label}: it does not open: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  if (check) {
    const report = backend.repository.check();
    if (!report.sound) problems.push(`${label}: check finds ${report.problems.join(' | ')}`);
  }
  // A crash is never damage: nothing may need restoring, and nothing may be set aside.
  for (const notice of backend.repository.notices()) {
    if (notice.level !== 'info') problems.push(`${label}: a ${notice.level} notice: ${notice.message}`);
  }
  return { hash: contentHash(backend.repository.exportBundle()), backend };
}

/**
 * Opens each folder of a run after its child was killed, read-only (as `check` and `list` would) and then for
 * editing (as the app would), and returns every way it falls short: it must open, `check` must find it sound,
 * no crash may look like damage, and its whole content must be what the acknowledged steps made, plus at most the
 * one step that was under way (all of it or none).
 */
/** The folders a killed run had started on: those of its acknowledged steps and of the step under way. */
export function touchedFolders(acks: readonly Ack[], reference: Reference): FolderName[] {
  const underWay = reference.acks[(acks.at(-1)?.step ?? -1) + 1]?.folder;
  // A folder no step has touched yet is still the untouched copy: nothing to learn from opening it.
  return FOLDERS.filter((folder) => folder === underWay || acks.some((ack) => ack.folder === folder));
}

export type RunToVerify = {
  readonly folders: RunFolders;
  /** What the killed run acknowledged. */
  readonly acks: readonly Ack[];
  readonly reference: Reference;
  /** The steps that make a manual backup. */
  readonly manualBackupSteps: readonly number[];
  /** The folders to open. */
  readonly open: readonly FolderName[];
};

export function verifyRun(run: RunToVerify): string[] {
  const { folders, acks, reference, manualBackupSteps } = run;
  const problems: string[] = [];
  for (const ack of acks) {
    const expected = reference.acks[ack.step];
    if (expected?.name !== ack.name || (ack.hash !== '-' && ack.hash !== expected.hash)) {
      problems.push(
        `step ${ack.step} acknowledged ${ack.name} ${ack.hash}, but the clean run had ${expected?.name ?? 'nothing'} ${expected?.hash ?? ''}: the workload did not repeat itself`,
      );
    }
  }
  const last = acks.at(-1)?.step ?? -1;
  for (const folder of run.open) {
    const allowed = new Set([hashAfter(reference, folder, last), hashAfter(reference, folder, last + 1)]);
    const describe = (hash: string): string =>
      `${hash}; after the last acknowledged step (${last}) it must be ${[...allowed].join(' or (with the next step whole) ')}`;
    // `check` reads the files on disk as they are. Left by a crash, the current format must be sound as it stands;
    // a folder of an older format is only converted (and so only checkable) once it is opened for editing.
    const readOnly = openAndRead(folders[folder], true, folder === 'main', problems, `${folder} read-only`);
    readOnly?.backend.close();
    const writable = openAndRead(folders[folder], false, true, problems, `${folder} for editing`);
    if (writable === undefined) continue;
    try {
      if (!allowed.has(writable.hash)) problems.push(`${folder}: its content is ${describe(writable.hash)}`);
      if (readOnly !== undefined && readOnly.hash !== writable.hash) {
        problems.push(`${folder}: read-only it shows ${readOnly.hash}, opened for editing ${writable.hash}`);
      }
      if (folder === 'main') {
        const manual = writable.backend.repository.listBackups().filter((b) => b.reason === 'manual').length;
        const promised = manualBackupSteps.filter((step) => step <= last).length;
        if (manual < promised) problems.push(`main: ${promised} manual backups were acknowledged but ${manual} are listed`);
      }
    } finally {
      writable.backend.close();
    }
    const setAside = filesIn(path.join(folders[folder], 'corrupt'));
    if (setAside.length > 0) problems.push(`${folder}: files were set aside as damaged: ${setAside.join(', ')}`);
  }
  return problems;
}
