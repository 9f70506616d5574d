/**
 * What a cold page open costs before any of Minute Book's own work: a one-line page, and the smallest React page
 * (the app's React, built by Vite as the renderer is). Each is served from a local server and opened in a new page,
 * navigation start to its painted text, measured as the app's screens are.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';

/**
 * Installed before any page script: records when `selector` first appears and the frame with it has been painted
 * (a requestAnimationFrame, then a task after it: the frame is presented by then), in ms since navigation start.
 */
export const READY_WAIT = `(selector) => new Promise((resolve) => {
  const done = () => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => resolve(performance.now()); ch.port2.postMessage(0); });
  if (document.querySelector(selector)) return done();
  const observer = new MutationObserver(() => { if (document.querySelector(selector)) { observer.disconnect(); done(); } });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
})`;

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** What an address serves: the page's own text, or a file on disk. */
type Served = { readonly html: string } | { readonly file: string };

/** Serves `files` (address path → what it serves) on a local port while `use` runs. */
async function withServer<T>(files: ReadonlyMap<string, Served>, use: (origin: string) => Promise<T>): Promise<T> {
  const server = http.createServer((request, response) => {
    const served = files.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (served === undefined) response.writeHead(404).end();
    else if ('html' in served) response.writeHead(200, { 'content-type': TYPES['.html'] }).end(served.html);
    else
      response.writeHead(200, { 'content-type': TYPES[path.extname(served.file)] ?? 'application/octet-stream' }).end(fs.readFileSync(served.file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  try {
    return await use(`http://127.0.0.1:${port}`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/** A new page at `url`: navigation start to the painted `#ready`. */
async function openToReady(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.addInitScript(`window.__waitFor = ${READY_WAIT}; window.__waitFor('#ready').then((t) => { window.__readyAt = t; });`);
    await page.goto(url);
    await page.waitForFunction(() => typeof (window as unknown as { __readyAt?: number }).__readyAt === 'number');
    return await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
  } finally {
    await page.close();
  }
}

/** The floor of any cold open: a one-line page. What Chromium itself takes to start a page's process and draw it. */
export function blankOpen(browser: Browser): Promise<number> {
  const html = '<!doctype html><html lang="en-GB"><title>Blank</title><p id="ready">Ready</p></html>';
  return withServer(new Map([['/', { html }]]), (origin) => openToReady(browser, `${origin}/`));
}

/** The smallest React page (test/bench/react-floor), built for production into a temporary folder. */
export type ReactFloor = {
  /** Its script's size in bytes, beside the renderer's. */
  readonly scriptBytes: number;
  /** A cold open of it: navigation start to its painted paragraph. */
  open(browser: Browser): Promise<number>;
  remove(): void;
};

export async function buildReactFloor(): Promise<ReactFloor> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minute-book-react-floor-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    root: fileURLToPath(new URL('./react-floor/', import.meta.url)),
    base: './',
    build: { outDir, emptyOutDir: true, modulePreload: false },
  });
  const files = new Map<string, Served>([['/', { html: fs.readFileSync(path.join(outDir, 'index.html'), 'utf8') }]]);
  let scriptBytes = 0;
  for (const name of fs.readdirSync(path.join(outDir, 'assets'))) {
    const file = path.join(outDir, 'assets', name);
    files.set(`/assets/${name}`, { file });
    scriptBytes += fs.statSync(file).size;
  }
  return {
    scriptBytes,
    open: (browser) => withServer(files, (origin) => openToReady(browser, `${origin}/`)),
    remove: () => fs.rmSync(outDir, { recursive: true, force: true }),
  };
}
