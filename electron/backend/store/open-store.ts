import { statSync } from 'node:fs';
import type { Notice } from '../../../shared/api';
import type { Clock } from '../context';
import type { StoreContext } from './context';
import { ensureDir, removeStaleTemps } from './durable-file';
import { JournalWriter, readJournal } from './journal';
import { layoutOf } from './layout';
import { loadCore } from './load-core';
import { acquireLock, staleLockNotice, type HeldLock } from './lock';
import { keepCopy } from './recovery';
import { repairBackupManifests } from './repair-manifests';
import { Store } from './repository';
import type { Repository } from './repository-types';
import { StoreError, describeIoError } from './store-error';

export type OpenStoreOptions = {
  readonly dataDir: string;
  readonly clock: Clock;
  /** Takes no lock and writes nothing: for `list` and `check`. The journal is replayed in memory only. */
  readonly readOnly?: boolean;
  /** Why it is read-only, when it is because the folder cannot be written: each refused change gives this reason. */
  readonly readOnlyReason?: string;
  /** How often to back up while open; default 30 minutes. */
  readonly backupIntervalMs?: number;
  /** How long after the last change the journal is folded into the files; default 10 seconds. */
  readonly idleCompactMs?: number;
};

export const DEFAULT_BACKUP_INTERVAL_MS = 30 * 60_000;
export const DEFAULT_IDLE_COMPACT_MS = 10_000;

/**
 * Opens a data folder: takes the lock, reads and validates the core file (migrating or restoring it if need be),
 * replays the journal, folds it into the files, and makes a backup. Meeting files are read on first use, which
 * keeps opening a ten-year store fast. A new or empty folder becomes an empty store.
 */
export function openStore(options: OpenStoreOptions): Repository {
  const layout = layoutOf(options.dataDir);
  const readOnly = options.readOnly ?? false;
  const { clock } = options;
  const notices: Notice[] = [];
  const ctx: StoreContext = {
    layout,
    clock,
    readOnly,
    readOnlyReason: readOnly ? options.readOnlyReason : undefined,
    notify: (level, message) => notices.push({ level, message, at: clock.now() }),
  };

  let lock: HeldLock | undefined;
  let journal: JournalWriter | undefined;
  try {
    if (!readOnly) {
      ensureDir(layout.dataDir);
      lock = acquireLock(layout.dataDir, clock.now());
      if (lock.recoveredFrom !== undefined) ctx.notify('info', staleLockNotice(lock.recoveredFrom));
      removeStaleTemps(layout.dataDir);
      removeStaleTemps(layout.meetingsDir);
      // Before anything is recovered: a backup whose list of files was damaged still holds good copies.
      repairBackupManifests(ctx);
    }
    const loaded = loadCore(ctx);
    const pending = readJournal(layout.journalFile);
    journal = readOnly ? undefined : new JournalWriter(layout.journalFile);
    const store = new Store({
      ctx,
      settings: {
        backupIntervalMs: options.backupIntervalMs ?? DEFAULT_BACKUP_INTERVAL_MS,
        idleCompactMs: options.idleCompactMs ?? DEFAULT_IDLE_COMPACT_MS,
      },
      notices,
      core: loaded.core,
      preloaded: loaded.meetings,
      journal,
      lock,
    });
    for (const entry of pending.entries) store.replay(entry.ops);

    if (pending.damage !== undefined) {
      const kept = readOnly ? undefined : keepCopy(layout, layout.journalFile, clock.now());
      const { line, reason, linesAfter } = pending.damage;
      ctx.notify(
        'warning',
        `The journal of recent changes (${layout.journalFile}) is damaged at line ${line}: ${reason}. ` +
          `The ${line - 1} changes before it have been kept; ` +
          (linesAfter === 0
            ? 'the change on that line could not be read and may be missing.'
            : `that line and the ${linesAfter} after it could not be read and may be missing.`) +
          (kept === undefined ? '' : ` The damaged journal has been kept, unchanged, at ${kept}.`),
      );
    }
    if (!readOnly) {
      if (loaded.restoredFrom !== undefined) {
        const moved = store.setAsideOrphans();
        if (moved.length > 0) {
          ctx.notify(
            'warning',
            `${moved.length} meeting files belong to meetings that the restored backup does not know (they were added ` +
              `after it). They have been kept, unchanged, in ${layout.corruptDir}: ${moved.join(', ')}.`,
          );
        }
      }
      // Anything in the journal (changes, a torn last line, damage) is folded in now and the journal started afresh.
      if (pending.bytes > 0) store.compact(true);
      else if (fileExists(layout.journalFile)) journal?.openExisting();
      else journal?.reset();
      store.start();
    }
    return store;
  } catch (error) {
    journal?.close();
    lock?.release();
    if (error instanceof StoreError) throw error;
    throw new StoreError('io', `The data folder ${layout.dataDir} could not be opened: ${describeIoError(error)}.`, { cause: error });
  }
}

function fileExists(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
