import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // As the desktop app does: date fields in British order.
  '--lang=en-GB',
];

/**
 * Debian's Chromium: playwright-core never downloads a browser of its own. Headless unless `display` names an X
 * display (such as a virtual one from Xvfb), where it opens in a window as the desktop app does.
 */
export async function launchChromium(options: { readonly display?: string; readonly args?: readonly string[] } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error('Chromium is missing: sudo apt-get install chromium');
  if (options.display !== undefined) {
    const args = [...FLAGS, ...(options.args ?? [])];
    return chromium.launch({ executablePath: CHROMIUM, headless: false, args, env: { ...process.env, DISPLAY: options.display } });
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', ...FLAGS] });
}
