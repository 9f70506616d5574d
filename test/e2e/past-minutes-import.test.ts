import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Board } from '../../shared/model';
import { printFixture } from '../support/past-minutes/print-fixture';
import { BoardsPage } from './pages/boards-page';
import { PastMinutesPage, type PickedFile } from './pages/past-minutes-page';
import { callApi } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { tabTo } from './support/keyboard';
import { saveScreenshot } from './support/screenshots';
import { browserSession } from './support/session';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/past-minutes');
const BOARD = 'Rotherham Health and Wellbeing Board';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('bringing in past minutes from Word and PDF', () => {
  const session = browserSession({ demo: false });
  let minutes: { docx: Buffer; pdf: Buffer };
  let statement: Buffer;
  let board: Board | undefined;
  beforeAll(async () => {
    const printed = await printFixture(readFileSync(path.join(FIXTURES, 'rotherham-style-hwb.md'), 'utf8'), 'hwb-2014-10-15');
    minutes = { docx: Buffer.from(printed.docx), pdf: Buffer.from(printed.pdf) };
    const notMinutes = await printFixture(readFileSync(path.join(FIXTURES, 'not-minutes-position-statement.md'), 'utf8'), 'statement');
    statement = Buffer.from(notMinutes.docx);
  });

  const open = async (): Promise<PastMinutesPage> => {
    await BoardsPage.open(session.page, session.url);
    board ??= await callApi(session.page, session.token, 'boards.create', {
      name: BOARD,
      shortCode: 'HWB',
      kind: 'health-and-wellbeing-board',
      quorum: 3,
    });
    const meetings = await (await BoardsPage.open(session.page, session.url)).openBoard(BOARD);
    const link = meetings.main.getByRole('link', { name: 'Bring in past minutes' });
    await tabTo(session.page, link);
    await session.page.keyboard.press('Enter');
    const screen = new PastMinutesPage(session.page);
    await expect.poll(() => screen.heading.textContent()).toBe('Bring in past minutes');
    return screen;
  };

  it('reads several files with a progress bar, says which are not minutes or cannot be read, and stores nothing', async () => {
    const screen = await open();
    await expectNoAxeViolations(session.page, 'Bring in past minutes (nothing picked)');
    const files: PickedFile[] = [
      { name: 'hwb-2014-10-15.pdf', mimeType: 'application/pdf', buffer: minutes.pdf },
      { name: 'position-statement.docx', mimeType: DOCX, buffer: statement },
      { name: 'broken.docx', mimeType: DOCX, buffer: Buffer.from('PK\u0003\u0004 not really a Word file') },
    ];
    await screen.pick(files);
    await expect.poll(() => screen.progress.textContent()).toBe('Read 3 of 3 files');
    const rows = await screen.rows();
    expect(rows.map((r) => r[0])).toEqual(['hwb-2014-10-15.pdf', 'position-statement.docx', 'broken.docx']);
    expect(rows[0]?.[1]).toMatch(/^Wednesday 15 October 2014: \d+ items, \d+ decisions, \d+ actions, \d+ people/);
    expect(rows[1]?.[2]).toBe('Not brought in');
    expect(rows[2]?.[1]).toContain('"broken.docx" looks damaged');
    expect(rows[2]?.[2]).toBe('Not brought in');
    await expectNoAxeViolations(session.page, 'Bring in past minutes (three files read)');
    await saveScreenshot(session.page, 'past-minutes-files');
    expect(await callApi(session.page, session.token, 'meetings.list', {})).toEqual([]);
  });

  it('reviews a file beside its text by keyboard alone, and stores the corrected minutes as a past meeting', async () => {
    const screen = await open();
    await screen.pick([{ name: 'hwb-2014-10-15.docx', mimeType: DOCX, buffer: minutes.docx }]);
    await expect.poll(() => screen.progress.textContent()).toBe('Read 1 of 1 files');
    await tabTo(session.page, screen.reviewButton('hwb-2014-10-15.docx'));
    await session.page.keyboard.press('Enter');
    await screen.review.waitFor();
    await expectNoAxeViolations(session.page, 'Review of past minutes');

    // The date was read from a line of the file: showing it marks and focuses that line.
    const show = screen.review.getByRole('button', { name: /where the date was read$/ });
    await tabTo(session.page, show);
    await session.page.keyboard.press('Enter');
    await expect.poll(() => session.page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('15th October, 2014');
    await saveScreenshot(session.page, 'past-minutes-review');

    // The clerk corrects the venue, then accepts.
    const venue = screen.review.getByLabel('Venue', { exact: true });
    await tabTo(session.page, venue);
    await session.page.keyboard.press('ControlOrMeta+A');
    await session.page.keyboard.type('Council Chamber, Rotherham Town Hall');
    await tabTo(session.page, screen.acceptButton);
    await session.page.keyboard.press('Enter');
    await expect.poll(() => screen.row('hwb-2014-10-15.docx').textContent()).toContain('Stored');

    const [meeting] = await callApi(session.page, session.token, 'meetings.list', {});
    expect(meeting).toMatchObject({ date: '2014-10-15', startTime: '09:00', venue: 'Council Chamber, Rotherham Town Hall' });
    expect(meeting?.historic?.source).toEqual({ fileName: 'hwb-2014-10-15.docx', format: 'docx' });
    const detail = await callApi(session.page, session.token, 'meetings.get', { id: meeting?.id ?? '' });
    expect(detail.items.map((i) => i.title)).toContain('Declarations of Interest');
    expect(detail.resolutions.map((r) => r.kind)).toContain('RESOLVED');
  });
});
