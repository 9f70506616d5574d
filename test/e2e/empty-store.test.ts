import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoardsPage } from './pages/boards-page';
import { expectNoAxeViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { startServer } from './support/server';
import type { RunningServer } from './support/server';

describe('a new, empty data folder in browser mode', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ demo: false }), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('says there are no boards yet and how to create some', async () => {
    // axe needs a page of a context made by newContext(), not browser.newPage().
    const context = await browser.newContext();
    const page = await context.newPage();
    const boards = await BoardsPage.open(page, server.url);
    expect(await boards.emptyState.textContent()).toContain('No boards yet.');
    expect(await boards.emptyState.textContent()).toContain('npx minute-book demo');
    await expectNoAxeViolations(page, 'Boards (empty)');
    await context.close();
  });
});
