import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { connectChromium, launchChromium } from './browser';
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

/** The clerk's screen size that `newContext` gives; a test that changes it gets it back before the next test. */
const VIEWPORT = { width: 1280, height: 900 } as const;

/** A file the server does not have, on its own site: where a page goes between tests. */
const LEAVE_APP = '/between-tests.txt';

/** A fresh context as a clerk's screen: 1280 × 900, reduced motion, British English unless told otherwise. */
export function newContext(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
  const locale = options.locale === undefined ? 'en-GB' : options.locale;
  return browser.newContext({
    viewport: VIEWPORT,
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
  watchProblems(page, problems);
  return problems;
}

/** As `collectProblems`, and says how to stop collecting: for a page that outlives the test. */
function watchProblems(page: Page, problems: string[]): () => void {
  const onError = (error: Error): void => void problems.push(`page error: ${error.message}`);
  const onConsole = (message: ConsoleMessage): void => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
  };
  page.on('pageerror', onError);
  page.on('console', onConsole);
  return () => {
    page.off('pageerror', onError);
    page.off('console', onConsole);
  };
}

/**
 * The run's one Chromium (`browser-server.ts`), connected to; or a Chromium of its own where the global set-up did
 * not start one. Closing what this gives closes its contexts, and leaves a shared browser running.
 */
export function runChromium(): Promise<Browser> {
  const endpoint = inject('browserEndpoint');
  return endpoint === undefined ? launchChromium() : connectChromium(endpoint);
}

/** Registers `beforeAll` and `afterAll` hooks that start browser mode (`startServer`) and Chromium, and stop them. */
export function serverAndBrowser(options: { readonly demo?: boolean } = {}): ServerAndBrowser {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ demo: options.demo ?? true }), runChromium()]);
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
 * Makes a page used by the test before into a fresh start for the next: other tabs closed, stored words and the
 * token forgotten, routes and the window size back to normal, and the app left for a page of its site, so the next
 * test's first `goto` loads the app anew rather than moving within the old one.
 */
async function resetPage(context: BrowserContext, page: Page): Promise<void> {
  for (const other of context.pages()) if (other !== page) await other.close();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  if (page.url().startsWith('http')) {
    await page.evaluate(() => {
      window.localStorage.clear();
      window.sessionStorage.clear();
    });
  }
  // A page of the same site that is not the app (the server's "no such file"), rather than about:blank: leaving the
  // site would cost a new renderer process, whose first load of the app compiles it all again.
  await page.goto(page.url().startsWith('http') ? new URL(LEAVE_APP, page.url()).href : 'about:blank');
  await page.setViewportSize(VIEWPORT);
}

/**
 * The usual e2e set-up for a `describe`: browser mode and Chromium for all its tests, and one context and page that
 * each test starts afresh (see `resetPage`), whose script and console errors fail the test once it is over.
 * Keeping the context is what makes this fast: a new context is a new renderer process, with nothing compiled yet,
 * and costs several times the CPU of loading the app again in one that exists. Register the test's own set-up (its
 * `beforeAll`) after calling this, so it runs once the server is up. The getters read the current values.
 */
export function browserSession(options: SessionOptions = {}): BrowserSession {
  const shared = serverAndBrowser({ demo: options.demo ?? true });
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let problems: string[] = [];
  let stopWatching = (): void => undefined;

  beforeEach(async () => {
    if (context === undefined || page === undefined || page.isClosed()) {
      await context?.close();
      context = await newContext(shared.browser, options);
      page = await context.newPage();
    } else {
      await resetPage(context, page);
    }
    if (options.openWithToken === true) await page.goto(shared.url);
    problems = [];
    stopWatching = watchProblems(page, problems);
  });

  afterEach(() => {
    stopWatching();
    expect(problems).toEqual([]);
  });

  afterAll(async () => {
    await context?.close();
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
