import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, BrowserServer } from 'playwright-core';

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

/**
 * Headless Chromium as a server that test processes connect to (`connectChromium`): the e2e project's global set-up
 * starts one for the whole run, so each test file gets its browser for the cost of a connection, not of a launch.
 */
export function launchChromiumServer(): Promise<BrowserServer> {
  if (!existsSync(CHROMIUM)) throw new Error('Chromium is missing: sudo apt-get install chromium');
  return chromium.launchServer({ executablePath: CHROMIUM, args: ['--headless', ...FLAGS] });
}

/** Connects to a Chromium that `launchChromiumServer` started; `close` on the result leaves that browser running. */
export function connectChromium(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}
