import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../shared/api/views';
import type { Meeting } from '../../shared/model/meeting';
import { callApi } from './support/api';
import { announced, tabTo, typeDate } from './support/keyboard';
import { collectProblems, newContext, serverAndBrowser } from './support/session';

const BOARD = 'Riverside Health and Care Co-production Board';
const ITEM = 'Carers’ strategy refresh';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const longDate = (iso: string): string => {
  const d = new Date(`${iso}T12:00:00Z`);
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};
const daysFromToday = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/*
 * The whole flow by keyboard alone: no clicks, no filling of fields by script. The test presses Tab, Shift+Tab,
 * Enter, Space, arrow keys, shortcuts and types text; it reads the page and the API only to check what happened.
 */
describe('the whole flow by keyboard alone: meeting, agenda, minutes with a decision and an action, approval, signature', () => {
  const session = serverAndBrowser();
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  // Both after the demo's own upcoming meeting, so the second approves the minutes of the first.
  const first = daysFromToday(63);
  const second = daysFromToday(91);

  const press = (key: string): Promise<void> => page.keyboard.press(key);
  const main = (): ReturnType<Page['getByRole']> => page.getByRole('main');
  const meetingOn = async (date: string): Promise<Meeting> => {
    const [board] = await callApi(page, session.token, 'boards.list', {});
    const found = (await callApi(page, session.token, 'meetings.list', { boardId: board?.id ?? '' })).find((m) => m.date === date);
    if (found === undefined) throw new Error(`No meeting on ${date}`);
    return found;
  };
  const detailOn = async (date: string): Promise<MeetingDetail> => callApi(page, session.token, 'meetings.get', { id: (await meetingOn(date)).id });

  beforeAll(async () => {
    context = await newContext(session.browser);
    page = await context.newPage();
    collectProblems(page, problems);
  });

  afterAll(async () => {
    await context?.close();
  });

  /** From any screen: the board's page, through the breadcrumbs or the list of boards. */
  async function toBoard(): Promise<void> {
    await tabTo(page, page.getByRole('link', { name: BOARD, exact: true }).first());
    await press('Enter');
    await page.getByRole('heading', { level: 1, name: BOARD }).waitFor();
  }

  async function scheduleMeeting(date: string): Promise<void> {
    await toBoard();
    await tabTo(page, main().getByRole('link', { name: 'Schedule a meeting' }));
    await press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Schedule a meeting' }).waitFor();
    const dateField = main().getByLabel('Date', { exact: true });
    await tabTo(page, dateField);
    await typeDate(page, dateField, date);
    await tabTo(page, main().getByRole('button', { name: 'Schedule the meeting' }));
    await press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Build the agenda' }).waitFor();
  }

  async function publishAgenda(): Promise<void> {
    await tabTo(page, main().getByRole('button', { name: 'Publish the agenda' }));
    await press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Publish the agenda?' });
    await tabTo(page, dialog.getByRole('button', { name: 'Publish the agenda' }), { max: 5 });
    await press('Enter');
    await announced(page, 'Agenda published.');
  }

  async function openMeetingPage(date: string, page_: 'Live minutes' | 'Approval and signing'): Promise<void> {
    await toBoard();
    await tabTo(page, main().getByRole('link', { name: new RegExp(`^${longDate(date)}`) }));
    await press('Enter');
    await page.getByRole('navigation', { name: 'This meeting' }).waitFor();
    await tabTo(page, page.getByRole('navigation', { name: 'This meeting' }).getByRole('link', { name: page_ }));
    await press('Enter');
    if (page_ === 'Live minutes') await page.locator('[data-live-minutes-ready]').waitFor();
    else await page.getByRole('heading', { level: 2, name: 'Steps to signed minutes' }).waitFor();
  }

  it('creates a meeting and builds and publishes its agenda', async () => {
    await page.goto(session.url);
    await page.getByRole('heading', { level: 1, name: 'Boards' }).waitFor();
    await scheduleMeeting(first);
    // The builder opens with the board's standard items; the business item goes before the closing ones.
    await tabTo(page, main().getByRole('button', { name: 'Add an item' }));
    await press('Enter');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent)).toBe('Title');
    await page.keyboard.type(ITEM);
    await press('Enter');
    await announced(page, `Item added: ${ITEM}`);
    await publishAgenda();

    // The next meeting, which will approve these minutes.
    await scheduleMeeting(second);
    await publishAgenda();
    const [a, b] = [await detailOn(first), await detailOn(second)];
    expect([a.meeting.status, b.meeting.status]).toEqual(['agenda-published', 'agenda-published']);
    expect(a.items.map((i) => i.title)).toContain(ITEM);
  });

  it('takes the minutes: holds the meeting, marks attendance, writes the minute, a decision and an action', async () => {
    await openMeetingPage(first, 'Live minutes');
    await tabTo(page, main().getByRole('button', { name: 'Mark the meeting as held' }));
    await press('Enter');
    await announced(page, 'The meeting is marked as held.');
    await tabTo(page, main().getByRole('button', { name: /^Mark the \d+ members not yet recorded as present$/ }));
    await press('Enter');
    await announced(page, '9 members marked as present.');

    // Alt+Page Down moves item by item and puts the caret in the minute.
    const business = (await detailOn(first)).items.find((i) => i.title === ITEM);
    for (let n = 1; n < Number(business?.number ?? '0'); n += 1) await press('Alt+PageDown');
    await page.locator(`section.item-panel[data-item-number="${business?.number ?? ''}"]`).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('minute-text');
    await page.keyboard.type('The Carers Lead presented the refreshed strategy, written with carers at four workshops.');
    await press('Enter');
    await press('Enter');
    await page.keyboard.type('Members welcomed ');
    await press('Control+b');
    await page.keyboard.type('the commitment to short breaks');
    await press('End');
    await page.keyboard.type('.');
    await press('Control+s');
    await announced(page, 'All changes saved');

    await tabTo(page, main().getByRole('button', { name: 'Add a decision' }));
    await press('Enter');
    const decision = page.getByRole('form', { name: 'New decision' });
    await tabTo(page, decision.getByLabel('Part (1)'));
    await page.keyboard.type('That the refreshed carers’ strategy be approved.');
    await tabTo(page, decision.getByRole('button', { name: 'Add a part' }));
    await press('Enter');
    await page.keyboard.type('That progress be reported to the Board in six months.');
    await tabTo(page, decision.getByRole('button', { name: 'Save decision' }));
    await press('Enter');
    await announced(page, 'Decision added.');

    await tabTo(page, main().getByRole('button', { name: 'Add an action' }));
    await press('Enter');
    const action = page.getByRole('form', { name: 'New action' });
    await page.keyboard.type('Publish the strategy with an easy read version.');
    await tabTo(page, action.getByLabel('Person', { exact: true }));
    await page.keyboard.type('Michael');
    await tabTo(page, action.getByLabel('Not set'));
    await press('ArrowRight');
    const due = action.getByLabel('Due by', { exact: true });
    await tabTo(page, due);
    await typeDate(page, due, second);
    await tabTo(page, action.getByRole('button', { name: 'Save action' }));
    await press('Enter');
    await announced(page, 'Action added.');

    const a = await detailOn(first);
    const itemId = business?.id ?? '';
    expect(a.meeting.status).toBe('held');
    expect(a.attendance.filter((x) => x.status === 'present')).toHaveLength(9);
    expect(a.minutes.find((m) => m.itemId === itemId)?.text).toBe(
      'The Carers Lead presented the refreshed strategy, written with carers at four workshops.\n\nMembers welcomed **the commitment to short breaks**.',
    );
    expect(a.resolutions.filter((r) => r.itemId === itemId).map((r) => r.parts.map((p) => p.text))).toEqual([
      ['That the refreshed carers’ strategy be approved.', 'That progress be reported to the Board in six months.'],
    ]);
    const people = await callApi(page, session.token, 'people.list', {});
    expect(a.actions.filter((x) => x.itemId === itemId).map((x) => [x.text, x.owner, x.due])).toEqual([
      [
        'Publish the strategy with an easy read version.',
        { kind: 'person', personId: people.find((p) => p.name === 'Michael Reid')?.id },
        { kind: 'date', date: second },
      ],
    ]);
  });

  it('drafts and circulates the minutes, approves them at the next meeting and signs them', async () => {
    await tabTo(page, page.getByRole('navigation', { name: 'This meeting' }).getByRole('link', { name: 'Approval and signing' }));
    await press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Steps to signed minutes' }).waitFor();
    await tabTo(page, main().getByRole('button', { name: 'Draft the minutes' }));
    await press('Enter');
    await announced(page, 'The minutes are drafted and numbered.');
    await tabTo(page, main().getByRole('button', { name: 'Mark as circulated' }));
    await press('Enter');
    await announced(page, 'The draft minutes are marked as circulated.');

    // At the next meeting, under "Minutes of the previous meeting".
    await openMeetingPage(second, 'Live minutes');
    const previous = (await detailOn(second)).items.find((i) => i.standardKind === 'previous-minutes');
    for (let n = 1; n < Number(previous?.number ?? '0'); n += 1) await press('Alt+PageDown');
    const form = page.getByRole('form', { name: 'Approve and sign the minutes' });
    await tabTo(page, form.getByLabel('Signed by'));
    await page.keyboard.type('Cllr A');
    await tabTo(page, form.getByRole('checkbox'));
    await press('Space');
    await tabTo(page, form.getByRole('button', { name: 'Approve and sign the minutes' }));
    await press('Enter');
    await announced(page, `The minutes of ${longDate(first)} are approved and signed.`);
    await page.locator('[data-save-state="saved"]').waitFor();

    const a = await detailOn(first);
    expect(a.meeting.status).toBe('minutes-signed');
    expect(a.locked).toBe(true);
    expect(a.meeting.approval?.signature).toMatchObject({ name: 'Cllr Amina Okafor', signedOn: second });
    const b = await detailOn(second);
    const itemId = previous?.id ?? '';
    expect(b.resolutions.filter((r) => r.itemId === itemId).map((r) => r.parts[0]?.text)).toEqual([
      `That the minutes of the meeting held on ${longDate(first)} be approved as a correct record.`,
    ]);
    await expect
      .poll(async () => (await detailOn(second)).minutes.find((m) => m.itemId === itemId)?.text)
      .toBe(`The minutes of the meeting held on ${longDate(first)} were approved as a correct record and signed by Cllr Amina Okafor.`);
    expect(problems).toEqual([]);
  });
});
