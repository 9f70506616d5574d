import fs from 'node:fs';
import path from 'node:path';
import { backupFilePath, listBackups, readManifest } from './backups';
import { sha256Hex } from './blobs';
import type { StoreContext } from './context';
import { ensureDir, writeFileDurable } from './durable-file';
import { SHA256_HEX, blobPath } from './layout';
import { describeBackup, moveAside } from './recovery';
import { attachmentRelPath } from './store-files';

/**
 * An attachment file that is missing or damaged comes back from the newest backup holding a copy that still
 * matches its hash: the damaged file is set aside first, and the clerk told. Undefined when no backup has it.
 */
export function recoverBlob(ctx: StoreContext, sha256: string): Uint8Array | undefined {
  if (!SHA256_HEX.test(sha256)) return undefined;
  const rel = attachmentRelPath(sha256);
  for (const backup of listBackups(ctx.layout)) {
    if (!(readManifest(backup.path)?.files.includes(rel) ?? false)) continue;
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(backupFilePath(backup, rel));
    } catch {
      continue;
    }
    if (sha256Hex(bytes) !== sha256) continue;
    const file = blobPath(ctx.layout, sha256);
    if (!ctx.readOnly) {
      const aside = moveAside(ctx.layout, file, ctx.clock.now());
      ensureDir(path.dirname(file));
      writeFileDurable(file, bytes);
      ctx.notify(
        'warning',
        `The attachment file ${file} was ${aside === undefined ? 'missing' : `damaged (kept, unchanged, at ${aside})`}. ` +
          `It has been restored from ${describeBackup(backup)}.`,
      );
    }
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  return undefined;
}
