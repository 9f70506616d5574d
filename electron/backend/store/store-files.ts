import fs from 'node:fs';
import path from 'node:path';
import { sha256Hex } from './blobs';
import { decodeCoreFileAnyVersion, decodeMeetingFileSafely } from './codecs';
import { isTempName } from './durable-file';
import { parseJsonBytes } from './json-file';
import { ATTACHMENTS_DIR, CORE_FILE, JOURNAL_FILE, MEETINGS_DIR, SHA256_HEX, meetingFileName, type Layout } from './layout';
import { StoreError, errnoCode } from './store-error';

/*
 * The files of a data folder, named relative to it with `/` separators, and whether one's bytes are good: what a
 * backup keeps and what recovery looks for.
 */

/** A folder's names in order; none when it does not exist. */
export function listDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir).sort();
  } catch (error) {
    if (errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR') return [];
    throw error;
  }
}

/** The data files as they are now: core, then meeting files, then (optionally) the journal. */
export function currentDataFiles(layout: Layout, options: { readonly includeJournal: boolean }): string[] {
  const files: string[] = [];
  if (fs.existsSync(layout.coreFile)) files.push(CORE_FILE);
  for (const name of listDir(layout.meetingsDir)) if (name.endsWith('.json') && !isTempName(name)) files.push(`${MEETINGS_DIR}/${name}`);
  if (options.includeJournal && fs.existsSync(layout.journalFile)) files.push(JOURNAL_FILE);
  return files;
}

/** Attachment files (`attachments/ab/ab12…`), each named by the SHA-256 of its bytes. */
export function currentAttachmentFiles(layout: Layout): string[] {
  const files: string[] = [];
  for (const prefix of listDir(layout.attachmentsDir)) {
    if (!/^[0-9a-f]{2}$/.test(prefix)) continue;
    for (const name of listDir(path.join(layout.attachmentsDir, prefix))) {
      if (SHA256_HEX.test(name) && name.startsWith(prefix)) files.push(`${ATTACHMENTS_DIR}/${prefix}/${name}`);
    }
  }
  return files;
}

export const attachmentRelPath = (sha256: string): string => `${ATTACHMENTS_DIR}/${sha256.slice(0, 2)}/${sha256}`;

export const isAttachmentRel = (rel: string): boolean => rel.startsWith(`${ATTACHMENTS_DIR}/`);

/** A path inside `root` from a relative name. */
export const fromRel = (root: string, rel: string): string => path.join(root, ...rel.split('/'));

/**
 * Why the bytes of a store file cannot be used, or undefined when they are good: JSON that reads and matches the
 * data format (an older format must convert), a meeting file in its right place, an attachment that matches its
 * name. The journal is judged when it is replayed (a torn last line is normal), so it always passes here.
 */
export function damageIn(rel: string, bytes: Buffer): string | undefined {
  try {
    return damageOf(rel, bytes);
  } catch (error) {
    // Written by a newer version: not damage, and kept as it is; this version only refuses to read it.
    if (error instanceof StoreError && error.code === 'future_version') return undefined;
    throw error;
  }
}

function damageOf(rel: string, bytes: Buffer): string | undefined {
  if (rel === JOURNAL_FILE) return undefined;
  if (isAttachmentRel(rel)) return sha256Hex(bytes) === path.posix.basename(rel) ? undefined : 'its contents no longer match its name';
  const parsed = parseJsonBytes(bytes);
  if (parsed.kind !== 'parsed') return parsed.kind === 'unparseable' ? parsed.reason : 'it is missing';
  if (rel === CORE_FILE) {
    const decoded = decodeCoreFileAnyVersion(parsed.json, rel);
    return decoded.ok ? undefined : `it does not match the data format: ${decoded.reason}`;
  }
  const claimed = (parsed.json as { meetingId?: unknown } | null)?.meetingId;
  if (typeof claimed !== 'string') return 'it does not say which meeting it holds';
  if (`${MEETINGS_DIR}/${meetingFileName(claimed)}` !== rel) return `it holds meeting ${claimed}, which belongs in another file`;
  const decoded = decodeMeetingFileSafely(parsed.json, rel, claimed);
  return decoded.ok ? undefined : `it does not match the data format: ${decoded.reason}`;
}
