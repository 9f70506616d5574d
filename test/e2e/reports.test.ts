import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Board } from '../../shared/model/board';
import { ReportsPage } from './pages/reports-page';
import { callApi } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { startServer, type RunningServer } from './support/server';

describe('a board’s reports, in browser mode', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  let board: Board;
  let problems: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    base = server.url.replace(/\?.*$/, '');
    const probe = await browser.newPage();
    await probe.goto(server.url);
    const boards = await callApi(probe, server.token, 'boards.list', {});
    const first = boards[0];
    if (first === undefined) throw new Error('The demo has no board');
    board = first;
    await probe.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', locale: 'en-GB', acceptDownloads: true });
    page = await context.newPage();
    await page.goto(server.url);
    problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
    });
  });

  afterEach(async () => {
    await context.close();
    expect(problems).toEqual([]);
  });

  it('makes the annual report for this municipal year as a PDF and downloads it', async () => {
    const screen = await ReportsPage.open(page, base, board.id);
    await expectNoAxeViolations(page, 'reports');
    await saveScreenshot(page, 'reports');
    // This municipal year is filled in.
    expect(await screen.form.getByLabel('From').inputValue()).toMatch(/^\d{4}-05-01$/);
    await screen.choose('Annual report', 'PDF');
    const download = await screen.makeAndDownload();
    expect(download.suggestedFilename()).toMatch(/^RCPB \d{4}-05-01 to \d{4}-04-30 annual report\.pdf$/);
    const bytes = await readFile((await download.path()) ?? '');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expectNoAxeViolations(page, 'reports, downloaded');
  });

  it('offers only the formats a report comes in, and downloads the finance CSV', async () => {
    const screen = await ReportsPage.open(page, base, board.id);
    await screen.form.getByRole('group', { name: 'Report' }).getByLabel('Annual report', { exact: true }).check();
    expect(await screen.form.getByRole('group', { name: 'Format' }).getByRole('radio').count()).toBe(2);
    await screen.choose('Reward and expenses for finance', 'Spreadsheet (CSV)');
    await screen.period('2000-01-01', '2099-12-31');
    const download = await screen.makeAndDownload();
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    const claims = await callApi(page, server.token, 'reward.claims.list', { boardId: board.id });
    expect(csv.replace(/^\uFEFF/, '').trim().split('\r\n')).toHaveLength(claims.length + 1);
  });

  it('says what is wrong with a period that ends before it starts', async () => {
    const screen = await ReportsPage.open(page, base, board.id);
    await screen.period('2026-05-01', '2026-01-01');
    await screen.make();
    await expect.poll(() => screen.problem.textContent()).toContain('The period must end on or after the day it starts.');
    await expectNoAxeViolations(page, 'reports, refused');
  });
});
