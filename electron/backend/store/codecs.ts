import type { z } from 'zod';
import { CORE_COLLECTION_NAMES, CoreFile, MEETING_COLLECTION_NAMES, MeetingFile, SCHEMA_VERSION } from '../../../shared/model';
import { migrateToCurrent, type JsonObject } from './migrations';
import { StoreError } from './store-error';
import { declaredVersion, refuseFutureVersion } from './versions';

export { declaredVersion, futureVersionError, refuseFutureVersion } from './versions';

/** The result of checking parsed JSON against a schema: the typed value, or why it was refused. */
export type Decoded<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** A readable summary of the first few schema problems, with the JSON path of each. */
export function describeIssues(error: z.ZodError, max = 3): string {
  const lines = error.issues.slice(0, max).map((issue) => {
    const where = issue.path.length === 0 ? '(top level)' : issue.path.map(String).join('.');
    return `${where}: ${issue.message}`;
  });
  const more = error.issues.length > max ? `; and ${error.issues.length - max} more` : '';
  return lines.join('; ') + more;
}

function decodeWith<S extends z.ZodType>(schema: S, json: unknown): Decoded<z.infer<S>> {
  const result = schema.safeParse(json);
  return result.success ? { ok: true, value: result.data } : { ok: false, reason: describeIssues(result.error) };
}

export function decodeCoreFile(json: unknown, what: string): Decoded<CoreFile> {
  refuseFutureVersion(json, what);
  return decodeWith(CoreFile, json);
}

/**
 * A meeting file of an earlier format (a backup's copy, or one that could not be read while the folder was
 * migrated) is brought up to date as it is read: the migration of a whole store, applied to one meeting's part.
 */
function currentMeetingJson(json: unknown, what: string): unknown {
  const version = declaredVersion(json);
  if (version === undefined || version >= SCHEMA_VERSION) return json;
  const migrated = migrateToCurrent(json, what).json;
  const kept: JsonObject = { schemaVersion: SCHEMA_VERSION, meetingId: migrated['meetingId'] };
  return Object.fromEntries([...Object.entries(kept), ...MEETING_COLLECTION_NAMES.map((c) => [c, migrated[c]])]);
}

export function decodeMeetingFile(json: unknown, what: string, meetingId: string): Decoded<MeetingFile> {
  refuseFutureVersion(json, what);
  const decoded = decodeWith(MeetingFile, currentMeetingJson(json, what));
  if (!decoded.ok) return decoded;
  if (decoded.value.meetingId !== meetingId) {
    return { ok: false, reason: `it holds meeting "${decoded.value.meetingId}", not "${meetingId}"` };
  }
  return decoded;
}

/**
 * A core file of any format this version reads, checked as far as its own contents go: the current format is
 * decoded; an older one must migrate, and its small collections must then decode. Meeting records that format 1
 * kept in the core file are checked when the folder is migrated.
 */
export function decodeCoreFileAnyVersion(json: unknown, what: string): Decoded<CoreFile> {
  const version = declaredVersion(json);
  if (version === undefined || version >= SCHEMA_VERSION) return decodeCoreFile(json, what);
  let migrated: JsonObject;
  try {
    migrated = migrateToCurrent(json, what).json;
  } catch (error) {
    if (error instanceof StoreError && error.code !== 'future_version') return { ok: false, reason: error.message };
    throw error;
  }
  const core: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION };
  for (const collection of CORE_COLLECTION_NAMES) core[collection] = migrated[collection] ?? [];
  return decodeCoreFile(core, what);
}

/** As decodeMeetingFile, but an older format that cannot be migrated is damage, not an error. */
export function decodeMeetingFileSafely(json: unknown, what: string, meetingId: string): Decoded<MeetingFile> {
  try {
    return decodeMeetingFile(json, what, meetingId);
  } catch (error) {
    if (error instanceof StoreError && error.code !== 'future_version') return { ok: false, reason: error.message };
    throw error;
  }
}
