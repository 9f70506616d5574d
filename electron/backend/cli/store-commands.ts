import { existsSync } from 'node:fs';
import { openStore, recoverStaleLock, restoreBackup } from '../store';
import { systemClock } from '../context';
import { EXIT, type ExitCode } from './exit-codes';

type Io = { readonly out: (line: string) => void; readonly err: (line: string) => void };

/** `minute-book check`: 0 sound, 1 problems listed, 2 unreadable. */
export function runCheck(dataDir: string, io: Io): ExitCode {
  if (!existsSync(dataDir)) {
    io.err(`There is no data folder at ${dataDir}.`);
    return EXIT.unusable;
  }
  const lock = recoverStaleLock(dataDir);
  if (lock.state !== 'free') io.out(lock.message);
  const repo = openStore({ dataDir, clock: systemClock, readOnly: true });
  try {
    for (const notice of repo.notices()) io.out(notice.message);
    const report = repo.check();
    if (report.sound) {
      io.out(`The store in ${dataDir} is sound (${report.checkedFiles} files checked).`);
      return EXIT.ok;
    }
    io.out(`The store in ${dataDir} has ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}:`);
    for (const problem of report.problems) io.out(`- ${problem}`);
    return EXIT.refused;
  } finally {
    repo.close();
  }
}

/** `minute-book restore BACKUP`: the current state is backed up first, so a restore can be undone. */
export function runRestore(dataDir: string, backup: string, io: Io): ExitCode {
  const result = restoreBackup(dataDir, backup);
  io.out(`Restored the backup of ${result.restored.createdAt} (${result.restored.name}).`);
  io.out(`The data as it was just before is kept as backup ${result.before.name}.`);
  return EXIT.ok;
}
