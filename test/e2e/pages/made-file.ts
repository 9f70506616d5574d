import type { Buffer } from 'node:buffer';
import type { Page } from 'playwright-core';
import { madeFilePath } from '../../../shared/api/transport';

/** The bytes of a file the backend made (`exports.render` and the like), fetched once from its download address. */
export async function madeFileBytes(page: Page, file: { readonly fileId: string }): Promise<Buffer> {
  const response = await page.request.get(new URL(madeFilePath(file.fileId), page.url()).href);
  if (!response.ok()) throw new Error(`${madeFilePath(file.fileId)} answered ${response.status()}: ${await response.text()}`);
  return response.body();
}
