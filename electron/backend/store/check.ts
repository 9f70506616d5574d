import fs from 'node:fs';
import path from 'node:path';
import { MEETING_COLLECTION_NAMES, SCHEMA_VERSION, type Attachment, type Meeting, type MeetingFile } from '../../../shared/model';
import { sha256Hex } from './blobs';
import { checkBackups } from './check-backups';
import { listDir } from './store-files';
import { declaredVersion, decodeCoreFile, decodeCoreFileAnyVersion, decodeMeetingFile } from './codecs';
import { isTempName } from './durable-file';
import { readJournal } from './journal';
import { readJsonFile } from './json-file';
import { MEETINGS_DIR, SHA256_HEX, blobPath, meetingFileName, type Layout } from './layout';
import type { CheckReport } from './repository-types';
import { StoreError, errnoCode } from './store-error';

/*
 * Reads every file from disk, as a fresh start would, rather than trusting memory: the core file, every meeting
 * file, the journal and every attachment. Changes nothing.
 */

export function checkStore(layout: Layout): CheckReport {
  const problems: string[] = [];
  let checkedFiles = 0;
  const headers = new Map<string, Meeting>();
  const coreHeaders = new Set<string>();
  const attachments: Attachment[] = [];

  const core = readJsonFile(layout.coreFile);
  if (core.kind !== 'missing') checkedFiles += 1;
  if (core.kind === 'missing') {
    if (listDir(layout.meetingsDir).length > 0) problems.push(`The main data file ${layout.coreFile} is missing.`);
  } else if (core.kind === 'unparseable') {
    problems.push(`The main data file ${layout.coreFile} cannot be read: ${core.reason}.`);
  } else {
    const version = declaredVersion(core.json);
    const convertible = version !== undefined && version < SCHEMA_VERSION ? decodeCoreFileAnyVersion(core.json, 'The main data file') : undefined;
    if (convertible !== undefined && !convertible.ok) {
      problems.push(`The main data file ${layout.coreFile} says it is in format ${version ?? '?'} but does not match it: ${convertible.reason}.`);
    } else if (version !== undefined && version !== SCHEMA_VERSION) {
      problems.push(
        `The main data file is in format ${version}; this version of Minute Book uses format ${SCHEMA_VERSION}` +
          (version < SCHEMA_VERSION ? ' (it is converted when the folder is next opened for editing).' : '.'),
      );
      // Its meetings, as converted, so the meeting files of a folder not yet converted are checked against them.
      for (const meeting of convertible?.ok === true ? convertible.value.meetings : []) {
        headers.set(meeting.id, meeting);
        coreHeaders.add(meeting.id);
      }
    } else {
      const decoded = decodeCoreFile(core.json, 'The main data file');
      if (decoded.ok) {
        for (const meeting of decoded.value.meetings) {
          headers.set(meeting.id, meeting);
          coreHeaders.add(meeting.id);
        }
      } else {
        problems.push(`The main data file ${layout.coreFile} does not match the data format: ${decoded.reason}.`);
      }
    }
  }

  // The journal holds changes not yet written to the files; they count as part of the store.
  // A deleted meeting's file stays until the next compaction removes it; that is not a problem.
  const deletedInJournal = new Set<string>();
  if (fs.existsSync(layout.journalFile)) {
    checkedFiles += 1;
    try {
      const journal = readJournal(layout.journalFile);
      if (journal.damage !== undefined) {
        problems.push(
          `The journal ${layout.journalFile} is damaged at line ${journal.damage.line} (${journal.damage.reason}); ` +
            `${journal.damage.linesAfter} later lines cannot be applied.`,
        );
      }
      for (const entry of journal.entries) {
        for (const op of entry.ops) {
          if (op.collection === 'meetings') {
            if (op.type === 'put') {
              headers.set(op.record.id, op.record as Meeting);
              deletedInJournal.delete(op.record.id);
            } else {
              headers.delete(op.id);
              deletedInJournal.add(op.id);
            }
          } else if (op.collection === 'attachments' && op.type === 'put') {
            attachments.push(op.record as Attachment);
          }
        }
      }
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      problems.push(error.message);
    }
  }

  const seenFiles = new Set<string>();
  for (const name of listDir(layout.meetingsDir)) {
    if (isTempName(name) || !name.endsWith('.json')) continue;
    const file = path.join(layout.meetingsDir, name);
    checkedFiles += 1;
    seenFiles.add(name);
    const meeting = checkMeetingFile(file, name, headers, deletedInJournal, problems);
    if (meeting !== undefined) for (const record of meeting.attachments) attachments.push(record);
  }
  for (const id of coreHeaders) {
    if (headers.has(id) && !seenFiles.has(meetingFileName(id))) {
      problems.push(`Meeting ${describe(headers.get(id))} has no file (${MEETINGS_DIR}/${meetingFileName(id)} is missing).`);
    }
  }

  checkedFiles += checkBlobs(layout, attachments, problems);
  checkedFiles += checkBackups(layout, problems);
  return { sound: problems.length === 0, problems, checkedFiles, filesSound: problems.length === 0 };
}

