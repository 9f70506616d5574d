import type { z } from 'zod';
import { CoreFile, MEETING_COLLECTION_NAMES, MeetingFile, SCHEMA_VERSION } from '../../../shared/model';
import { migrateToCurrent, type JsonObject } from './migrations';
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
