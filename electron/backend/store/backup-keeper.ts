import path from 'node:path';
import type { BackupOverview, BackupSettings, BackupSummary } from '../../../shared/api/areas/backups';
import type { Clock } from '../context';
import { readManifest } from './backup-manifest';
import { DEFAULT_RETENTION, chooseKept, describePolicy, withinBudget } from './backup-retention';
import { readBackupSettings } from './backup-settings';
import { createBackup, deleteBackupsExcept, listBackupsIn, roomTaken, type BackupRequest, type CreatedBackup } from './backups';
import type { Layout } from './layout';
import type { BackupInfo } from './repository-types';
import { mirrorAndTrim, mirrorDirOf, type MirrorState } from './second-folder';

/*
 * Making a backup as a whole: the copy, then the retention policy, then the copy in the second folder.
 */

const MB = 1024 * 1024;

/** Applies the retention policy and the size budget to a folder of backups; the newest is always kept. */
export function pruneBackups(backupsDir: string, now: string, settings: BackupSettings, alsoKeep: ReadonlySet<string> = new Set()): void {
  const backups = listBackupsIn(backupsDir);
  const byName = new Map(backups.map((b) => [b.name, b]));
  const kept = withinBudget(chooseKept(backups, now), backups, settings.budgetMb * MB, (names) =>
    roomTaken([...names].flatMap((n) => byName.get(n) ?? [])),
  );
  deleteBackupsExcept(backupsDir, new Set([...kept.keys(), ...alsoKeep]));
}

export type MadeBackup = CreatedBackup & { readonly mirror?: MirrorState };

/** Makes a backup, prunes the old ones, and copies it to the second folder if one is set. */
export function makeBackup(layout: Layout, clock: Clock, request: BackupRequest, alsoKeep: ReadonlySet<string> = new Set()): MadeBackup {
  const settings = readBackupSettings(layout);
  const made = createBackup(layout, clock, request);
  pruneBackups(layout.backupsDir, made.createdAt, settings, new Set([made.name, ...alsoKeep]));
  if (settings.secondFolder === undefined) return made;
  const mirror = mirrorAndTrim(made, mirrorDirOf(layout, settings.secondFolder), (dir) =>
    pruneBackups(dir, made.createdAt, settings, new Set([made.name])),
  );
  return { ...made, mirror };
}

/** What the Backups screen shows. */
export function backupOverview(layout: Layout, now: string, mirror: MirrorState | undefined): BackupOverview {
  const settings = readBackupSettings(layout);
  const backups = listBackupsIn(layout.backupsDir);
  const kept = withinBudget(chooseKept(backups, now), backups, settings.budgetMb * MB, (names) =>
    roomTaken(backups.filter((b) => names.has(b.name))),
  );
  const mirrorDir = settings.secondFolder === undefined ? undefined : mirrorDirOf(layout, settings.secondFolder);
  const inMirror = mirrorDir === undefined ? [] : listMirror(mirrorDir);
  const mirrored = new Set(inMirror.map((b) => b.name));
  const summaries = backups.map((backup, i) => summarise(backup, backups[i + 1], kept.get(backup.name) ?? 'latest', mirrored.has(backup.name)));
  const newestMirrored = inMirror[0];
  return {
    backups: summaries,
    folder: layout.backupsDir,
    totalBytes: roomTaken(backups),
    settings,
    policy: describePolicy(DEFAULT_RETENTION, settings.budgetMb),
    ...(settings.secondFolder === undefined
      ? {}
      : {
          secondFolder: {
            path: mirrorDir ?? path.join(settings.secondFolder),
            ...(newestMirrored === undefined ? {} : { lastCopiedAt: newestMirrored.createdAt }),
            ...(mirror?.problem === undefined ? {} : { problem: mirror.problem }),
          },
        }),
  };
}

/** The backups in the second folder; none where it cannot be read (unplugged, not a folder, not allowed). */
function listMirror(mirrorDir: string): BackupInfo[] {
  try {
    return listBackupsIn(mirrorDir);
  } catch {
    return [];
  }
}

function summarise(backup: BackupInfo, older: BackupInfo | undefined, keptFor: BackupSummary['keptFor'], secondCopy: boolean): BackupSummary {
  const manifest = readManifest(backup.path);
  const olderEntries = new Set((older === undefined ? undefined : readManifest(older.path))?.entries?.map((e) => `${e.path}\u0000${e.sha256}`) ?? []);
  const newBytes = (manifest?.entries ?? []).reduce((sum, e) => sum + (olderEntries.has(`${e.path}\u0000${e.sha256}`) ? 0 : e.size), 0);
  return {
    name: backup.name,
    createdAt: backup.createdAt,
    reason: backup.reason,
    files: manifest?.files.length ?? 0,
    newBytes,
    keptFor,
    secondCopy,
  };
}
