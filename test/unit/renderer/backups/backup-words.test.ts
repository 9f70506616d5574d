import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute, routeKey } from '../../../../renderer/src/routing/routes';
import {
  addedWords,
  backupReasonLabel,
  filesWords,
  formatBytes,
  formatCount,
  keptForLabel,
  restoreCommand,
  secondCopyPath,
  shellArgument,
} from '../../../../renderer/src/features/backups/backup-words';

describe('the words of the Backups screen', () => {
  it('says why each backup was made in plain words', () => {
    expect(backupReasonLabel('open')).toBe('When Minute Book opened');
    expect(backupReasonLabel('interval')).toBe('Every half hour');
    expect(backupReasonLabel('manual')).toBe('Made by hand');
    expect(backupReasonLabel('before-migration')).toBe('Before converting to a newer format');
    expect(backupReasonLabel('before-restore')).toBe('Before a restore');
  });

  it('shows a reason it does not know as words rather than a code', () => {
    expect(backupReasonLabel('before-repair')).toBe('Before repair');
    expect(backupReasonLabel('')).toBe('Not recorded');
  });

  it('names the rule that keeps a backup', () => {
    expect(['latest', 'hourly', 'daily', 'monthly', 'event'].map((k) => keptForLabel(k as never))).toEqual([
      'Latest',
      'Hourly',
      'Daily',
      'Monthly',
      'Event',
    ]);
  });

  it('gives sizes as Windows Explorer counts them, one decimal below ten', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1024)).toBe('1 KB');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(340 * 1024)).toBe('340 KB');
    expect(formatBytes(1.2 * 1024 * 1024)).toBe('1.2 MB');
    expect(formatBytes(1023.7 * 1024)).toBe('1 MB');
    expect(formatBytes(2048 * 1024 * 1024)).toBe('2 GB');
    expect(formatBytes(1500 * 1024 ** 4)).toBe('1,500 TB');
    expect(formatBytes(-1)).toBe('unknown');
  });

  it('says when a backup adds nothing new, and counts files', () => {
    expect(addedWords(0)).toBe('Nothing new');
    expect(addedWords(5 * 1024 * 1024)).toBe('5 MB');
    expect(filesWords(1)).toBe('1 file');
    expect(filesWords(1214)).toBe('1,214 files');
    expect(formatCount(1_000_000)).toBe('1,000,000');
    expect(formatCount(2048)).toBe('2,048');
    expect(formatCount(12.5)).toBe('12.5');
  });

  it('writes the restore command as docs/cli.md gives it, quoting paths with spaces', () => {
    expect(restoreCommand('2025-06-01T09-00-00-000Z-manual', '/home/clerk/minute-book')).toBe(
      'minute-book restore 2025-06-01T09-00-00-000Z-manual --data /home/clerk/minute-book',
    );
    expect(restoreCommand('2025-06-01T09-00-00-000Z-open', 'C:\\Users\\Clerk\\AppData\\Roaming\\Minute Book')).toBe(
      'minute-book restore 2025-06-01T09-00-00-000Z-open --data "C:\\Users\\Clerk\\AppData\\Roaming\\Minute Book"',
    );
    expect(shellArgument('a "b" $c')).toBe('"a \\"b\\" \\$c"');
  });

  it('joins a backup to the second folder the way the folder is written', () => {
    expect(secondCopyPath('D:\\Minute Book backups\\', 'b1')).toBe('D:\\Minute Book backups\\b1');
    expect(secondCopyPath('\\\\council-files\\clerks', 'b1')).toBe('\\\\council-files\\clerks\\b1');
    expect(secondCopyPath('/media/clerk/USB/', 'b1')).toBe('/media/clerk/USB/b1');
  });
});

describe('the Backups route', () => {
  it('is reached at #/backups and kept as one screen', () => {
    expect(parseRoute('#/backups')).toEqual({ name: 'backups' });
    expect(hrefFor({ name: 'backups' })).toBe('#/backups');
    expect(routeKey({ name: 'backups' })).toBe('backups');
  });
});
