import { beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../shared/model/meeting';
import type { Board } from '../../shared/model/board';
import { statusOn } from '../../shared/domain/actions';
import { actionStatusLabel } from '../../shared/domain/compose/action-words';
import { ExportDialogPage } from './pages/export-dialog-page';
import { callApi } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { saveScreenshot } from './support/screenshots';
import { browserSession } from './support/session';
import { downloadedBytes } from './support/downloaded';

describe('exporting documents from a meeting, in browser mode', () => {
  const session = browserSession({ acceptDownloads: true, openWithToken: true });

  let board: Board;
  let signed: Meeting;

  beforeAll(async () => {
    const probe = await session.browser.newPage();
    await probe.goto(session.url);
    const [first] = await callApi(probe, session.token, 'boards.list', {});
    if (first === undefined) throw new Error('The demo has no board');
    board = first;
    // The demo's signed meeting with an exempt item: its public minutes must say only that it was taken in private.
    for (const meeting of await callApi(probe, session.token, 'meetings.list', { boardId: board.id })) {
      const detail = await callApi(probe, session.token, 'meetings.get', { id: meeting.id });
      if (meeting.status === 'minutes-signed' && detail.items.some((i) => i.part === 'private')) signed = meeting;
    }
    await probe.close();
  });

  it('offers every document, its formats and both versions, with no accessibility violations', async () => {
    const dialog = await ExportDialogPage.open(session.page, session.base, signed.id);
    expect(await dialog.choices('Document')).toEqual([
      'Agenda',
      'Agenda pack',
      'Easy read agenda',
      'Minutes',
      'Easy read minutes',
      'Extract of a decision',
      'Action log',
      'Calendar entry',
      'Resolutions register',
    ]);
    expect(await dialog.choices('Format')).toEqual(['PDF', 'Word (DOCX)', 'Web page (HTML)']);
    expect(await dialog.choices('Version')).toEqual(['Public', 'Private']);
    // Focus starts inside the dialog, on the document already chosen.
    expect(await session.page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await dialog.choose('Document', 'Action log');
    expect(await dialog.choices('Format')).toContain('Spreadsheet (CSV)');
    await dialog.choose('Document', 'Minutes');
    await expectNoAxeViolations(session.page, 'Export dialog');
    await saveScreenshot(session.page, 'export-dialog');
  });

  it('downloads the public minutes as a PDF and says so', async () => {
    const dialog = await ExportDialogPage.open(session.page, session.base, signed.id);
    await dialog.choose('Document', 'Minutes');
    await dialog.choose('Format', 'PDF');
    await dialog.choose('Version', 'Public');
    const download = await dialog.exportAndDownload();
    expect(download.suggestedFilename()).toMatch(/^RCPB \d{4}-\d{2}-\d{2} minutes \(public\)\.pdf$/);
    // Fetched from the server as a file, by its one-time id: no base64 through the page, no token in the address.
    expect(new URL(download.url()).pathname).toMatch(/^\/files\/[A-Za-z0-9_-]{32}$/);
    expect(download.url()).not.toContain(session.token);
    const bytes = await downloadedBytes(download);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    await expect.poll(() => dialog.outcome.textContent()).toMatch(/^Downloaded RCPB .* \(\d+ pages?\)\.$/);
  });

  it('builds an agenda pack, showing its progress, and downloads it', async () => {
    const dialog = await ExportDialogPage.open(session.page, session.base, signed.id);
    await dialog.choose('Document', 'Agenda pack');
    expect(await dialog.choices('Format')).toEqual(['PDF']);
    const download = await dialog.exportAndDownload();
    expect(download.suggestedFilename()).toMatch(/agenda pack \(public\)\.pdf$/);
    expect((await downloadedBytes(download)).subarray(0, 5).toString()).toBe('%PDF-');
    await expect.poll(() => dialog.outcome.textContent()).toMatch(/^Downloaded .*agenda pack/);
    expect(await dialog.progress.count()).toBe(0);
  });

  it('downloads the action log as it stood on a day the clerk picks, in CSV, with that day’s statuses', async () => {
    const dialog = await ExportDialogPage.open(session.page, session.base, signed.id);
    await expect.poll(() => dialog.asAt.count()).toBe(0);
    await dialog.choose('Document', 'Action log');
    await dialog.choose('Format', 'Spreadsheet (CSV)');
    await dialog.choose('Version', 'Private');
    await dialog.asAt.fill(signed.date);
    await expectNoAxeViolations(session.page, 'Export dialog, action log as at a day');
    const download = await dialog.exportAndDownload();
    const csv = (await downloadedBytes(download)).toString('utf8');
    // Every action raised after that day is left out, and every status is the one it had then.
    const all = await callApi(session.page, session.token, 'actions.list', { boardId: board.id });
    const raisedLater = all.filter((a) => a.meetingDate > signed.date);
    expect(raisedLater.length).toBeGreaterThan(0);
    for (const action of raisedLater) expect(csv).not.toContain(action.text);
    const changedSince = all.filter((a) => a.meetingDate <= signed.date && statusOn(a, signed.date) !== a.status);
    expect(changedSince.length).toBeGreaterThan(0);
    for (const action of changedSince) {
      const row = csv.split('\n').find((line) => line.includes(action.text));
      expect(row, action.text).toContain(`,${actionStatusLabel(statusOn(action, signed.date))},`);
    }
  });

  it('downloads a decision as an extract in Word', async () => {
    const dialog = await ExportDialogPage.open(session.page, session.base, signed.id);
    await dialog.choose('Document', 'Extract of a decision');
    await dialog.dialog.getByRole('combobox', { name: 'Decision' }).selectOption({ index: 0 });
    await dialog.choose('Format', 'Word (DOCX)');
    const download = await dialog.exportAndDownload();
    expect(download.suggestedFilename()).toMatch(/ extract .*\(public\)\.docx$/);
    expect((await downloadedBytes(download)).subarray(0, 2).toString()).toBe('PK');
  });

  it('closes with Escape and gives focus back to the button that opened it', async () => {
    const dialog = await ExportDialogPage.open(session.page, session.base, signed.id);
    await session.page.keyboard.press('Escape');
    await dialog.dialog.waitFor({ state: 'detached' });
    await expect.poll(() => dialog.openButton.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('previews the board’s house style from the board screen', async () => {
    await session.page.goto(`${session.base}#/boards/${encodeURIComponent(board.id)}`);
    await session.page.getByRole('heading', { level: 1, name: board.name }).waitFor();
    await session.page.getByRole('button', { name: 'Preview house style' }).click();
    const preview = session.page.getByRole('dialog', { name: 'House style' });
    await preview.getByRole('figure', { name: /^Preview of the first page/ }).waitFor();
    expect(await preview.textContent()).toContain(board.organisation ?? board.name);
    expect(await preview.textContent()).toContain('Liberation Sans');
    await expectNoAxeViolations(session.page, 'House style preview');
    await saveScreenshot(session.page, 'house-style-preview');

    await preview.getByRole('combobox', { name: 'Font' }).selectOption({ label: 'Liberation Serif (the metrics of Times New Roman)' });
    await preview.getByRole('spinbutton', { name: 'Left margin (mm)' }).fill('30');
    await preview.getByRole('button', { name: 'Save the house style' }).click();
    await expect.poll(() => preview.getByRole('status').last().textContent()).toBe('House style saved.');
    await expect.poll(() => preview.locator('.house-style-facts').textContent()).toMatch(/Liberation Serif.*left 30 mm/);
    const saved = await callApi(session.page, session.token, 'boards.get', { id: board.id });
    expect(saved.houseStyle).toMatchObject({ font: 'liberation-serif', marginsMm: { left: 30 } });
    await preview.getByRole('button', { name: 'Close' }).click();
    await preview.waitFor({ state: 'detached' });
  });
});
