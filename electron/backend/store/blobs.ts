import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ensureDir, writeFileDurable } from './durable-file';
import { SHA256_HEX, blobPath, type Layout } from './layout';
import { StoreError, errnoCode } from './store-error';

/*
 * Attachment bytes, stored once each under their SHA-256. A blob is written durably and never changed again, so
 * the name is a promise about the content, and `check` can prove it.
 */

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function pathOf(layout: Layout, sha256: string): string {
  if (!SHA256_HEX.test(sha256)) throw new StoreError('invalid_record', `"${sha256}" is not a SHA-256 in lower-case hex.`);
  return blobPath(layout, sha256);
}

export function putBlob(layout: Layout, bytes: Uint8Array): string {
  const sha256 = sha256Hex(bytes);
  const file = pathOf(layout, sha256);
  if (fs.existsSync(file)) return sha256;
  ensureDir(path.dirname(file));
  writeFileDurable(file, bytes);
  return sha256;
}

export function hasBlob(layout: Layout, sha256: string): boolean {
  return SHA256_HEX.test(sha256) && fs.existsSync(blobPath(layout, sha256));
}

/** The stored bytes, checked against their hash so damage is reported rather than handed on. */
export function readBlob(layout: Layout, sha256: string): Uint8Array {
  const file = pathOf(layout, sha256);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT')
      throw new StoreError('unreadable', `The attachment file ${file} is missing, and no backup holds a copy of it.`);
    throw new StoreError('io', `The attachment file ${file} cannot be read.`, { cause: error });
  }
  if (sha256Hex(bytes) !== sha256) {
    throw new StoreError(
      'unreadable',
      `The attachment file ${file} is damaged (its contents no longer match its name), and no backup holds a good copy of it.`,
    );
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
