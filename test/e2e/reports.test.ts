import { beforeAll, describe, expect, it } from 'vitest';
import type { Board } from '../../shared/model/board';
import { ReportsPage } from './pages/reports-page';
import { callApi } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { saveScreenshot } from './support/screenshots';
import { browserSession } from './support/session';
import { downloadedBytes, downloadedText } from './support/downloaded';

describe('a board’s reports, in browser mode', () => {
  const session = browserSession({ acceptDownloads: true, openWithToken: true });

  let board: Board;

  beforeAll(async () => {
    const probe = await session.browser.newPage();
    await probe.goto(session.url);
    const boards = await callApi(probe, session.token, 'boards.list', {});
    const first = boards[0];
    if (first === undefined) throw new Error('The demo has no board');
    board = first;
    await probe.close();
  });

  it('makes the annual report for this municipal year as a PDF and downloads it', async () => {
    const screen = await ReportsPage.open(session.page, session.base, board.id);
    await expectNoAxeViolations(session.page, 'reports');
    await saveScreenshot(session.page, 'reports');
    // This municipal year is filled in.
    expect(await screen.form.getByLabel('From').inputValue()).toMatch(/^\d{4}-05-01$/);
    await screen.choose('Annual report', 'PDF');
    const download = await screen.makeAndDownload();
    expect(download.suggestedFilename()).toMatch(/^RCPB \d{4}-05-01 to \d{4}-04-30 annual report\.pdf$/);
    const bytes = await downloadedBytes(download);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expectNoAxeViolations(session.page, 'reports, downloaded');
  });

  it('offers only the formats a report comes in, and downloads the finance CSV', async () => {
    const screen = await ReportsPage.open(session.page, session.base, board.id);
    await screen.form.getByRole('group', { name: 'Report' }).getByLabel('Annual report', { exact: true }).check();
    expect(await screen.form.getByRole('group', { name: 'Format' }).getByRole('radio').count()).toBe(2);
    await screen.choose('Reward and expenses for finance', 'Spreadsheet (CSV)');
    await screen.period('2000-01-01', '2099-12-31');
    const download = await screen.makeAndDownload();
    const csv = await downloadedText(download);
    const claims = await callApi(session.page, session.token, 'reward.claims.list', { boardId: board.id });
    expect(
      csv
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n'),
    ).toHaveLength(claims.length + 1);
  });

  it('says what is wrong with a period that ends before it starts', async () => {
    const screen = await ReportsPage.open(session.page, session.base, board.id);
    await screen.period('2026-05-01', '2026-01-01');
    await screen.make();
    await expect.poll(() => screen.problem.textContent()).toContain('The period must end on or after the day it starts.');
    await expectNoAxeViolations(session.page, 'reports, refused');
  });
});
