import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../shared/model/meeting';
import { comparableWords, pdfBodyText, requireTool } from '../integration/export/tools';
import { ApprovalPage } from './pages/approval-page';
import { madeFileBytes } from './pages/made-file';
import { callApi } from './support/api';
import { browserSession } from './support/session';

/*
 * What a chair approves on screen is what is printed: the approval screen draws the minutes from the document model
 * the PDF is made from. Compared word for word (white space and list labels aside, as the formats are compared)
 * for every meeting of the demo, held or not, signed or not.
 */
describe('the approval screen’s minutes and the printed minutes', () => {
  const session = browserSession({ openWithToken: true });
  let meetings: readonly Meeting[] = [];
  let dir: string;

  beforeAll(async () => {
    requireTool('pdftotext');
    dir = mkdtempSync(path.join(os.tmpdir(), 'minute-book-preview-'));
    const probe = await session.browser.newPage();
    await probe.goto(session.url);
    const [board] = await callApi(probe, session.token, 'boards.list', {});
    meetings = await callApi(probe, session.token, 'meetings.list', { boardId: board?.id ?? '' });
    await probe.close();
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('say the same words for every demo meeting', async () => {
    expect(meetings.length).toBeGreaterThanOrEqual(6);
    for (const meeting of meetings) {
      const approval = await ApprovalPage.open(session.page, session.base, meeting.id);
      await approval.printed.waitFor();
      const onScreen = await approval.printed.locator('.doc-preview__page').innerText();

      const file = await callApi(session.page, session.token, 'exports.render', {
        meetingId: meeting.id,
        kind: 'minutes',
        format: 'pdf',
        audience: 'private',
      });
      const pdf = path.join(dir, `${meeting.id}.pdf`);
      writeFileSync(pdf, await madeFileBytes(session.page, file));
      const onPaper = comparableWords(pdfBodyText(pdf));

      expect(onPaper.length, `${meeting.date}: the PDF has words`).toBeGreaterThan(100);
      expect(comparableWords(onScreen), `the minutes of ${meeting.date} (${meeting.status})`).toBe(onPaper);
    }
  });
});
