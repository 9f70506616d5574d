import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchChromium } from './browser';
import { startServer } from './server';
import type { RunningServer } from './server';

export type ContextOptions = {
  /** Let the page download files (exports, reports, the finance CSV). */
  readonly acceptDownloads?: boolean;
  /** The context's locale; `null` leaves it to the browser's own language (its `--lang` flag). Default 'en-GB'. */
  readonly locale?: string | null;
};

export type SessionOptions = ContextOptions & {
  /** Fill the data folder with the demo first (default), or start from an empty one. */
  readonly demo?: boolean;
  /**
   * Open the address with its token before each test. The token lives in the tab's session storage: open the
   * address with it once, then work by hash.
   */
  readonly openWithToken?: boolean;
};

/** The server and Chromium for a whole `describe`, started before its tests and stopped after them. */
export type ServerAndBrowser = {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** The address `serve` printed, token included. */
  readonly url: string;
  /** The address without its query: add a hash to it to open a screen directly. */
  readonly base: string;
  readonly token: string;
};

/** As `ServerAndBrowser`, with a fresh context and page for each test and the problems the page reported. */
export type BrowserSession = ServerAndBrowser & {
  readonly context: BrowserContext;
  readonly page: Page;
};

/** A fresh context as a clerk's screen: 1280 × 900, reduced motion, British English unless told otherwise. */
export function newContext(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
  const locale = options.locale === undefined ? 'en-GB' : options.locale;
  return browser.newContext({
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
    ...(locale === null ? {} : { locale }),
    ...(options.acceptDownloads === true ? { acceptDownloads: true } : {}),
  });
}

/**
 * Collects script errors and CSP refusals the page reports into `problems`; a refused request is the API's answer,
 * which the test checks itself, so "Failed to load resource" is left out.
 */
export function collectProblems(page: Page, problems: string[] = []): string[] {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
  });
  return problems;
}

/** Registers `beforeAll` and `afterAll` hooks that start browser mode (`startServer`) and Chromium, and stop them. */
export function serverAndBrowser(options: { readonly demo?: boolean } = {}): ServerAndBrowser {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ demo: options.demo ?? true }), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const running = (): RunningServer => {
    if (server === undefined) throw new Error('The server is not running: use it inside a hook or a test');
    return server;
  };
  return {
    get server() {
      return running();
    },
    get browser() {
      if (browser === undefined) throw new Error('Chromium is not running: use it inside a hook or a test');
      return browser;
    },
    get url() {
      return running().url;
    },
    get base() {
      return running().url.replace(/\?.*$/, '');
    },
    get token() {
      return running().token;
    },
  };
}

/**
 * The usual e2e set-up for a `describe`: browser mode and Chromium for all its tests, and for each test a fresh
 * context and page whose script and console errors fail the test once it is over. Register the test's own set-up
 * (its `beforeAll`) after calling this, so it runs once the server is up. The getters read the current values.
 */
export function browserSession(options: SessionOptions = {}): BrowserSession {
  const shared = serverAndBrowser({ demo: options.demo ?? true });
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let problems: string[] = [];

  beforeEach(async () => {
    context = await newContext(shared.browser, options);
    page = await context.newPage();
    if (options.openWithToken === true) await page.goto(shared.url);
    problems = collectProblems(page);
  });

  afterEach(async () => {
    await context?.close();
    expect(problems).toEqual([]);
  });

  return {
    get server() {
      return shared.server;
    },
    get browser() {
      return shared.browser;
    },
    get url() {
      return shared.url;
    },
    get base() {
      return shared.base;
    },
    get token() {
      return shared.token;
    },
    get context() {
      if (context === undefined) throw new Error('No browser context: use it inside a test');
      return context;
    },
    get page() {
      if (page === undefined) throw new Error('No page: use it inside a test');
      return page;
    },
  };
}
