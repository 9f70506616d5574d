import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BoardsPage } from './pages/boards-page';
import { ExportDialogPage } from './pages/export-dialog-page';
import { LiveMinutesPage } from './pages/live-minutes-page';
import { SearchPage } from './pages/search-page';
import { callApi } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { startReadOnlyServer, type ReadOnlyServer } from './support/read-only-server';
import { collectProblems, newContext, runChromium } from './support/session';
import { downloadedText } from './support/downloaded';

/*
 * A colleague's copy, a read-only share, an archive: browser mode opens a folder it can read but not write
 * read-only, says why above every screen, lets the clerk read, search and export, and refuses each change with the
 * same reason.
 */
describe('a data folder that can only be read, in browser mode', () => {
  let server: ReadOnlyServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startReadOnlyServer(), runChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    context = await newContext(browser, { acceptDownloads: true });
    page = await context.newPage();
    problems = collectProblems(page);
  });
  afterEach(async () => {
    await context?.close();
    expect(problems).toEqual([]);
  });

  const base = (): string => server.url.replace(/\?.*$/, '');
  const reason = (): string =>
    `This folder can only be read: ${server.dataDir} (you do not have permission to change it). You can read, ` +
    'search, print and export; to make changes, copy the folder to one you can write to and open the copy.';
  const readOnlyBanner = (): ReturnType<Page['getByRole']> => page.getByRole('region', { name: 'Read only' });

  it('says so, with the reason, above the boards and a meeting, which can both be read', async () => {
    await expect.poll(() => server.output()).toContain(`Read only: ${reason()}`);
    const boards = await BoardsPage.open(page, server.url);
    expect(await readOnlyBanner().getByRole('status').textContent()).toBe(`Read only. ${reason()}`);
    const names = await boards.boardNames();
    expect(names.length).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'Boards, read only');

    const [board] = await callApi(page, server.token, 'boards.list', {});
    const past = (await callApi(page, server.token, 'meetings.list', { boardId: board?.id ?? '' })).find((m) => m.status === 'minutes-signed');
    if (board === undefined || past === undefined) throw new Error('The demo has no board with signed minutes');
    const meetings = await boards.openBoard(board.name);
    expect(await readOnlyBanner().textContent()).toContain(reason());
    const agenda = await meetings.openMeeting(past.id);
    const detail = await callApi(page, server.token, 'meetings.get', { id: past.id });
    const firstPublic = detail.items.find((i) => i.part === 'public' && i.depth === 0);
    expect(await agenda.publicPart.textContent()).toContain(firstPublic?.title ?? 'an item');
    expect(await readOnlyBanner().textContent()).toContain(reason());
    await expectNoAxeViolations(page, 'A meeting, read only');
  });

  it('searches the record', async () => {
    await page.goto(server.url);
    await page.goto(`${base()}#/search?q=carers`);
    const search = await SearchPage.opened(page);
    await search.resultsFor('carers');
    expect((await search.hitSummaries()).length).toBeGreaterThan(0);
    expect(await readOnlyBanner().textContent()).toContain(reason());
  });

  it('exports a meeting’s minutes', async () => {
    await page.goto(server.url);
    const [board] = await callApi(page, server.token, 'boards.list', {});
    const signed = (await callApi(page, server.token, 'meetings.list', { boardId: board?.id ?? '' })).find((m) => m.status === 'minutes-signed');
    if (signed === undefined) throw new Error('The demo has no signed minutes');
    const dialog = await ExportDialogPage.open(page, base(), signed.id);
    await dialog.choose('Document', 'Minutes');
    await dialog.choose('Format', 'Web page (HTML)');
    await dialog.choose('Version', 'Public');
    const download = await dialog.exportAndDownload();
    const html = await downloadedText(download);
    expect(html).toContain(`<h1>${board?.name ?? 'the board'}</h1>`);
    expect(html).toMatch(/Minutes of the meeting/);
  });

  it('refuses a change with the reason, and changes nothing', async () => {
    const boards = await BoardsPage.open(page, server.url);
    const before = await boards.boardNames();
    const form = await boards.createBoard();
    await form.fill({ name: 'Parks Committee', shortCode: 'PC', kind: 'Committee', quorum: '3' });
    await form.submit();
    await expect.poll(() => form.errorSummary.textContent()).toContain(reason());
    await expectNoAxeViolations(page, 'A refused change, read only');
    expect((await callApi(page, server.token, 'boards.list', {})).map((b) => b.name)).toEqual(before);
  });

  it('tells the clerk typing a minute that it was not saved, with the reason, and keeps the words on this computer', async () => {
    await page.goto(server.url);
    const [board] = await callApi(page, server.token, 'boards.list', {});
    const upcoming = (await callApi(page, server.token, 'meetings.list', { boardId: board?.id ?? '' })).find((m) => m.status === 'agenda-published');
    if (upcoming === undefined) throw new Error('The demo has no upcoming meeting with a published agenda');
    const live = await LiveMinutesPage.open(page, base(), upcoming.id);
    await live.editor.first().click();
    await page.keyboard.type('The chair welcomed everyone.');
    await expect.poll(() => live.saveState.getAttribute('data-save-state')).toBe('failed');
    expect(await live.saveState.textContent()).toContain(`Not saved: ${reason()} Your words are kept on this computer.`);
    expect(await readOnlyBanner().textContent()).toContain(reason());
  });
});
