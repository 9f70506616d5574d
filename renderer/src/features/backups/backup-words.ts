import type { BackupKeptFor } from '../../../../shared/api/areas/backups';

/** Why a backup was made, as the store names it, in the clerk's words. */
const REASONS: Readonly<Record<string, string>> = {
  open: 'When Minute Book opened',
  interval: 'Every half hour',
  manual: 'Made by hand',
  'before-migration': 'Before converting to a newer format',
  'before-restore': 'Before a restore',
};

/** "When Minute Book opened", "Made by hand"; a reason this screen does not know is shown as it is, in words. */
export function backupReasonLabel(reason: string): string {
  const known = REASONS[reason];
  if (known !== undefined) return known;
  const words = reason.replace(/[-_]+/g, ' ').trim();
  return words === '' ? 'Not recorded' : `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

const KEPT_FOR: Readonly<Record<BackupKeptFor, string>> = {
  latest: 'Latest',
  hourly: 'Hourly',
  daily: 'Daily',
  monthly: 'Monthly',
  event: 'Event',
};

/** Which rule of the retention policy keeps a backup. */
export const keptForLabel = (keptFor: BackupKeptFor): string => KEPT_FOR[keptFor];

/** "2,048": thousands marked by hand, so the screen reads the same whatever the browser's language. */
export function formatCount(n: number): string {
  const [whole = '0', fraction] = String(Math.abs(n)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/**
 * "1.2 MB", "340 KB", "512 bytes": one decimal below 10, whole numbers above. Units of 1,024, as Windows Explorer
 * and File Explorer count them, so the figure matches what the clerk sees in the folder.
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return 'unknown';
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${formatCount(Math.round(bytes))} bytes`;
  let value = bytes;
  let unit: (typeof UNITS)[number] = 'KB';
  for (const next of UNITS) {
    value /= 1024;
    unit = next;
    if (value < 1024) break;
  }
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  // 1023.6 KB rounds to 1,024 KB: say "1 MB" instead, as the next unit would.
  if (rounded >= 1024 && unit !== 'TB') return `1 ${UNITS[UNITS.indexOf(unit) + 1]}`;
  return `${formatCount(rounded)} ${unit}`;
}

/** What a backup adds on the disk: files unchanged since the one before are shared, not copied again. */
export const addedWords = (newBytes: number): string => (newBytes === 0 ? 'Nothing new' : formatBytes(newBytes));

/** "1 file", "214 files". */
export const filesWords = (files: number): string => `${formatCount(files)} ${files === 1 ? 'file' : 'files'}`;

/**
 * One argument of a command as the clerk would type it: left bare when it is plain, in double quotes when it has
 * spaces or anything a shell would read differently.
 */
export function shellArgument(value: string): string {
  if (/^[A-Za-z0-9_\-.,/\\:@+=]+$/.test(value)) return value;
  return `"${value.replace(/(["$`])/g, '\\$1')}"`;
}

/** `minute-book restore NAME --data DIR`, as docs/cli.md gives it. */
export const restoreCommand = (backup: string, dataDir: string): string =>
  `minute-book restore ${shellArgument(backup)} --data ${shellArgument(dataDir)}`;

/**
 * The path of one backup inside the second folder, joined the way the folder itself is written (a backslash for a
 * Windows drive or share, a slash otherwise).
 */
export function secondCopyPath(secondFolder: string, backup: string): string {
  const windows = /^[A-Za-z]:[\\/]/.test(secondFolder) || secondFolder.startsWith('\\\\');
  const separator = windows ? '\\' : '/';
  const trimmed = secondFolder.replace(/[\\/]+$/, '');
  return `${trimmed === '' ? '' : trimmed}${separator}${backup}`;
}
