import path from 'node:path';
import { BackupSettings } from '../../../shared/api/areas/backups';
import { writeFileDurable } from './durable-file';
import { readJsonFile, serialiseJson } from './json-file';
import type { Layout } from './layout';

/*
 * The backup settings live beside the data, in backup-settings.json, so they travel with the folder. A missing or
 * unreadable file means the defaults: a bad settings file must never stop a backup.
 */

export const BACKUP_SETTINGS_FILE = 'backup-settings.json';

export const settingsFile = (layout: Layout): string => path.join(layout.dataDir, BACKUP_SETTINGS_FILE);

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = BackupSettings.parse({});

export function readBackupSettings(layout: Layout): BackupSettings {
  const parsed = readJsonFile(settingsFile(layout));
  if (parsed.kind !== 'parsed') return DEFAULT_BACKUP_SETTINGS;
  const settings = BackupSettings.safeParse(parsed.json);
  return settings.success ? settings.data : DEFAULT_BACKUP_SETTINGS;
}

export function writeBackupSettings(layout: Layout, settings: BackupSettings): void {
  writeFileDurable(settingsFile(layout), serialiseJson(settings));
}
