import { z } from 'zod';

/*
 * Backups of the data folder: what is kept, why, and where a second copy goes. The store makes them by itself
 * (on opening, every half hour while open, before a migration or a restore); a clerk can make one at any time.
 */

/** Why a backup is still kept under the retention policy. */
export const BackupKeptFor = z.enum(['latest', 'hourly', 'daily', 'monthly', 'event']);
export type BackupKeptFor = z.infer<typeof BackupKeptFor>;

/** The settings a clerk can change. */
export const BackupSettings = z.object({
  /**
   * A second folder (a network share, a USB disk) that every backup is copied to as soon as it is made, so a lost
   * or broken laptop loses nothing. An absolute path; left out for none.
   */
  secondFolder: z
    .string()
    .trim()
    .min(1)
    .max(1000)
    .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), {
      message: 'Give the whole path of the folder, starting from the drive or the top: for example D:\\Minute Book backups.',
    })
    .optional(),
  /** The most the backups may take on the disk, in megabytes; the oldest monthly ones go first when it is reached. */
  budgetMb: z.number().int().min(50, 'Allow at least 50 MB for backups.').max(1_000_000).default(2048),
});
export type BackupSettings = z.output<typeof BackupSettings>;

export type BackupSummary = {
  readonly name: string;
  readonly createdAt: string;
  /** open, interval, manual, before-migration, before-restore, ... */
  readonly reason: string;
  /** How many files it holds: the main file, meeting files and attachments. */
  readonly files: number;
  /** Bytes this backup adds on the disk (files unchanged since the one before are shared with it, not copied). */
  readonly newBytes: number;
  readonly keptFor: BackupKeptFor;
  /** Set when the copy in the second folder is made and checked. */
  readonly secondCopy: boolean;
};

export type BackupOverview = {
  /** Newest first. */
  readonly backups: readonly BackupSummary[];
  /** The folder they are in. */
  readonly folder: string;
  readonly totalBytes: number;
  readonly settings: BackupSettings;
  /** The retention policy in plain words, one rule a line. */
  readonly policy: readonly string[];
  /** The state of the second folder, when one is set. */
  readonly secondFolder?: {
    readonly path: string;
    readonly lastCopiedAt?: string;
    /** Why the last copy failed (the disk is not plugged in, the share cannot be reached), in plain words. */
    readonly problem?: string;
  };
};

export const BACKUP_INPUTS = {
  'backups.list': z.object({}),
  /** A backup made now (and copied to the second folder, if one is set). */
  'backups.create': z.object({}),
  'backups.updateSettings': z.object({ settings: BackupSettings }),
} as const;

export type BackupOutputs = {
  'backups.list': BackupOverview;
  'backups.create': BackupSummary;
  'backups.updateSettings': BackupOverview;
};
