import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const DIR = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

/** Saves the whole page to docs/screenshots/NAME.png, where the README shows it. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(DIR, { recursive: true });
  const path = join(DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}
