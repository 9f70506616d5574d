import type { BackupKeptFor } from '../../../shared/api/areas/backups';

/*
 * Which backups to keep: the newest few whatever their age; the newest of each hour for a day; of each day for a
 * month; of each month for ever; and the newest few of each kind of event (before a migration, before a restore,
 * made by hand). Then, if the backups take more room than the budget allows, the oldest go first, never the newest
 * few. Pure: the caller reads the backups and deletes what is not kept.
 */

export type RetainedBackup = {
  readonly name: string;
  readonly createdAt: string;
  readonly reason: string;
};

export type RetentionPolicy = {
  /** The newest backups always kept, whatever their age. */
  readonly latest: number;
  readonly hourlyForHours: number;
  readonly dailyForDays: number;
  /** The newest of each kind of event kept. */
  readonly perEvent: number;
};

export const DEFAULT_RETENTION: RetentionPolicy = { latest: 3, hourlyForHours: 24, dailyForDays: 31, perEvent: 3 };

/** Backups made on a timetable; any other reason is an event (before-migration, before-restore, manual). */
const ROUTINE = new Set(['open', 'interval']);
/**
 * Backups of the state before a change (a conversion, a restore) may hold a damaged folder as it was found: they
 * are kept as events only, never as the hour's, day's or month's backup, so they cannot push a good one out.
 */
const isBefore = (reason: string): boolean => reason.startsWith('before-');

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The policy in plain words, one rule a line, as the Backups screen shows it. */
export function describePolicy(policy: RetentionPolicy, budgetMb: number): string[] {
  return [
    `The newest ${policy.latest} backups are always kept.`,
    `For the last ${policy.hourlyForHours} hours, one backup an hour.`,
    `For the last ${policy.dailyForDays} days, one backup a day.`,
    'Before that, one backup a month, for ever.',
    `The newest ${policy.perEvent} backups made by hand, before a conversion and before a restore are kept too.`,
    `If the backups take more than ${budgetMb.toLocaleString('en-GB')} MB, the oldest go first (never the newest ${policy.latest}).`,
  ];
}

/**
 * Why each backup is kept; a backup not in the map is to be deleted. `backups` may come in any order; `now` is an
 * ISO instant. Each backup is kept for its strongest reason: latest, then hourly, daily, monthly, event.
 */
export function chooseKept(backups: readonly RetainedBackup[], now: string, policy: RetentionPolicy = DEFAULT_RETENTION): Map<string, BackupKeptFor> {
  const newestFirst = [...backups].sort((a, b) =>
    a.createdAt === b.createdAt ? b.name.localeCompare(a.name) : b.createdAt.localeCompare(a.createdAt),
  );
  const nowMs = Date.parse(now);
  const kept = new Map<string, BackupKeptFor>();
  const keep = (name: string, why: BackupKeptFor): void => {
    if (!kept.has(name)) kept.set(name, why);
  };
  newestFirst.slice(0, Math.max(1, policy.latest)).forEach((b) => keep(b.name, 'latest'));

  const bucketed = (why: BackupKeptFor, bucketOf: (iso: string) => string, withinMs: number): void => {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      if (isBefore(backup.reason)) continue;
      const at = Date.parse(backup.createdAt);
      if (!Number.isFinite(at) || nowMs - at > withinMs) continue;
      const bucket = bucketOf(backup.createdAt);
      if (seen.has(bucket)) continue;
      seen.add(bucket);
      keep(backup.name, why);
    }
  };
  bucketed('hourly', (iso) => iso.slice(0, 13), policy.hourlyForHours * HOUR_MS);
  bucketed('daily', (iso) => iso.slice(0, 10), policy.dailyForDays * DAY_MS);
  bucketed('monthly', (iso) => iso.slice(0, 7), Number.POSITIVE_INFINITY);

  const perReason = new Map<string, number>();
  for (const backup of newestFirst) {
    if (ROUTINE.has(backup.reason)) continue;
    const count = perReason.get(backup.reason) ?? 0;
    if (count >= policy.perEvent) continue;
    perReason.set(backup.reason, count + 1);
    keep(backup.name, 'event');
  }
  return kept;
}

/**
 * Trims the kept backups to a budget: while the room they take is over it, the oldest kept backup that is not
 * among the latest goes. `roomOf` gives the bytes a set of backups takes together (shared files counted once).
 */
export function withinBudget(
  kept: Map<string, BackupKeptFor>,
  backups: readonly RetainedBackup[],
  budgetBytes: number,
  roomOf: (names: ReadonlySet<string>) => number,
): Map<string, BackupKeptFor> {
  const result = new Map(kept);
  if (roomOf(new Set(result.keys())) <= budgetBytes) return result;
  const oldestFirst = backups.filter((b) => result.has(b.name)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const backup of oldestFirst) {
    if (roomOf(new Set(result.keys())) <= budgetBytes) break;
    if (result.get(backup.name) === 'latest') continue;
    result.delete(backup.name);
  }
  return result;
}
