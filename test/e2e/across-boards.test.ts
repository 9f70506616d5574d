import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActionView, ResolutionView } from '../../shared/api/views';
import type { Board, Meeting } from '../../shared/model';
import { ActionsPage } from './pages/actions-page';
import { AgendaPage } from './pages/agenda-page';
import { BoardsPage } from './pages/boards-page';
import { LiveMinutesPage } from './pages/live-minutes-page';
import { ResolutionsPage } from './pages/resolutions-page';
import { SearchPage } from './pages/search-page';
import { callApi } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { saveScreenshot } from './support/screenshots';
import { browserSession } from './support/session';

const LONG_DATE =
  /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) ([1-9]|[12]\d|3[01]) (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/;

/** A second board beside the demo's, so that everything here works across boards. */
type SecondBoard = { readonly board: Board; readonly meeting: Meeting; readonly itemId: string; readonly actionText: string };

const isoDaysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

async function addSecondBoard(page: Page, token: string): Promise<SecondBoard> {
  const board = await callApi(page, token, 'boards.create', {
    name: 'Health and Wellbeing Board',
    shortCode: 'HWB',
    kind: 'health-and-wellbeing-board',
    quorum: 3,
  });
  const meeting = await callApi(page, token, 'meetings.create', {
    boardId: board.id,
    date: isoDaysAgo(20),
    startTime: '10:00',
    venue: 'Council Chamber',
  });
  const item = await callApi(page, token, 'agenda.add', {
    meetingId: meeting.id,
    title: 'Carers’ assessments backlog',
    purpose: 'decision',
    presenter: 'Director of Adult Social Care',
  });
  await callApi(page, token, 'minutes.save', {
    meetingId: meeting.id,
    itemId: item.id,
    text: 'The Board heard that carers were waiting up to twelve weeks for an assessment.\n\n- Members asked for a recovery plan.',
  });
  await callApi(page, token, 'resolutions.add', {
    meetingId: meeting.id,
    itemId: item.id,
    kind: 'AGREED',
    parts: ['That a recovery plan for carers’ assessments come to the next meeting.'],
  });
  const actionText = 'Bring the carers’ assessment recovery plan to the next meeting';
  await callApi(page, token, 'actions.add', {
    meetingId: meeting.id,
    itemId: item.id,
    text: actionText,
    owner: { kind: 'organisation', name: 'Adult Social Care' },
    due: { kind: 'date', date: isoDaysAgo(3) },
  });
  return { board, meeting, itemId: item.id, actionText };
}

describe('working across boards: actions, the resolutions register and search', () => {
  const session = browserSession({ locale: null });

  let second: SecondBoard;

  beforeAll(async () => {
    const probe = await session.browser.newPage();
    await probe.goto(session.url);
    second = await addSecondBoard(probe, session.token);
    await probe.close();
  });

  const api = <M extends Parameters<typeof callApi>[2]>(method: M, input: Parameters<typeof callApi<M>>[3]): ReturnType<typeof callApi<M>> =>
    callApi(session.page, session.token, method, input);

  async function openActions(): Promise<ActionsPage> {
    const boards = await BoardsPage.open(session.page, session.url);
    await boards.mainNav.getByRole('link', { name: 'Actions' }).click();
    return ActionsPage.opened(session.page);
  }

  describe('the actions tracker', () => {
    it('lists outstanding actions of every board, overdue ones marked, in an accessible table', async () => {
      const actions = await openActions();
      const outstanding: readonly ActionView[] = await api('actions.list', { status: 'outstanding' });
      expect(outstanding.length).toBeGreaterThan(1);
      expect(new Set(outstanding.map((a) => a.boardId)).size).toBe(2);
      expect((await actions.actionTexts()).toSorted()).toEqual(outstanding.map((a) => a.text).toSorted());
      expect((await actions.overdueTexts()).toSorted()).toEqual(
        outstanding
          .filter((a) => a.overdue)
          .map((a) => a.text)
          .toSorted(),
      );
      expect(await actions.overdueTexts()).toContain(second.actionText);

      await expect.poll(() => actions.liveRegion.textContent()).toMatch(/^\d+ outstanding actions?(, \d+ overdue)? shown\.$/);
      expect(await actions.table.locator('thead th[scope="col"]').allTextContents()).toEqual(['Action', 'Owner', 'Due', 'Status']);
      expect(await actions.rows.locator('th[scope="row"]').count()).toBe(outstanding.length);
      expect(await actions.row(second.actionText).locator('.action-row__due').textContent()).toMatch(LONG_DATE);
      expect(await actions.mainNav.getByRole('link', { name: 'Actions' }).getAttribute('aria-current')).toBe('page');
      await expectNoAxeViolations(session.page, 'Actions');
      await saveScreenshot(session.page, 'actions');
    });

    it('filters by board, owner, status and overdue, and keeps the filters in the address', async () => {
      const actions = await openActions();
      await actions.filterBy({ board: second.board.name });
      expect(await actions.actionTexts()).toEqual([second.actionText]);
      await actions.filterBy({ board: 'All boards', owner: 'Adult Social Care' });
      const byOwner: readonly ActionView[] = await api('actions.list', { status: 'outstanding', ownerName: 'Adult Social Care' });
      expect((await actions.actionTexts()).toSorted()).toEqual(byOwner.map((a) => a.text).toSorted());
      await actions.filterBy({ owner: 'Anyone', status: 'Done' });
      const done: readonly ActionView[] = await api('actions.list', { status: 'done' });
      expect(done.length).toBeGreaterThan(0);
      expect((await actions.actionTexts()).toSorted()).toEqual(done.map((a) => a.text).toSorted());
      await actions.filterBy({ status: 'Any status', overdueOnly: true });
      const overdue: readonly ActionView[] = await api('actions.list', { status: 'all', overdue: true });
      expect((await actions.actionTexts()).toSorted()).toEqual(overdue.map((a) => a.text).toSorted());
      expect(session.page.url()).toContain('#/actions?status=all&overdue=1');

      // A reload comes back to the same view.
      await session.page.reload();
      await ActionsPage.opened(session.page);
      expect(await actions.filters.getByLabel('Only overdue actions').isChecked()).toBe(true);
      expect((await actions.actionTexts()).toSorted()).toEqual(overdue.map((a) => a.text).toSorted());
    });

    it('records a dated update with a note by keyboard alone; a done action leaves the list and the next agenda', async () => {
      const actions = await openActions();
      const button = actions.updateButton(second.actionText);
      await button.focus();
      await session.page.keyboard.press('Enter');
      await actions.dialog.waitFor();
      // Focus starts on the status; the arrow keys choose among the radio buttons.
      await expect.poll(() => session.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('open');
      for (let i = 0; i < 2; i += 1) await session.page.keyboard.press('ArrowDown');
      await expect.poll(() => actions.dialog.getByLabel('Done').isChecked()).toBe(true);
      await expectNoAxeViolations(session.page, 'Update the action');
      await session.page.keyboard.press('Tab');
      expect(await session.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('date');
      const date = isoDaysAgo(1);
      await actions.typeDate(date);
      expect(await actions.dialog.getByLabel('Date of the update').inputValue()).toBe(date);
      // Tab leaves the date field once past its own stops (the year box and the calendar button).
      for (let i = 0; i < 4 && (await session.page.evaluate(() => document.activeElement?.tagName)) !== 'TEXTAREA'; i += 1)
        await session.page.keyboard.press('Tab');
      expect(await session.page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
      await session.page.keyboard.type('Plan agreed by the director and sent to members.');
      await session.page.keyboard.press('Tab');
      await session.page.keyboard.press('Enter');
      await actions.dialog.waitFor({ state: 'detached' });

      // Done, so it leaves the outstanding list: focus goes to the count, which is read out with the change.
      await expect.poll(() => actions.actionTexts()).not.toContain(second.actionText);
      await expect.poll(() => session.page.evaluate(() => document.activeElement?.id)).toBe('actions-summary');
      await expect.poll(() => actions.liveRegion.textContent()).toMatch(/^Update saved: the action is done\. \d+ outstanding actions?/);

      const [saved] = (await api('actions.list', { boardId: second.board.id, status: 'done' })).filter((a) => a.text === second.actionText);
      expect(saved?.history.at(-1)).toMatchObject({ status: 'done', date, note: 'Plan agreed by the director and sent to members.' });
      await actions.filterBy({ status: 'Done', board: second.board.name });
      expect(await actions.row(second.actionText).locator('.action-row__latest').textContent()).toContain('done. Plan agreed by the director');

      // The board's next meeting no longer carries it under matters arising.
      const next = await api('meetings.create', { boardId: second.board.id, date: isoDaysAgo(-30), startTime: '10:00' });
      const carried = await api('actions.openForMeeting', { meetingId: next.id });
      expect(carried.map((a) => a.text)).not.toContain(second.actionText);
    });

    it('reflows at 200% zoom (a 640-pixel-wide window)', async () => {
      await session.page.setViewportSize({ width: 640, height: 800 });
      const actions = await openActions();
      expect(await actions.scrollsSideways()).toBe(false);
    });
  });

  describe('the resolutions register', () => {
    async function openRegister(): Promise<ResolutionsPage> {
      const boards = await BoardsPage.open(session.page, session.url);
      await boards.mainNav.getByRole('link', { name: 'Resolutions' }).click();
      return ResolutionsPage.opened(session.page);
    }

    it('lists every decision of every kind with its reference, board, date and item', async () => {
      const register = await openRegister();
      const all: readonly ResolutionView[] = await api('resolutions.list', {});
      expect(new Set(all.map((r) => r.kind))).toEqual(new Set(['RESOLVED', 'AGREED', 'NOTED', 'RECOMMENDED']));
      const rows = await register.rows();
      expect(rows.map((r) => r.id)).toEqual(all.map((r) => r.id));
      for (const row of rows) {
        const decision = all.find((r) => r.id === row.id);
        if (decision?.reference) expect(row.reference).toBe(decision.reference);
        expect(row.decision.startsWith(decision?.kind ?? '?')).toBe(true);
        expect(row.meeting).toContain(decision?.boardName);
        expect(row.meeting).toMatch(LONG_DATE);
        expect(row.item).toContain(decision?.itemTitle);
      }
      expect(rows.find((r) => r.decision.startsWith('RECOMMENDED'))?.decision).toMatch(/^RECOMMENDED to \S/);
      await expect.poll(() => register.liveRegion.textContent()).toMatch(/^\d+ decisions shown\.$/);
      await expectNoAxeViolations(session.page, 'Resolutions register');
      await saveScreenshot(session.page, 'resolutions');
    });

    it('filters by board, kind and words, and opens the item a decision came from', async () => {
      const register = await openRegister();
      await register.filterBy({ board: second.board.name });
      expect((await register.rows()).map((r) => r.item)).toEqual(['Carers’ assessments backlog']);
      await register.filterBy({ board: 'All boards', kind: 'RECOMMENDED' });
      const recommended: readonly ResolutionView[] = (await api('resolutions.list', {})).filter((r) => r.kind === 'RECOMMENDED');
      expect((await register.rows()).map((r) => r.id)).toEqual(recommended.map((r) => r.id));
      await register.filterBy({ kind: 'Any kind', words: 'recovery plan' });
      const [row] = await register.rows();
      expect(row?.decision).toContain('recovery plan');

      await register.table.getByRole('link', { name: 'Carers’ assessments backlog' }).click();
      const agenda = new AgendaPage(session.page);
      await agenda.settled();
      const item = session.page.locator(`li[data-item-id="${second.itemId}"]`);
      await expect.poll(() => item.evaluate((li) => li.contains(document.activeElement))).toBe(true);
      expect(await item.getAttribute('class')).toContain('arrival-target');
      await session.page.goBack();
      const back = await ResolutionsPage.opened(session.page);
      expect(await back.filters.getByLabel('Words or reference').inputValue()).toBe('recovery plan');
    });

    it('reflows at 200% zoom', async () => {
      await session.page.setViewportSize({ width: 640, height: 800 });
      const register = await openRegister();
      expect(await register.scrollsSideways()).toBe(false);
    });
  });

  describe('search', () => {
    it('opens with Ctrl+K from another screen and finds minutes, items, decisions and actions on every board', async () => {
      const boards = await BoardsPage.open(session.page, session.url);
      await boards.openBoard(second.board.name);
      await session.page.keyboard.press('Control+K');
      const search = await SearchPage.opened(session.page);
      await expect.poll(() => search.boxHasFocus()).toBe(true);
      await session.page.keyboard.type('carers');
      await search.resultsFor('carers');
      const hits = await search.hitSummaries();
      expect(hits.map((h) => h.link.split(':')[0])).toEqual(expect.arrayContaining(['Minutes', 'Agenda item', 'Decision', 'Action']));
      const boardsFound = new Set(hits.map((h) => h.where.split(' · ')[0]));
      expect(boardsFound.has(second.board.name)).toBe(true);
      expect(boardsFound.size).toBe(2);
      for (const hit of hits) expect(hit.where).toMatch(LONG_DATE);
      expect(await search.results.locator('mark').first().textContent()).toMatch(/^carers$/i);
      await expect.poll(() => search.liveRegion.textContent()).toMatch(/^(At least )?[\d,]+ results? for “carers”/);
      expect(session.page.url()).toContain('#/search?q=carers');
      await expectNoAxeViolations(session.page, 'Search');
      await saveScreenshot(session.page, 'search');
    });

    it('is usable by keyboard alone: arrows through the results, Enter opens one at its item, Back returns to the results', async () => {
      await BoardsPage.open(session.page, session.url);
      await session.page.keyboard.press('Control+K');
      const search = await SearchPage.opened(session.page);
      await expect.poll(() => search.boxHasFocus()).toBe(true);
      await session.page.keyboard.type('carers recovery plan');
      await search.resultsFor('carers recovery plan');
      const hits = await search.hitSummaries();
      expect(hits.length).toBeGreaterThan(1);

      await session.page.keyboard.press('ArrowDown');
      expect(await search.focusedLinkIndex()).toBe(0);
      await session.page.keyboard.press('ArrowDown');
      expect(await search.focusedLinkIndex()).toBe(1);
      await session.page.keyboard.press('ArrowUp');
      await session.page.keyboard.press('ArrowUp');
      expect(await search.boxHasFocus()).toBe(true);

      // Down to the first result that opens a meeting's agenda at an item (an item or a decision), and open it.
      const target = hits.findIndex((h) => /^#\/meetings\/[^/?]+\?item=/.test(h.href));
      expect(target).toBeGreaterThanOrEqual(0);
      for (let i = 0; i <= target; i += 1) await session.page.keyboard.press('ArrowDown');
      await session.page.keyboard.press('Enter');
      const agenda = new AgendaPage(session.page);
      await agenda.settled();
      const item = session.page.locator(`li[data-item-id="${second.itemId}"]`);
      await expect.poll(() => item.evaluate((li) => li.contains(document.activeElement))).toBe(true);
      await expect.poll(() => agenda.liveRegion.textContent()).toContain('Carers’ assessments backlog');

      // Ctrl+K from the meeting brings the same search back, selected, so typing replaces it.
      await session.page.keyboard.press('Control+K');
      const again = await SearchPage.opened(session.page);
      await expect.poll(() => again.box.inputValue()).toBe('carers recovery plan');
      await expect
        .poll(() => again.box.evaluate((el) => ((el as HTMLInputElement).selectionEnd ?? 0) - ((el as HTMLInputElement).selectionStart ?? 0)))
        .toBe('carers recovery plan'.length);
      await session.page.goBack();
      await agenda.settled();
      await session.page.goBack();
      await again.resultsFor('carers recovery plan');
      expect(await again.box.inputValue()).toBe('carers recovery plan');
    });

    it('opens a minute on the live minutes screen at its item, focused', async () => {
      await BoardsPage.open(session.page, session.url);
      await session.page.keyboard.press('Control+K');
      const search = await SearchPage.opened(session.page);
      await search.box.fill('twelve weeks');
      await session.page.getByLabel('Look in').selectOption({ label: 'Minutes' });
      await search.resultsFor('twelve weeks');
      const hits = await search.hitSummaries();
      expect(hits.map((h) => h.link)).toEqual(['Minutes: Carers’ assessments backlog']);
      expect(hits[0]?.href).toBe(`#/meetings/${encodeURIComponent(second.meeting.id)}/minutes?item=${encodeURIComponent(second.itemId)}`);
      await search.links.first().click();
      const live = await LiveMinutesPage.opened(session.page);
      await expect.poll(() => live.itemHeading.textContent()).toContain('Carers’ assessments backlog');
      await expect.poll(() => live.itemHeading.evaluate((h) => h === document.activeElement)).toBe(true);
      await expect.poll(() => live.liveRegion.textContent()).toContain('Carers’ assessments backlog');
      await expectNoAxeViolations(session.page, 'Live minutes opened from search');
    });

    it('opens an action in the tracker, whatever its status, focused', async () => {
      await BoardsPage.open(session.page, session.url);
      await session.page.keyboard.press('Control+K');
      const search = await SearchPage.opened(session.page);
      await search.box.fill('recovery plan');
      await session.page.getByLabel('Look in').selectOption({ label: 'Actions' });
      await search.resultsFor('recovery plan');
      expect((await search.hitSummaries()).map((h) => h.link)).toEqual([`Action: ${second.actionText}`]);
      await search.links.first().click();
      const actions = await ActionsPage.opened(session.page);
      const row = actions.row(second.actionText);
      await expect.poll(() => row.evaluate((tr) => tr.contains(document.activeElement))).toBe(true);
      expect(await row.getAttribute('class')).toContain('action-row--highlighted');
      expect(await actions.filters.getByLabel('Status').inputValue()).toBe('all');
    });

    it('reflows at 200% zoom', async () => {
      await session.page.setViewportSize({ width: 640, height: 800 });
      await BoardsPage.open(session.page, session.url);
      await session.page.keyboard.press('Control+K');
      const search = await SearchPage.opened(session.page);
      await search.box.fill('carers');
      await search.resultsFor('carers');
      expect(await search.scrollsSideways()).toBe(false);
    });
  });
});
