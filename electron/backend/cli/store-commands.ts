import { existsSync } from 'node:fs';
import { describeStoreProblem, openStore, planReferenceRepairs, recoverStaleLock, restoreBackup, type Repository } from '../store';
import { systemClock } from '../context';
import { EXIT, type ExitCode } from './exit-codes';

type Io = { readonly out: (line: string) => void; readonly err: (line: string) => void };

/**
 * `minute-book check`: 0 sound, 1 problems listed, 2 unreadable. Reads every file, then every reference between
 * records, and changes nothing. With `--repair`, the folder is opened for editing and every file read, so each
 * damaged one is set aside and restored from the newest backup holding a good copy (as the app does on first use);
 * then the references that can safely be taken out are (after a backup), and the store is checked again.
 */
export function runCheck(dataDir: string, io: Io, options: { readonly repair: boolean } = { repair: false }): ExitCode {
  if (!existsSync(dataDir)) {
    io.err(`There is no data folder at ${dataDir}.`);
    return EXIT.unusable;
  }
  const lock = recoverStaleLock(dataDir);
  if (lock.state !== 'free') io.out(lock.message);
  const repo = openStore({ dataDir, clock: systemClock, readOnly: !options.repair });
  try {
    if (options.repair) readEverything(repo);
    for (const notice of repo.notices()) io.out(notice.message);
    if (options.repair) repairReferences(repo, io);
    const report = repo.check();
    if (report.sound) {
      io.out(`The store in ${dataDir} is sound (${report.checkedFiles} files checked).`);
      return EXIT.ok;
    }
    io.out(`The store in ${dataDir} has ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}:`);
    for (const problem of report.problems) io.out(`- ${problem}`);
    io.out(
      options.repair
        ? 'These could not be repaired from the backups. Put back a whole backup with: minute-book restore BACKUP (see minute-book --help).'
        : `To repair: minute-book check --repair --data "${dataDir}" sets each damaged file aside and restores it from the newest backup holding a good copy; ` +
            'or put back a whole backup with: minute-book restore BACKUP.',
    );
    return EXIT.refused;
  } finally {
    repo.close();
  }
}

/**
 * Takes out each broken reference that can go without losing what the minutes say (see `planReferenceRepairs`),
 * after a backup of the store as it was, and says what it changed; what needs a person is left for the check.
 */
function repairReferences(repo: Repository, io: Io): void {
  // Only where every file can be read: a record missing from a damaged file would make sound references look broken.
  if (!repo.check().filesSound) return;
  const plan = planReferenceRepairs(repo.referenceProblems());
  if (plan.ops.length === 0) return;
  const backup = repo.backup('before-repair');
  repo.commit(plan.ops);
  io.out(
    `Repaired ${plan.fixed.length} broken reference${plan.fixed.length === 1 ? '' : 's'} (the store as it was is kept as backup ${backup.name}):`,
  );
  for (const problem of plan.fixed) io.out(`- took out ${describeStoreProblem(problem)}`);
}

/** Reads every meeting and every attachment, which recovers any that is damaged or missing. */
function readEverything(repo: Repository): void {
  for (const attachment of repo.everyMeeting('attachments')) {
    try {
      repo.readBlob(attachment.sha256);
    } catch {
      // Left for the check that follows to name.
    }
  }
}

/** `minute-book restore BACKUP`: the current state is backed up first, so a restore can be undone. */
export function runRestore(dataDir: string, backup: string, io: Io): ExitCode {
  const result = restoreBackup(dataDir, backup);
  io.out(`Restored the backup of ${result.restored.createdAt} (${result.restored.name}).`);
  io.out(`The data as it was just before is kept as backup ${result.before.name}.`);
  return EXIT.ok;
}
