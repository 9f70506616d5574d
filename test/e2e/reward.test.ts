import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatLongDate, londonDateOf } from '../../shared/domain';
import { taxYearOf } from '../../shared/domain/reward/tax-year';
import type { Board, Meeting } from '../../shared/model';
import { BoardsPage } from './pages/boards-page';
import { RewardPage } from './pages/reward-page';
import { callApi } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { saveScreenshot } from './support/screenshots';
import { browserSession } from './support/session';
import { downloadedBytes, downloadedText } from './support/downloaded';

/** Splits one CSV line into its cells (quoted cells may hold commas and doubled quotes). */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

describe('reciprocal reward: a claim from entry to the finance export', () => {
  const session = browserSession({ demo: false, acceptDownloads: true, locale: null });

  let board: Board;
  let meeting: Meeting;
  const today = londonDateOf(new Date());

  beforeAll(async () => {
    // A store of its own (not the demo, which has claims already): a board, two people and a past meeting.
    const probe = await session.browser.newPage();
    await probe.goto(session.url);
    const api = <M extends Parameters<typeof callApi>[2]>(method: M, input: Parameters<typeof callApi<M>>[3]): ReturnType<typeof callApi<M>> =>
      callApi(probe, session.token, method, input);
    board = await api('boards.create', {
      name: 'Riverside Co-production Board',
      shortCode: 'RCPB',
      kind: 'co-production-board',
      quorum: 3,
      organisation: 'Riverside Borough Council',
    });
    await api('people.create', { name: 'Dev Sharma', kind: 'expert-by-experience', consentToBeNamed: true });
    await api('people.create', { name: 'Janet Morley', kind: 'carer', consentToBeNamed: false });
    meeting = await api('meetings.create', { boardId: board.id, date: addDays(today, -20), startTime: '14:00' });
    await probe.close();
  });

  async function openReward(): Promise<RewardPage> {
    const boards = await BoardsPage.open(session.page, session.url);
    await boards.mainNav.getByRole('link', { name: 'Reward' }).click();
    return RewardPage.opened(session.page);
  }

  it('adds a rate, enters a claim with a receipted travel expense, approves it, pays it and exports it for finance', async () => {
    const reward = await openReward();
    await expect.poll(() => reward.main.locator('.empty-state__title').allTextContents()).toContain('No rates yet.');
    await expectNoAxeViolations(session.page, 'Reward, no rates or claims');

    // A rate for all boards, from long before the demo's meetings.
    await reward.addRate({ role: 'Expert by experience', band: 'Up to half a day', amount: '25.00', from: '2020-04-06' });
    await reward.ratesTable.waitFor();
    expect(await reward.ratesTable.locator('tbody > tr').first().innerText()).toMatch(
      /All boards\s+Expert by experience\s+Up to half a day\s+£25\.00\s+From 6 April 2020\s+Remove/,
    );
    await expect.poll(() => reward.liveRegion.textContent()).toBe('Rate added: Expert by experience, up to half a day, £25.00.');
    await expectNoAxeViolations(session.page, 'Reward, with a rate');

    const taxYear = taxYearOf(meeting.date);
    await reward.filterBy({ taxYear });
    if (taxYear !== taxYearOf(today)) expect(session.page.url()).toContain(`#/reward?year=${encodeURIComponent(taxYear)}`);

    await reward.openClaimForm();
    await reward.fillClaim({
      person: 'Dev Sharma',
      board: board.name,
      meeting: formatLongDate(meeting.date),
      time: '2:30',
      expenses: [{ kind: 'Travel', amount: '6.40', receipt: 'TR-0042', details: 'Bus fare' }],
      choice: 'Bank transfer',
      adviceOn: meeting.date,
    });
    await expectNoAxeViolations(session.page, 'Reward, claim form filled in');
    await reward.submitClaim();
    await reward.claimForm.waitFor({ state: 'detached' });
    await expect.poll(() => reward.liveRegion.textContent()).toBe('Claim added for Dev Sharma.');
    const row = reward.claimRow('Dev Sharma');
    await expect
      .poll(() => row.innerText())
      .toMatch(/£25\.00[\s\S]*£6\.40[\s\S]*Travel £6\.40, receipt TR-0042[\s\S]*£31\.40[\s\S]*Bank transfer[\s\S]*Due/);
    expect(await reward.summary.innerText()).toBe(`1 claim, £31.40 to pay in ${taxYear}.`);
    await expectNoAxeViolations(session.page, 'Reward, one due claim');

    const approve = await reward.moveClaim('Dev Sharma', 'Approve', 'Approve the claim');
    await expectNoAxeViolations(session.page, 'Approve the claim');
    await approve.getByRole('button', { name: 'Approve', exact: true }).click();
    await approve.waitFor({ state: 'detached' });
    await expect.poll(() => row.locator('.tag').innerText()).toMatch(/^Approved /);

    const pay = await reward.moveClaim('Dev Sharma', 'Mark paid', 'Mark the claim paid');
    await expectNoAxeViolations(session.page, 'Mark the claim paid');
    await pay.getByRole('button', { name: 'Mark paid', exact: true }).click();
    await pay.waitFor({ state: 'detached' });
    await expect.poll(() => row.locator('.tag').innerText()).toMatch(/^Paid /);
    // Paid: locked, but for its note.
    expect(await row.getByRole('button').allInnerTexts()).toEqual([expect.stringMatching(/^Change note/)]);
    await expect.poll(() => reward.totalsRow('Dev Sharma').innerText()).toMatch(/Dev Sharma\s+1\s+£25\.00\s+£0\.00\s+£6\.40\s+£31\.40\s+£31\.40/);
    await expectNoAxeViolations(session.page, 'Reward, a paid claim and its totals');
    await saveScreenshot(session.page, 'reward');
    // At 200% zoom (a 640-pixel-wide window) the wide tables scroll in their own boxes, never the page.
    await session.page.setViewportSize({ width: 640, height: 800 });
    expect(await reward.scrollsSideways()).toBe(false);
    await expectNoAxeViolations(session.page, 'Reward at 200% zoom');
    await session.page.setViewportSize({ width: 1280, height: 900 });

    const download = await reward.downloadFinanceCsv();
    expect(download.suggestedFilename()).toBe(`Reward claims ${taxYear.replace('/', '-')} ${today}.csv`);
    const csv = (await downloadedText(download)).replace(/^\uFEFF/, '');
    const [header = '', line = '', ...rest] = csv.trimEnd().split('\r\n');
    expect(rest).toEqual([]);
    const cells = Object.fromEntries(csvCells(header).map((name, i) => [name, csvCells(line)[i]]));
    expect(cells).toMatchObject({
      Person: 'Dev Sharma',
      Board: board.name,
      Date: meeting.date,
      'Tax year': taxYear,
      Activity: 'Meeting',
      'Reward (£)': '25.00',
      'Travel (£)': '6.40',
      'Travel receipts': 'TR-0042',
      'Expenses in detail': 'Travel 6.40 (receipt TR-0042): Bus fare',
      'Total to pay (£)': '31.40',
      'Payment choice': 'Bank transfer',
      Status: 'Paid',
      'Approved on': today,
      'Paid on': today,
    });
    expect(csv).not.toMatch(/benefit/i);
    await expect.poll(() => reward.liveRegion.textContent()).toBe(`${download.suggestedFilename()} downloaded.`);

    const statement = await reward.downloadStatement('Dev Sharma', 'PDF');
    expect(statement.suggestedFilename()).toBe(`Reward statement Dev Sharma ${taxYear.replace('/', '-')}.pdf`);
    expect((await downloadedBytes(statement)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a claim no rate covers, says which rate to add, and keeps what was typed', async () => {
    const reward = await openReward();
    await reward.filterBy({ taxYear: taxYearOf(meeting.date) });
    await reward.openClaimForm();
    await reward.fillClaim({
      person: 'Janet Morley',
      board: board.name,
      meeting: formatLongDate(meeting.date),
      time: '1:00',
      choice: 'Donation to charity',
      charity: 'Riverside Food Bank',
    });
    await reward.submitClaim();
    await reward.errorSummary.waitFor();
    expect(await reward.errorSummary.innerText()).toContain('No reward rate applies to this claim. Add a rate for Carer, "Up to half a day"');
    expect(await reward.claimForm.getByLabel('Name of the charity').inputValue()).toBe('Riverside Food Bank');
    expect(await reward.claimForm.getByLabel('Time given').inputValue()).toBe('1:00');
    await expectNoAxeViolations(session.page, 'Reward, a refused claim');
  });
});
