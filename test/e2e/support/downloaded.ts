import { Buffer } from 'node:buffer';
import type { Download } from 'playwright-core';

/**
 * The bytes of a file the page downloaded. Read through Playwright's stream rather than from `download.path()`:
 * the browser may run in another process that this test only connects to, where its files are not ours to read.
 */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** The text of a file the page downloaded, read as UTF-8. */
export async function downloadedText(download: Download): Promise<string> {
  return (await downloadedBytes(download)).toString('utf8');
}
