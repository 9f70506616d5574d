import { beforeAll, describe, expect, it } from 'vitest';
import type { Board } from '../../shared/model/board';
import type { Meeting } from '../../shared/model/meeting';
import { ExportDialogPage } from './pages/export-dialog-page';
import { LiveMinutesPage } from './pages/live-minutes-page';
import { PlainEnglishPage } from './pages/plain-english-page';
import { callApi } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { saveScreenshot } from './support/screenshots';
import { browserSession } from './support/session';

const JARGON =
  'Going forward the ICB and VCS partners will utilise partnership working in order to facilitate a deep dive into the workstream with stakeholders across the co-terminous footprint of the whole system.';

// In order, as a clerk would: the board's word list first, then the minute that uses it, then the export.
describe('plain English: the readability panel, the board’s word list and the check before export', () => {
  const session = browserSession({ openWithToken: true });

  let board: Board;
  let meeting: Meeting;

  beforeAll(async () => {
    const probe = await session.browser.newPage();
    await probe.goto(session.url);
    const [first] = await callApi(probe, session.token, 'boards.list', {});
    if (first === undefined) throw new Error('The demo has no board');
    board = first;
    const meetings = await callApi(probe, session.token, 'meetings.list', { boardId: board.id });
    const upcoming = meetings.find((m) => m.status === 'agenda-published');
    if (upcoming === undefined) throw new Error('The demo has no upcoming meeting with a published agenda');
    meeting = upcoming;
    await probe.close();
  });

  it('adds a word to the board’s own list on its settings screen', async () => {
    const screen = await PlainEnglishPage.openBoardSettings(session.page, session.base, board.id);
    await expect.poll(() => screen.wordsForm.getByRole('heading', { name: 'Plain English words' }).isVisible()).toBe(true);
    // The list starts as Minute Book's own.
    expect(await screen.wordsForm.getByLabel('Avoid (row 1)').inputValue()).toBe('utilise');
    await screen.addWord('partnership working', 'working together');
    await screen.saveWords();
    await expect.poll(() => screen.wordsStatus.textContent()).toMatch(/^Saved the board’s list of \d+ words to avoid\.$/);
    const saved = await callApi(session.page, session.token, 'boards.get', { id: board.id });
    expect(saved.plainEnglishWords?.at(-1)).toEqual({ avoid: 'partnership working', instead: 'working together' });
    await expectNoAxeViolations(session.page, 'board settings with the plain English words');
  });

  it('reports a long jargon sentence beside the minute as the clerk types', async () => {
    const live = await LiveMinutesPage.open(session.page, session.base, meeting.id);
    const detail = await callApi(session.page, session.token, 'meetings.get', { id: meeting.id });
    const business = detail.items.find((i) => i.standardKind === undefined && i.confidentiality.access === 'public');
    if (business === undefined) throw new Error('The demo meeting has no public business item');
    await live.goToItem(business.number);
    await live.editor.click();
    await session.page.keyboard.press('Control+End');
    await session.page.keyboard.type(`\n\n${JARGON}`);

    const plain = new PlainEnglishPage(session.page);
    const panel = plain.panel(live.item);
    await expect.poll(() => panel.locator('summary').textContent(), { timeout: 15_000 }).toMatch(/Reading age \d+ — aim for 9 or under/);
    await plain.openPanel(live.item);
    // The check runs a moment after the last keystroke: wait for it to reach the sentence just typed.
    const longSentence = async (): Promise<boolean> =>
      (await plain.findings(panel, 'Long sentences')).some(
        (line) => line.startsWith('“Going forward the ICB and VCS partners') && / — \d+ words/.test(line),
      );
    await expect.poll(longSentence, { timeout: 15_000 }).toBe(true);
    const acronyms = await plain.findings(panel, 'Unexplained acronyms');
    expect(acronyms.some((line) => line.startsWith('ICB'))).toBe(true);
    expect(acronyms.some((line) => line.startsWith('VCS'))).toBe(true);
    const words = await plain.findings(panel, 'Words to avoid');
    for (const expected of [
      '“utilise”: say “use”',
      '“partnership working”: say “working together”',
      '“deep dive”: say “close look”',
      '“stakeholders”: say “people and groups involved”',
    ]) {
      expect(
        words.some((line) => line.startsWith(expected)),
        expected,
      ).toBe(true);
    }
    // "Show" selects the words in the minute.
    await panel.getByRole('button', { name: 'Show “deep dive” in the text' }).click();
    expect(await live.editor.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value.slice(el.selectionStart, el.selectionEnd) : ''))).toBe(
      'deep dive',
    );
    await live.saved();
    await expectNoAxeViolations(session.page, 'live minutes with the readability panel open');
    await saveScreenshot(session.page, 'plain-english');
  });

  it('shows a readability check in the export dialog without stopping the export', async () => {
    const dialog = await ExportDialogPage.open(session.page, session.base, meeting.id);
    const plain = new PlainEnglishPage(session.page);
    const check = plain.exportCheck(dialog.dialog);
    await expect.poll(() => check.textContent()).toMatch(/Reading age \d+|Too short for a reading age/);
    expect(await check.textContent()).toContain('does not stop the export');
    await expectNoAxeViolations(session.page, 'export dialog with the plain English check');

    await dialog.choose('Document', 'Easy read agenda');
    await expect.poll(() => check.textContent()).toMatch(/no easy-read summary/);
    expect(await dialog.dialog.getByRole('group', { name: 'Version' }).count()).toBe(0);
    expect(await dialog.choices('Format')).toEqual(['PDF', 'Word (DOCX)']);
    const download = await dialog.exportAndDownload();
    expect(download.suggestedFilename()).toMatch(/ easy read agenda \(public\)\.pdf$/);
    await expectNoAxeViolations(session.page, 'export dialog, easy read agenda');
  });
});
