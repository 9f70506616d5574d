import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const DIR = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

/** `npm run screenshots` sets this: the end-to-end tests then draw the pictures the README and docs show. */
export const SCREENSHOTS_WANTED = process.env['MINUTE_BOOK_SCREENSHOTS'] === '1';

/**
 * Saves the whole page to docs/screenshots/NAME.png, where the README shows it, when screenshots are wanted. An
 * ordinary test run leaves the pictures alone: drawing and compressing a full page is work no assertion needs, and
 * a picture redrawn on every run changes by a few bytes each time.
 */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS_WANTED) return;
  await mkdir(DIR, { recursive: true });
  await page.screenshot({ path: join(DIR, `${name}.png`), fullPage: true, animations: 'disabled' });
}