const describe = (meeting: Meeting | undefined): string =>
  meeting === undefined ? '(unknown)' : `"${meeting.title ?? meeting.id}" of ${meeting.date} (${meeting.id})`;

function checkMeetingFile(
  file: string,
  name: string,
  headers: ReadonlyMap<string, Meeting>,
  deleted: ReadonlySet<string>,
  problems: string[],
): MeetingFile | undefined {
  const parsed = readJsonFile(file);
  if (parsed.kind === 'missing') return undefined;
  if (parsed.kind === 'unparseable') {
    problems.push(`The meeting file ${file} cannot be read: ${parsed.reason}.`);
    return undefined;
  }
  const claimed = (parsed.json as { meetingId?: unknown } | null)?.meetingId;
  let decoded: ReturnType<typeof decodeMeetingFile>;
  try {
    decoded = decodeMeetingFile(parsed.json, `The meeting file ${file}`, typeof claimed === 'string' ? claimed : '');
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    problems.push(error.message);
    return undefined;
  }
  if (!decoded.ok) {
    problems.push(`The meeting file ${file} does not match the data format: ${decoded.reason}.`);
    return undefined;
  }
  const data = decoded.value;
  if (meetingFileName(data.meetingId) !== name) {
    problems.push(`The meeting file ${file} holds meeting ${data.meetingId}, which belongs in ${meetingFileName(data.meetingId)}.`);
  }
  if (deleted.has(data.meetingId)) return undefined;
  if (!headers.has(data.meetingId)) {
    problems.push(`The meeting file ${file} belongs to meeting ${data.meetingId}, which is not in the main data file.`);
  }
  for (const collection of MEETING_COLLECTION_NAMES) {
    for (const record of data[collection]) {
      if (record.meetingId !== data.meetingId) {
        problems.push(`In ${file}, ${collection} record ${record.id} says it belongs to meeting ${record.meetingId}.`);
      }
    }
  }
  return data;
}

/** Every attachment's bytes exist, and every stored blob still matches its hash. Returns how many files it read. */
function checkBlobs(layout: Layout, attachments: readonly Attachment[], problems: string[]): number {
  const verified = new Map<string, boolean>();
  let read = 0;
  const verify = (sha256: string): boolean => {
    const known = verified.get(sha256);
    if (known !== undefined) return known;
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(blobPath(layout, sha256));
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw error;
      verified.set(sha256, false);
      return false;
    }
    read += 1;
    const ok = sha256Hex(bytes) === sha256;
    if (!ok) problems.push(`The attachment file ${blobPath(layout, sha256)} is damaged: its contents no longer match its name.`);
    verified.set(sha256, ok);
    return ok;
  };
  for (const attachment of attachments) {
    const present = verified.has(attachment.sha256) || fs.existsSync(blobPath(layout, attachment.sha256));
    if (!present) {
      problems.push(`The file of attachment "${attachment.originalName}" (${attachment.id}) is missing: ${blobPath(layout, attachment.sha256)}.`);
      continue;
    }
    verify(attachment.sha256);
  }
  for (const prefix of listDir(layout.attachmentsDir)) {
    for (const name of listDir(path.join(layout.attachmentsDir, prefix))) {
      if (isTempName(name)) continue;
      if (!SHA256_HEX.test(name) || name.slice(0, 2) !== prefix) {
        problems.push(`${path.join(layout.attachmentsDir, prefix, name)} is not an attachment file Minute Book knows.`);
        continue;
      }
      verify(name);
    }
  }
  return read;
}
