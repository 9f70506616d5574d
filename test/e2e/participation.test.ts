import { beforeAll, describe, expect, it } from 'vitest';
import { formatLongDate, formatShortDate } from '../../shared/domain/british-dates';
import { shownWords } from '../../shared/domain/suppression';
import type { Board } from '../../shared/model/board';
import type { Meeting } from '../../shared/model/meeting';
import { ParticipationPage } from './pages/participation-page';
import { YouSaidPage } from './pages/you-said-page';
import { callApi } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { saveScreenshot } from './support/screenshots';
import { browserSession } from './support/session';

const WHOLE_HISTORY = { from: '2000-01-01', to: '2099-12-31' };

describe('participation, diversity and "you said, we did", in browser mode', () => {
  const session = browserSession({ openWithToken: true });

  let board: Board;
  let held: Meeting;

  beforeAll(async () => {
    const probe = await session.browser.newPage();
    await probe.goto(session.url);
    const boards = await callApi(probe, session.token, 'boards.list', {});
    const coproduction = boards.find((b) => b.kind === 'co-production-board') ?? boards[0];
    if (coproduction === undefined) throw new Error('The demo has no board');
    board = coproduction;
    const meetings = await callApi(probe, session.token, 'meetings.list', { boardId: board.id });
    const signed = meetings.filter((m) => m.status === 'minutes-signed').toSorted((a, b) => b.date.localeCompare(a.date))[0];
    if (signed === undefined) throw new Error('The demo board has no meeting with signed minutes');
    held = signed;
    await probe.close();
  });

  it('shows each meeting and the period’s totals, for the period in the address', async () => {
    const screen = await ParticipationPage.open(session.page, session.base, board.id, new URLSearchParams(WHOLE_HISTORY).toString());
    const report = await callApi(session.page, session.token, 'participation.report', { boardId: board.id, ...WHOLE_HISTORY });
    expect(report.meetings.length).toBeGreaterThan(0);
    expect(await screen.meetingRows()).toEqual(report.meetings.map((m) => `${formatShortDate(m.date)}${m.title ?? ''}`));
    const figures = await screen.figures.textContent();
    expect(figures).toContain(`${report.totals.meetingsHeld} ${report.totals.meetingsHeld === 1 ? 'meeting' : 'meetings'} held.`);
    expect(figures).toContain(`${report.totals.newPeople} new`);
    expect(await screen.diversity.textContent()).toContain('is shown as “fewer than 5”');
    await expectNoAxeViolations(session.page, 'participation, whole history');
    await saveScreenshot(session.page, 'participation');
  });

  it('starts at the current municipal year and keeps a chosen period in the address', async () => {
    const screen = await ParticipationPage.open(session.page, session.base, board.id);
    const year = await callApi(session.page, session.token, 'participation.report', { boardId: board.id });
    expect(await screen.periodForm.getByLabel('From').inputValue()).toBe(year.period.from);
    expect(await screen.periodForm.getByLabel('To').inputValue()).toBe(year.period.to);
    expect(session.page.url()).not.toContain('from=');

    await screen.periodForm.getByLabel('From').fill('2025-06-01');
    await screen.periodForm.getByLabel('To').fill('2025-01-01');
    await screen.periodForm.getByRole('button', { name: 'Show this period' }).click();
    await expect.poll(() => screen.periodForm.getByText('The last day must be the same as or after the first day').count()).toBe(1);
    await expectNoAxeViolations(session.page, 'participation, period refused');

    await screen.choosePeriod(WHOLE_HISTORY.from, WHOLE_HISTORY.to);
    await expect.poll(() => session.page.url()).toContain('from=2000-01-01&to=2099-12-31');
    await expect.poll(() => screen.periodForm.textContent()).toContain('Showing Saturday 1 January 2000 to Thursday 31 December 2099.');
  });

  it('records a person’s diversity answers, opt-in, and shows them only in aggregate', async () => {
    const screen = await ParticipationPage.open(session.page, session.base, board.id, new URLSearchParams(WHOLE_HISTORY).toString());
    expect(await screen.diversityForm.textContent()).toContain('Answering is optional.');
    const form = await screen.choosePerson('Dev Sharma');
    await expectNoAxeViolations(session.page, 'participation, diversity form');
    // Every question offers "Prefer not to say".
    expect(await form.getByLabel('Prefer not to say', { exact: true }).count()).toBe(7);
    await screen.answer(form, /^Age/, '35 to 44');
    await screen.answer(form, /^Gender/, 'Prefer not to say');
    await form.getByRole('button', { name: 'Save the answers' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toMatch(/Dev Sharma’s answers were last recorded on/);

    const report = await callApi(session.page, session.token, 'diversity.report', { boardId: board.id, ...WHOLE_HISTORY });
    expect(report.responded.kind === 'count' ? report.responded.count : 1).toBeGreaterThan(0);
    await expect.poll(() => screen.diversity.locator('p').first().textContent()).toContain(`${shownWords(report.responded)} of the`);
    // The person's own record never carries the answers.
    const people = await callApi(session.page, session.token, 'people.list', {});
    expect(JSON.stringify(people.find((p) => p.name === 'Dev Sharma'))).not.toContain('35-44');

    await form.getByRole('button', { name: 'Withdraw all their answers' }).click();
    const dialog = session.page.getByRole('dialog', { name: 'Withdraw Dev Sharma’s answers?' });
    await dialog.waitFor();
    await expectNoAxeViolations(session.page, 'participation, withdrawing answers');
    await dialog.getByRole('button', { name: 'Withdraw the answers' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(
      await callApi(session.page, session.token, 'diversity.get', { personId: people.find((p) => p.name === 'Dev Sharma')?.id ?? '' }),
    ).toBeNull();
  });

  it('takes a "you said, we did" entry from what was said to its outcome', async () => {
    const screen = await YouSaidPage.open(session.page, session.base, board.id);
    await expectNoAxeViolations(session.page, 'you said, we did');
    const said = 'Please hold some meetings in the evening';
    await screen.add({
      meeting: `${formatLongDate(held.date)}${held.title === undefined ? '' : `, ${held.title}`}`,
      target: /^Item \d+: (?!Apologies|Declarations|Minutes|Matters)/,
      said,
      raisedBy: 'Expert by experience',
    });
    await screen.row(said).waitFor();
    expect(await screen.row(said).textContent()).toContain('Not yet done');
    expect(await screen.row(said).textContent()).toContain(`Raised by an expert by experience at the meeting on ${formatLongDate(held.date)}`);
    await expectNoAxeViolations(session.page, 'you said, we did, with an entry');

    await screen.openOutcome(said);
    await screen.dialog.getByLabel('Not possible', { exact: true }).check();
    await screen.dialog.getByRole('button', { name: 'Save the outcome' }).click();
    await expect.poll(() => screen.dialog.getByText('Say why it was not possible').count()).toBe(1);
    expect(await session.page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await expectNoAxeViolations(session.page, 'you said, we did, outcome refused');
    await screen.dialog.getByLabel('Why was it not possible?').fill('The building closes at 6.00 pm');
    await screen.dialog.getByRole('button', { name: 'Save the outcome' }).click();
    await screen.dialog.waitFor({ state: 'detached' });
    await expect.poll(() => screen.row(said).textContent()).toContain('Not possible, because the building closes at 6.00 pm');
    // Focus returns to the entry's button, and the change is read out.
    await expect.poll(() => session.page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Record the outcome');

    await screen.filters.getByLabel('Outcome').selectOption({ label: 'Done' });
    await expect.poll(() => screen.row(said).count()).toBe(0);
    await screen.filters.getByLabel('Outcome').selectOption({ label: 'Not possible' });
    await screen.row(said).waitFor();
    await expectNoAxeViolations(session.page, 'you said, we did, filtered');
    await saveScreenshot(session.page, 'you-said');

    const report = await callApi(session.page, session.token, 'youSaid.report', { boardId: board.id });
    expect(report.entries.map((e) => [e.said, e.outcome.status])).toContainEqual([said, 'not-possible']);
  });
});
