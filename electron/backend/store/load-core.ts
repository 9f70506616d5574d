import fs from 'node:fs';
import { SCHEMA_VERSION, type CoreFile } from '../../../shared/model';
import { backupFilePath, currentDataFiles, listBackups, readManifest } from './backups';
import { declaredVersion, decodeCoreFile, decodeCoreFileAnyVersion, refuseFutureVersion } from './codecs';
import type { CoreLoad, StoreContext } from './context';
import { ensureDir, writeFileDurable } from './durable-file';
import { readJsonFile, serialiseJson } from './json-file';
import { CORE_FILE, meetingFilePath, meetingRelPath } from './layout';
import { migrateFolder } from './migrate-folder';
import { describeBackup, findGoodCopy, moveAside, type GoodCopy } from './recovery';
import { StoreError } from './store-error';

export type { CoreLoad } from './context';

export const emptyCoreFile = (): CoreFile => ({
  schemaVersion: SCHEMA_VERSION,
  boards: [],
  people: [],
  memberships: [],
  meetings: [],
  rewardRates: [],
  rewardClaims: [],
  criteriaSets: [],
  ratings: [],
  diversityResponses: [],
  youSaidWeDid: [],
});

/**
 * Reads the core file: validates it, migrates an older format, and restores a damaged or missing one from the
 * newest good backup. A newer format is refused and left untouched. A new, empty folder becomes an empty store.
 */
export function loadCore(ctx: StoreContext): CoreLoad {
  const { layout } = ctx;
  const what = `The main data file (${layout.coreFile})`;
  const parsed = readJsonFile(layout.coreFile);
  if (parsed.kind === 'missing') {
    const hasData = currentDataFiles(layout, { includeJournal: false }).length > 0 || listBackups(layout).length > 0;
    if (!hasData) {
      const core = emptyCoreFile();
      // Written at once, so that from now on a missing core file always means something went wrong.
      if (!ctx.readOnly) writeFileDurable(layout.coreFile, serialiseJson(core));
      return { core, meetings: new Map() };
    }
    return recoverCore(ctx, what, 'it is missing');
  }
  if (parsed.kind === 'unparseable') return recoverCore(ctx, what, parsed.reason);
  refuseFutureVersion(parsed.json, what);
  const version = declaredVersion(parsed.json);
  if (version !== undefined && version < SCHEMA_VERSION) {
    // An older format whose contents are wrong is damage like any other: set aside and restored, not refused.
    const convertible = decodeCoreFileAnyVersion(parsed.json, what);
    if (!convertible.ok) return recoverCore(ctx, what, `it says it is in format ${version} but does not match it: ${convertible.reason}`);
    return migrateFolder(ctx, parsed.json, version);
  }
  const decoded = decodeCoreFile(parsed.json, what);
  if (decoded.ok) return { core: decoded.value, meetings: new Map() };
  return recoverCore(ctx, what, `it does not match the data format: ${decoded.reason}`);
}

function recoverCore(ctx: StoreContext, what: string, reason: string): CoreLoad {
  const { layout } = ctx;
  const good = findGoodCopy(layout, CORE_FILE, (json) => decodeCoreFileAnyVersion(json, what));
  if (good === undefined) {
    throw new StoreError(
      'unreadable',
      `${what} cannot be used: ${reason}. No backup in ${layout.backupsDir} holds a good copy of it, so Minute Book has ` +
        'not changed or moved anything. If you have a copy elsewhere (the second backup folder, or a copy of the data ' +
        'folder), put it back with: minute-book restore <backup folder> --data <this folder>. Otherwise ask for help.',
    );
  }
  const goodVersion = declaredVersion(good.json);
  if (goodVersion !== undefined && goodVersion < SCHEMA_VERSION) return restoreOlderCore(ctx, what, reason, good, goodVersion);
  if (ctx.readOnly) {
    ctx.notify(
      'warning',
      `${what} cannot be used: ${reason}. Its good copy in ${describeBackup(good.backup)} is shown instead; it will be ` +
        `restored the next time the folder is opened for editing. Changes made after ${good.backup.createdAt} may be missing.`,
    );
    return { core: good.value, meetings: new Map(), restoredFrom: good.backup };
  }
  const aside = moveAside(layout, layout.coreFile, ctx.clock.now());
  // Meetings that the restored file knows but whose files are gone come back from the same backup.
  const backedUp = new Set(readManifest(good.backup.path)?.files ?? []);
  let restoredMeetings = 0;
  for (const meeting of good.value.meetings) {
    const rel = meetingRelPath(meeting.id);
    const file = meetingFilePath(layout, meeting.id);
    if (!fs.existsSync(file) && backedUp.has(rel)) {
      ensureDir(layout.meetingsDir);
      writeFileDurable(file, fs.readFileSync(backupFilePath(good.backup, rel)));
      restoredMeetings += 1;
    }
  }
  writeFileDurable(layout.coreFile, good.bytes);
  const kept = aside === undefined ? '' : ` The damaged file has been kept, unchanged, at ${aside}.`;
  const meetings = restoredMeetings === 0 ? '' : ` ${restoredMeetings} missing meeting files were restored from it too.`;
  ctx.notify(
    'warning',
    `${what} could not be used: ${reason}.${kept} It has been restored from ${describeBackup(good.backup)}.${meetings} ` +
      `Changes to boards, people, members and meetings made after ${good.backup.createdAt} may be missing: please check them.`,
  );
  return { core: good.value, meetings: new Map(), restoredFrom: good.backup };
}

/**
 * The newest good copy is in an older format (the folder has not been opened by this version since that backup):
 * it is put back as it is, with any meeting files that are missing, and converted like any older folder.
 */
function restoreOlderCore(ctx: StoreContext, what: string, reason: string, good: GoodCopy<CoreFile>, version: number): CoreLoad {
  const { layout } = ctx;
  if (ctx.readOnly) {
    ctx.notify('warning', `${what} cannot be used: ${reason}. Its good copy in ${describeBackup(good.backup)} (format ${version}) is shown instead.`);
    return migrateFolder(ctx, good.json, version);
  }
  const aside = moveAside(layout, layout.coreFile, ctx.clock.now());
  writeFileDurable(layout.coreFile, good.bytes);
  const kept = aside === undefined ? '' : ` The damaged file has been kept, unchanged, at ${aside}.`;
  ctx.notify('warning', `${what} could not be used: ${reason}.${kept} It has been restored from ${describeBackup(good.backup)}, then converted.`);
  return { ...migrateFolder(ctx, good.json, version), restoredFrom: good.backup };
}
