import { beforeAll, describe, expect, it } from 'vitest';
import { docText } from '../../shared/document/text';
import type { Meeting } from '../../shared/model/meeting';
import { LiveMinutesPage } from './pages/live-minutes-page';
import { callApi } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { browserSession } from './support/session';

// One meeting's attendance recorded as a clerk would, then read back from the minutes as they print.
describe('recording who was at a meeting, as the minutes print it', () => {
  const session = browserSession({ openWithToken: true });
  let meeting: Meeting;

  const minutesText = async (): Promise<string> => {
    const preview = await callApi(session.page, session.token, 'exports.preview', {
      boardId: meeting.boardId,
      meetingId: meeting.id,
      kind: 'minutes',
      audience: 'private',
    });
    return docText(preview.doc);
  };

  beforeAll(async () => {
    const probe = await session.browser.newPage();
    await probe.goto(session.url);
    const [board] = await callApi(probe, session.token, 'boards.list', {});
    const meetings = await callApi(probe, session.token, 'meetings.list', { boardId: board?.id ?? '' });
    const upcoming = meetings.find((m) => m.status === 'agenda-published');
    if (upcoming === undefined) throw new Error('The demo has no upcoming meeting with a published agenda');
    meeting = upcoming;
    await probe.close();
  });

  it('prints no apologies line until the clerk says none were received, and then the word and the minute taker', async () => {
    const live = await LiveMinutesPage.open(session.page, session.base, meeting.id);
    await live.setAttendance('Amina Okafor', 'Present');
    // The agenda's "Apologies for absence" item is there; no line says there were, or were not, any apologies.
    const before = await minutesText();
    expect(before).not.toContain('There were no apologies');
    expect(before).not.toContain('Apologies for absence were received');

    const none = live.attendance.getByRole('checkbox', { name: 'No apologies were received' });
    // The box shows what the backend holds: it is ticked once the change is saved, not on the click.
    await none.click();
    await live.announced('Recorded: no apologies were received.');
    await expect.poll(() => none.isChecked()).toBe(true);
    const taker = live.attendance.getByLabel('Minutes taken by (optional)');
    await taker.fill('Michael Reid, Democratic Services Officer');
    await live.attendance.getByRole('button', { name: 'Save the minute taker' }).click();
    await live.announced('Minutes taken by Michael Reid');
    await expectNoAxeViolations(session.page, 'live minutes, attendance with no apologies and the minute taker');

    const text = await minutesText();
    expect(text).toContain('Apologies\nThere were no apologies for absence.');
    expect(text).toContain('Minutes taken by: Michael Reid, Democratic Services Officer');
  });

  it('takes back "no apologies" when an apology is recorded, and prints an observer and a departure after an item', async () => {
    const live = await LiveMinutesPage.open(session.page, session.base, meeting.id);
    await live.setAttendance('Peter Holloway', 'Apologies');
    await expect.poll(() => live.attendance.getByRole('checkbox', { name: 'No apologies were received' }).count()).toBe(0);

    await live.attendanceOf('Helen Carter').selectOption({ label: 'Observing' });
    await live.announced('Helen Carter: Observing.');
    await live.setAttendance('Dev Sharma', 'Present');
    await live.goToItem('3');
    await live.rosterRow('Dev Sharma').getByRole('button', { name: 'Left after item 3 (Dev Sharma)' }).click();
    await live.announced('Dev Sharma left after item 3.');
    expect(await live.rosterRow('Dev Sharma').textContent()).toContain('Left after item 3');

    const text = await minutesText();
    expect(text).toContain('Apologies for absence were received from');
    expect(text).not.toContain('There were no apologies');
    expect(text).toMatch(/Also present \(observing\)\n[^\n]*Helen Carter/);
    expect(text).toMatch(/Dev Sharma[^\n]*\(until the end of item 3\)/);
    expect(text).toMatch(/Dev Sharma left the meeting after item 3/);
  });
});
