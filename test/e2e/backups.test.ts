import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupsPage } from './pages/backups-page';
import { BoardsPage } from './pages/boards-page';
import { callApi } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { saveScreenshot } from './support/screenshots';
import { browserSession } from './support/session';

describe('the Backups screen, in browser mode', () => {
  const session = browserSession({ openWithToken: true });
  let secondFolder = '';

  beforeAll(async () => {
    // A second folder of its own, as a USB disk would be.
    secondFolder = await mkdtemp(join(tmpdir(), 'minute-book-e2e-second-'));
  });

  afterAll(async () => {
    await rm(secondFolder, { recursive: true, force: true });
  });

  it('is reached from the main navigation and shows where the backups are, what is kept and every backup', async () => {
    const boards = await BoardsPage.open(session.page, session.url);
    await boards.mainNav.getByRole('link', { name: 'Backups' }).click();
    const screen = await BackupsPage.opened(session.page);
    expect(await screen.mainNav.getByRole('link', { name: 'Backups' }).getAttribute('aria-current')).toBe('page');
    expect(await session.page.title()).toBe('Backups – Minute Book');

    const overview = await callApi(session.page, session.token, 'backups.list', {});
    expect(await screen.section('Where they are').innerText()).toContain(overview.folder);
    expect(await screen.policy.allInnerTexts()).toEqual([...overview.policy]);
    // The backups the store made on opening, listed newest first in the house style.
    expect(await screen.rows.count()).toBe(overview.backups.length);
    expect(await screen.rows.first().getByRole('rowheader').innerText()).toMatch(
      /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+ \d{4} at \d{1,2}\.\d{2} (am|pm)/,
    );
    expect(await screen.rows.first().innerText()).toContain('When Minute Book opened');
    expect(await screen.secondFolderState.innerText()).toContain('No second folder is set');
    expect(await screen.restoreHelp.innerText()).toContain(`minute-book restore ${overview.backups[0]?.name ?? ''} --data ${session.server.dataDir}`);
    await expectNoAxeViolations(session.page, 'backups');
  });

  it('backs up now, says so, and lists the new backup first', async () => {
    const screen = await BackupsPage.open(session.page, session.base);
    await screen.backUpNow();
    expect(await screen.outcome.innerText()).toMatch(/^Backup made on .+: [\d,]+ files?, .+ added on the disk\.$/);
    const newest = screen.rows.first();
    await expect.poll(() => newest.innerText()).toContain('Just made');
    expect(await newest.innerText()).toContain('Made by hand');
    const made = (await callApi(session.page, session.token, 'backups.list', {})).backups[0];
    expect(made?.reason).toBe('manual');
    expect(await newest.getAttribute('data-backup-name')).toBe(made?.name);
    await expectNoAxeViolations(session.page, 'backups, after backing up');
  });

  it('sets a second folder, copies the next backup there and says when it last did', async () => {
    const screen = await BackupsPage.open(session.page, session.base);
    await screen.saveSettings(secondFolder);
    await expect.poll(() => screen.liveRegion.textContent()).toContain(`each backup is copied to ${secondFolder}`);
    expect(await screen.secondFolderState.innerText()).toContain(secondFolder);
    await expectNoAxeViolations(session.page, 'backups, second folder set');

    await screen.backUpNow();
    expect(await screen.outcome.innerText()).toContain('copied to the second folder');
    await expect.poll(() => screen.secondFolderState.innerText()).toMatch(/Last copied on .+ at \d{1,2}\.\d{2} (am|pm)\./);
    expect(await screen.rows.first().locator('td').last().innerText()).toBe('Yes');
    const name = (await screen.rows.first().getAttribute('data-backup-name')) ?? '';
    // This data folder's backups are in a folder of their own inside the second folder.
    const mirror = (await callApi(session.page, session.token, 'backups.list', {})).secondFolder?.path ?? '';
    expect(mirror.startsWith(secondFolder)).toBe(true);
    expect(existsSync(join(mirror, name))).toBe(true);
    expect(await screen.restoreHelp.innerText()).toContain(`minute-book restore "${join(mirror, name)}" --data ${session.server.dataDir}`);
    await expectNoAxeViolations(session.page, 'backups, copied to the second folder');
    await saveScreenshot(session.page, 'backups');
  });

  it('shows what is wrong beside the field when the folder is not a whole path, and saves nothing', async () => {
    const screen = await BackupsPage.open(session.page, session.base);
    const before = (await callApi(session.page, session.token, 'backups.list', {})).settings;
    await screen.saveSettings('Minute Book backups');
    await screen.errorSummary.waitFor();
    expect(await screen.errorSummary.innerText()).toContain('Give the whole path of the folder');
    expect(await screen.folderError.innerText()).toContain('Give the whole path of the folder');
    expect(await screen.folderDescription()).toContain('Give the whole path of the folder');
    expect(await screen.folderField.getAttribute('aria-invalid')).toBe('true');
    // The summary takes focus, and its message takes the clerk to the field.
    expect(await screen.errorSummary.evaluate((el) => el === document.activeElement)).toBe(true);
    await screen.errorSummary.getByRole('button', { name: /Give the whole path/ }).click();
    expect(await screen.folderField.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoAxeViolations(session.page, 'backups, folder refused');

    await screen.saveSettings('', '10');
    expect(await screen.errorSummary.innerText()).toContain('Allow at least 50 MB for backups.');
    expect((await callApi(session.page, session.token, 'backups.list', {})).settings).toEqual(before);
  });

  it('stops copying to the second folder', async () => {
    await callApi(session.page, session.token, 'backups.updateSettings', { settings: { secondFolder, budgetMb: 2048 } });
    const screen = await BackupsPage.open(session.page, session.base);
    await screen.stopSecondFolder();
    await expect.poll(() => screen.secondFolderState.innerText()).toContain('No second folder is set');
    expect(await screen.folderField.inputValue()).toBe('');
    expect(await screen.folderField.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await callApi(session.page, session.token, 'backups.list', {})).settings.secondFolder).toBeUndefined();
    await expectNoAxeViolations(session.page, 'backups, no second folder');
  });
});
