import { CORE_COLLECTION_NAMES, MEETING_COLLECTION_NAMES, SCHEMA_VERSION, type CoreFile, type MeetingFile } from '../../../shared/model';
import { makeBackup } from './backup-keeper';
import { currentAttachmentFiles, currentDataFiles } from './backups';
import { decodeCoreFile, decodeMeetingFile } from './codecs';
import type { CoreLoad, StoreContext } from './context';
import { ensureDir, writeFileDurable } from './durable-file';
import { readJsonFile, serialiseJson } from './json-file';
import { CORE_FILE, meetingFilePath } from './layout';
import { migrateToCurrent, type JsonObject } from './migrations';
import { StoreError } from './store-error';

const KNOWN_KEYS = new Set<string>(['schemaVersion', ...CORE_COLLECTION_NAMES, ...MEETING_COLLECTION_NAMES]);

function refuse(ctx: StoreContext, version: number, reason: string, backupNote: string): StoreError {
  return new StoreError(
    'unreadable',
    `The main data file (${ctx.layout.coreFile}) is in format ${version} and could not be brought up to format ` +
      `${SCHEMA_VERSION}: ${reason}. Nothing has been changed.${backupNote}`,
  );
}

/** Format 1 kept everything in one file; from format 2 each meeting has its own. */
const FIRST_FOLDER_FORMAT = 2;

type Gathered = { readonly doc: JsonObject; readonly unreadable: ReadonlySet<string> };

/**
 * From format 2 on, the core file holds only the small collections: the meetings' records are gathered from their
 * files into one document, so one migration serves both layouts. A meeting file that cannot be read is left
 * untouched on disk, for the usual recovery from a backup when the meeting is opened.
 */
function gatherMeetingFiles(ctx: StoreContext, core: JsonObject): Gathered {
  const meetings = Array.isArray(core['meetings']) ? core['meetings'] : [];
  const lists: Record<string, unknown[]> = Object.fromEntries(MEETING_COLLECTION_NAMES.map((c) => [c, []]));
  const unreadable = new Set<string>();
  for (const meeting of meetings) {
    const id = typeof meeting === 'object' && meeting !== null ? (meeting as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') continue;
    const parsed = readJsonFile(meetingFilePath(ctx.layout, id));
    if (parsed.kind === 'missing') continue;
    if (parsed.kind !== 'parsed' || typeof parsed.json !== 'object' || parsed.json === null) {
      unreadable.add(id);
      continue;
    }
    const file = parsed.json as JsonObject;
    for (const collection of MEETING_COLLECTION_NAMES) {
      const records = file[collection];
      if (Array.isArray(records)) lists[collection]?.push(...(records as unknown[]));
    }
  }
  return { doc: { ...core, ...lists }, unreadable };
}

/** Splits the whole-store document into the core file and one file per meeting, validating each. */
function split(ctx: StoreContext, doc: JsonObject, version: number, backupNote: string): { core: CoreFile; meetings: Map<string, MeetingFile> } {
  const arrayOf = (key: string): unknown[] => {
    const value = doc[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) throw refuse(ctx, version, `${key} is not a list`, backupNote);
    return value;
  };
  const core = decodeCoreFile(
    Object.fromEntries([['schemaVersion', SCHEMA_VERSION], ...CORE_COLLECTION_NAMES.map((c) => [c, arrayOf(c)])]),
    'The migrated data',
  );
  if (!core.ok) throw refuse(ctx, version, core.reason, backupNote);

  const grouped = new Map<string, Record<string, unknown[]>>();
  const groupFor = (meetingId: string): Record<string, unknown[]> => {
    let group = grouped.get(meetingId);
    if (group === undefined) {
      group = Object.fromEntries(MEETING_COLLECTION_NAMES.map((c) => [c, []]));
      grouped.set(meetingId, group);
    }
    return group;
  };
  // Every meeting gets a file, even one with nothing in it yet, so a missing file always means damage.
  for (const meeting of core.value.meetings) groupFor(meeting.id);
  for (const collection of MEETING_COLLECTION_NAMES) {
    arrayOf(collection).forEach((record, i) => {
      const meetingId = typeof record === 'object' && record !== null ? (record as { meetingId?: unknown }).meetingId : undefined;
      if (typeof meetingId !== 'string' || meetingId === '') {
        throw refuse(ctx, version, `${collection}.${i}.meetingId is missing`, backupNote);
      }
      groupFor(meetingId)[collection]?.push(record);
    });
  }
  const meetings = new Map<string, MeetingFile>();
  for (const [meetingId, group] of grouped) {
    const decoded = decodeMeetingFile({ schemaVersion: SCHEMA_VERSION, meetingId, ...group }, 'The migrated data', meetingId);
    if (!decoded.ok) throw refuse(ctx, version, `in meeting ${meetingId}: ${decoded.reason}`, backupNote);
    meetings.set(meetingId, decoded.value);
  }
  return { core: core.value, meetings };
}

/**
 * Opens a data folder written by an older version: a backup of the old file first, then the migration, then the
 * new files, meeting files first and the core file last. The core file is the commit point: until it is replaced,
 * the folder is still in the old format and a crash simply means the migration runs again.
 */
export function migrateFolder(ctx: StoreContext, json: unknown, version: number): CoreLoad {
  const { layout } = ctx;
  const folder = version >= FIRST_FOLDER_FORMAT;
  const files = folder ? [...currentDataFiles(layout, { includeJournal: true }), ...currentAttachmentFiles(layout)] : [CORE_FILE];
  // Kept exactly as found (no damage check): this is the folder as the older version left it.
  const backup = ctx.readOnly ? undefined : makeBackup(layout, ctx.clock, { reason: 'before-migration', schemaVersion: version, files });
  const backupNote =
    backup === undefined ? '' : ` A copy of the ${folder ? 'files' : 'file'} as ${folder ? 'they were' : 'it was'} is in ${backup.path}.`;
  const gathered: Gathered =
    folder && typeof json === 'object' && json !== null
      ? gatherMeetingFiles(ctx, json as JsonObject)
      : { doc: json as JsonObject, unreadable: new Set() };
  const migrated = migrateToCurrent(gathered.doc, `The main data file (${layout.coreFile})`);
  const unknown = Object.keys(migrated.json).filter((key) => !KNOWN_KEYS.has(key));
  const { core, meetings } = split(ctx, migrated.json, version, backupNote);
  for (const meetingId of gathered.unreadable) meetings.delete(meetingId);
  if (!ctx.readOnly) {
    ensureDir(layout.meetingsDir);
    for (const [meetingId, data] of meetings) writeFileDurable(meetingFilePath(layout, meetingId), serialiseJson(data));
    writeFileDurable(layout.coreFile, serialiseJson(core));
  }
  const dropped = unknown.length === 0 ? '' : ` Parts of the old file this version does not use (${unknown.join(', ')}) are kept only in the backup.`;
  ctx.notify(
    'info',
    backup === undefined
      ? `This data folder is in format ${version}; it is shown converted to format ${SCHEMA_VERSION}, and will be converted on disk the next time it is opened for editing.`
      : `Migrated from format ${version} to ${SCHEMA_VERSION}; backup at ${backup.path}.${dropped}`,
  );
  return { core, meetings };
}
