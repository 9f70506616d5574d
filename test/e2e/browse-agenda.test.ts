import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../shared/api/views';
import type { Board, BoardKind } from '../../shared/model/board';
import type { Meeting, MeetingStatus } from '../../shared/model/meeting';
import { BoardsPage } from './pages/boards-page';
import { callApi } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { saveScreenshot } from './support/screenshots';
import { browserSession } from './support/session';

// The words a clerk should read, written out here rather than taken from the renderer, so the test checks them.
const KIND_WORDS: Record<BoardKind, string> = {
  committee: 'Committee',
  'co-production-board': 'Co-production board',
  'partnership-board': 'Partnership board',
  'health-and-wellbeing-board': 'Health and wellbeing board',
  other: 'Other',
};
const STATUS_WORDS: Record<MeetingStatus, string> = {
  draft: 'Draft agenda',
  'agenda-published': 'Agenda published',
  held: 'Held',
  'minutes-drafted': 'Minutes drafted',
  'minutes-signed': 'Minutes approved and signed',
  cancelled: 'Cancelled',
};
const LONG_DATE =
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) ([1-9]|[12]\d|3[01]) (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;
const TIME = /^(1[0-2]|[1-9])\.[0-5]\d (am|pm)( to (1[0-2]|[1-9])\.[0-5]\d (am|pm))?$/;

type Demo = { readonly board: Board; readonly meetings: readonly Meeting[]; readonly agenda: MeetingDetail };

describe('browsing boards, meetings and an agenda in browser mode', () => {
  const session = browserSession({ locale: null });

  let demo: Demo;

  beforeAll(async () => {
    const probe = await session.browser.newPage();
    await probe.goto(session.url);
    demo = await findDemoMeeting(probe, session.token);
    await probe.close();
  });

  it('takes the token out of the address bar and keeps working after a reload', async () => {
    const boards = await BoardsPage.open(session.page, session.url);
    expect(session.page.url()).not.toContain('token=');
    await session.page.reload();
    await boards.settled();
    expect(await boards.boardNames()).toContain(demo.board.name);
    await expect.poll(() => boards.liveRegion.textContent()).toMatch(/boards? listed/);
  });

  it('lists the boards with their kind in words, short code and quorum', async () => {
    const boards = await BoardsPage.open(session.page, session.url);
    await expect.poll(() => session.page.title()).toBe('Boards – Minute Book');
    expect(await boards.banner.textContent()).toContain('Minute Book');
    expect(await boards.mainNav.getByRole('link', { name: 'Boards' }).getAttribute('aria-current')).toBe('page');
    expect(await boards.facts(demo.board.name)).toMatchObject({
      Kind: KIND_WORDS[demo.board.kind],
      'Short code': demo.board.shortCode,
      Quorum: `${demo.board.quorum} members`,
    });
    await expectNoAxeViolations(session.page, 'Boards');
    await saveScreenshot(session.page, 'boards');
  });

  it("shows a board's upcoming and past meetings with dates, times and status in words", async () => {
    const boards = await BoardsPage.open(session.page, session.url);
    const meetings = await boards.openBoard(demo.board.name);
    await expect.poll(() => session.page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expect.poll(() => meetings.liveRegion.textContent()).toMatch(/^\d+ upcoming and \d+ past meetings$/);
    expect(await meetings.changesWithin(600)).toBe(0);
    expect(await meetings.boardFacts()).toMatchObject({ 'Short code': demo.board.shortCode });

    const upcoming = await meetings.rows('Upcoming meetings');
    const past = await meetings.rows('Past meetings');
    expect(upcoming.length + past.length).toBe(demo.meetings.length);
    for (const row of [...upcoming, ...past]) {
      const meeting = demo.meetings.find((m) => m.id === row.id);
      expect(meeting, `row ${row.id} is one of the board's meetings`).toBeDefined();
      expect(row.date).toMatch(LONG_DATE);
      expect(row.time).toMatch(TIME);
      expect(row.status).toBe(meeting ? STATUS_WORDS[meeting.status] : '');
    }
    // Upcoming soonest first, past most recent first.
    const dateOf = (id: string): string => demo.meetings.find((m) => m.id === id)?.date ?? '';
    expect(upcoming.map((r) => dateOf(r.id))).toEqual(upcoming.map((r) => dateOf(r.id)).toSorted());
    expect(past.map((r) => dateOf(r.id))).toEqual(
      past
        .map((r) => dateOf(r.id))
        .toSorted()
        .reverse(),
    );

    await expectNoAxeViolations(session.page, 'Meetings');
    await saveScreenshot(session.page, 'meetings');
  });

  it("shows a meeting's numbered agenda, sub-items and private part, and goes back with the back button", async () => {
    const boards = await BoardsPage.open(session.page, session.url);
    const meetings = await boards.openBoard(demo.board.name);
    const agenda = await meetings.openMeeting(demo.agenda.meeting.id);

    expect(await agenda.heading.textContent()).toContain(demo.board.name);
    expect(await agenda.heading.textContent()).toMatch(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d/);
    expect((await agenda.meetingFacts()).Time).toMatch(TIME);

    const items = demo.agenda.items;
    const inPart = (part: 'public' | 'private'): string[] => items.filter((i) => i.part === part).map((i) => i.number);
    expect((await agenda.itemNumbers(agenda.publicPart)).toSorted()).toEqual(inPart('public').toSorted());

    const sub = items.find((i) => i.depth > 0);
    if (sub) await expect.poll(() => agenda.itemHeading(sub.number).textContent()).toContain(sub.title);

    for (const item of items.filter((i) => i.presenter || i.timeAllowanceMinutes !== undefined)) {
      const facts = await agenda.itemFacts(item.number);
      if (item.presenter) expect(facts['Presented by']).toBe(item.presenter);
      if (item.timeAllowanceMinutes !== undefined) expect(facts['Time allowed']).toMatch(/^\d+ (minute|minutes|hour|hours)\b/);
      expect(facts.Purpose).toMatch(/^For (decision|discussion|information)$/);
    }

    const withRecommendations = items.find((i) => i.recommendations.length > 0);
    if (withRecommendations) {
      const shown = await agenda.recommendations(withRecommendations.number);
      expect(shown).toEqual(withRecommendations.recommendations.map((text, index) => `(${index + 1}) ${text}`));
    }

    const exempt = items.find((i) => i.part === 'private');
    expect(exempt, 'the demo has an exempt item').toBeDefined();
    if (exempt?.confidentiality.access === 'exempt') {
      expect(await agenda.itemNumbers(agenda.privatePart)).toContain(exempt.number);
      expect(await agenda.itemHeading(exempt.number).textContent()).toContain('Private');
      expect(await agenda.item(exempt.number).textContent()).toContain(`Paragraph ${exempt.confidentiality.category}:`);
      expect(await agenda.itemNumbers(agenda.publicPart)).not.toContain(exempt.number);
    }

    await expectNoAxeViolations(session.page, 'Agenda');
    await saveScreenshot(session.page, 'agenda');

    await session.page.goBack();
    await session.page.getByRole('heading', { level: 1, name: demo.board.name }).waitFor();
    await session.page.goBack();
    await session.page.getByRole('heading', { level: 1, name: 'Boards' }).waitFor();
  });

  it("shows the API's message in an alert when a meeting does not exist", async () => {
    const boards = await BoardsPage.open(session.page, session.url);
    await session.page.evaluate(() => {
      window.location.hash = '#/meetings/no-such-meeting';
    });
    await boards.alert.waitFor();
    expect(await boards.alert.getAttribute('data-error-code')).toBe('not_found');
    expect(((await boards.alert.locator('.error-alert__message').textContent()) ?? '').length).toBeGreaterThan(0);
    await expectNoAxeViolations(session.page, 'Meeting not found');
  });

  it('reflows at 200% zoom (a 640-pixel-wide window) without sideways scrolling', async () => {
    await session.page.setViewportSize({ width: 640, height: 800 });
    const boards = await BoardsPage.open(session.page, session.url);
    expect(await boards.scrollsSideways()).toBe(false);
    const meetings = await boards.openBoard(demo.board.name);
    expect(await meetings.scrollsSideways()).toBe(false);
    const agenda = await meetings.openMeeting(demo.agenda.meeting.id);
    expect(await agenda.scrollsSideways()).toBe(false);
  });

  it('lets a keyboard user skip to the main content', async () => {
    const boards = await BoardsPage.open(session.page, session.url);
    await session.page.keyboard.press('Tab');
    await expect.poll(() => boards.skipLink.evaluate((el) => el === document.activeElement)).toBe(true);
    await session.page.keyboard.press('Enter');
    await expect.poll(() => session.page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    expect(session.page.url()).not.toContain('#main-content');
  });
});

/** The demo board, its meetings, and the meeting whose agenda shows the most: an exempt item and sub-items. */
async function findDemoMeeting(page: Page, token: string): Promise<Demo> {
  const boards = await callApi(page, token, 'boards.list', {});
  let best: (Demo & { score: number }) | null = null;
  for (const board of boards) {
    const meetings = await callApi(page, token, 'meetings.list', { boardId: board.id });
    for (const meeting of meetings) {
      const agenda = await callApi(page, token, 'meetings.get', { id: meeting.id });
      const score =
        (agenda.items.some((i) => i.part === 'private') ? 4 : 0) +
        (agenda.items.some((i) => i.depth > 0) ? 2 : 0) +
        (agenda.items.some((i) => i.recommendations.length > 0) ? 1 : 0);
      if (!best || score > best.score) best = { board, meetings, agenda, score };
    }
  }
  if (!best) throw new Error('The demo data has no meetings');
  return best;
}
