import type { z } from 'zod';
import { CoreFile, MeetingFile, SCHEMA_VERSION } from '../../../shared/model';
import { StoreError } from './store-error';

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

/** The `schemaVersion` a document declares, if it declares a whole number. */
export function declaredVersion(json: unknown): number | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const version = (json as { readonly schemaVersion?: unknown }).schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) ? version : undefined;
}

export function futureVersionError(what: string, version: number): StoreError {
  return new StoreError(
    'future_version',
    `${what} was written by a newer version of Minute Book (format ${version}); this version reads up to ` +
      `${SCHEMA_VERSION}; update Minute Book.`,
  );
}

/** A newer format is refused outright: the file is fine, this build is too old to read it. */
export function refuseFutureVersion(json: unknown, what: string): void {
  const version = declaredVersion(json);
  if (version !== undefined && version > SCHEMA_VERSION) throw futureVersionError(what, version);
}

function decodeWith<S extends z.ZodType>(schema: S, json: unknown): Decoded<z.infer<S>> {
  const result = schema.safeParse(json);
  return result.success ? { ok: true, value: result.data } : { ok: false, reason: describeIssues(result.error) };
}

export function decodeCoreFile(json: unknown, what: string): Decoded<CoreFile> {
  refuseFutureVersion(json, what);
  return decodeWith(CoreFile, json);
}

export function decodeMeetingFile(json: unknown, what: string, meetingId: string): Decoded<MeetingFile> {
  refuseFutureVersion(json, what);
  const decoded = decodeWith(MeetingFile, json);
  if (!decoded.ok) return decoded;
  if (decoded.value.meetingId !== meetingId) {
    return { ok: false, reason: `it holds meeting "${decoded.value.meetingId}", not "${meetingId}"` };
  }
  return decoded;
}
