import type { HandlerMap } from '../handler-context';
import { ApiFailure } from '../handler-context';

/** The Backups screen: what is kept and why, a backup made by hand, and the second folder and size budget. */
export const backupHandlers: HandlerMap<'backups.list' | 'backups.create' | 'backups.updateSettings'> = {
  'backups.list': (_input, ctx) => ctx.repo.backupOverview(),

  'backups.create': (_input, ctx) => {
    const made = ctx.repo.backup('manual');
    const summary = ctx.repo.backupOverview().backups.find((b) => b.name === made.name);
    // A backup removed as soon as it was made would be a fault in the retention policy: say so, never pretend.
    if (summary === undefined) throw new ApiFailure('io_error', `The backup ${made.name} was made but is no longer in the backups folder.`);
    return summary;
  },

  'backups.updateSettings': (input, ctx) => ctx.repo.updateBackupSettings(input.settings),
};
