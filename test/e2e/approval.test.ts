import { beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../shared/api/views';
import type { Meeting } from '../../shared/model/meeting';
import { ApprovalPage } from './pages/approval-page';
import { LiveMinutesPage } from './pages/live-minutes-page';
import { callApi } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { saveScreenshot } from './support/screenshots';
import { browserSession } from './support/session';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** "Tuesday 27 October 2026", written out here so the test checks the house style rather than reusing it. */
const longDate = (iso: string): string => {
  const d = new Date(`${iso}T12:00:00Z`);
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

// In order, as the minutes of the demo's last meeting go from drafted to signed and then get a correction.
describe('approving and signing minutes, and correcting them afterwards, in browser mode', () => {
  const session = browserSession({ openWithToken: true });

  let drafted: Meeting;
  let next: Meeting;

  const detail = (id: string): Promise<MeetingDetail> => callApi(session.page, session.token, 'meetings.get', { id });

  beforeAll(async () => {
    const probe = await session.browser.newPage();
    await probe.goto(session.url);
    const [board] = await callApi(probe, session.token, 'boards.list', {});
    const meetings = await callApi(probe, session.token, 'meetings.list', { boardId: board?.id ?? '' });
    const awaiting = meetings.find((m) => m.status === 'minutes-drafted');
    const upcoming = meetings.find((m) => m.status === 'agenda-published');
    if (awaiting === undefined || upcoming === undefined) throw new Error('The demo has no drafted minutes awaiting approval at an upcoming meeting');
    [drafted, next] = [awaiting, upcoming];
    await probe.close();
  });

  it('shows the steps from held to signed, and the draft minutes with their numbers and decisions', async () => {
    const approval = await ApprovalPage.open(session.page, session.base, drafted.id);
    expect(await approval.heading.textContent()).toContain(`Approval of the minutes of ${longDate(drafted.date)}`);
    expect(await approval.stepState('Hold the meeting')).toBe('done');
    expect(await approval.stepState('Draft the minutes')).toBe('done');
    expect(await approval.stepState('Circulate the draft')).toBe('done');
    expect(await approval.stepState('Approve and sign')).toBe('current');
    expect(await approval.approveForm.textContent()).toContain(`Approved at the meeting of ${longDate(next.date)}`);

    const minutes = await detail(drafted.id);
    const business = minutes.items.find((i) => i.standardKind === undefined && minutes.resolutions.some((r) => r.itemId === i.id));
    expect(business?.minuteLabel).toMatch(/^\d+\.$/);
    // The minutes as they print: the document's headings are headings of the page, under the section's own.
    await approval.printed.waitFor();
    expect(await approval.printed.getByRole('heading', { level: 4, name: `${business?.minuteLabel ?? ''} ${business?.title ?? ''}` }).count()).toBe(
      1,
    );
    const printed = await approval.printed.innerText();
    expect(printed).toContain('Draft: these minutes have not yet been approved as a correct record.');
    expect(printed).toContain('RESOLVED:');
    expect(printed).toMatch(/Reference: RCPB\/\d{4}\/\d+-1/);

    await expectNoAxeViolations(session.page, 'Approval');
    await saveScreenshot(session.page, 'approval');
  });

  it('approves the minutes as a correct record at the next meeting, and the chair’s signature locks them', async () => {
    const approval = await ApprovalPage.open(session.page, session.base, drafted.id);
    const form = approval.approveForm;
    await form.getByLabel('Signed by').selectOption({ label: 'Cllr Amina Okafor (co-chair)' });
    expect(await form.getByLabel('Date signed').inputValue()).toBe(next.date);
    await form.getByRole('button', { name: 'Approve and sign the minutes' }).click();
    expect(await form.locator('.error-summary').textContent()).toContain('Confirm that the chair has signed the minutes.');
    await form.getByLabel(/^The chair has signed these minutes/).check();
    await form.getByRole('button', { name: 'Approve and sign the minutes' }).click();
    await approval.announced('The minutes are approved and signed.');
    expect(await approval.stepState('Approve and sign')).toBe('done');
    expect(await approval.step('Approve and sign').textContent()).toContain(
      `at the meeting of ${longDate(next.date)} and signed by Cllr Amina Okafor`,
    );

    // The preview is drawn again from the signed minutes: approved, with the chair's name under the signature.
    await expect
      .poll(() => approval.printed.innerText())
      .toContain(`These minutes were approved as a correct record at the meeting held on ${longDate(next.date)}`);
    expect((await approval.printed.innerText()).replace(/\s+/g, ' ')).toContain(`Cllr Amina Okafor (Co-chair) Date: ${longDate(next.date)}`);

    const signed = await detail(drafted.id);
    expect(signed.meeting.status).toBe('minutes-signed');
    expect(signed.locked).toBe(true);
    expect(signed.meeting.approval).toMatchObject({ atMeetingId: next.id, signature: { name: 'Cllr Amina Okafor', signedOn: next.date } });

    // The next meeting's "Minutes of the previous meeting" item carries the decision and the minute.
    const after = await detail(next.id);
    const item = after.items.find((i) => i.standardKind === 'previous-minutes');
    expect(after.resolutions.filter((r) => r.itemId === item?.id).map((r) => r.parts[0]?.text)).toEqual([
      `That the minutes of the meeting held on ${longDate(drafted.date)} be approved as a correct record.`,
    ]);
    expect(after.minutes.find((m) => m.itemId === item?.id)?.text).toBe(
      `The minutes of the meeting held on ${longDate(drafted.date)} were approved as a correct record and signed by Cllr Amina Okafor.`,
    );
  });

  it('shows signed minutes read-only, and the backend refuses any change as locked', async () => {
    const live = await LiveMinutesPage.open(session.page, session.base, drafted.id);
    expect(await live.editor.getAttribute('readonly')).not.toBeNull();
    expect(await live.main.getByRole('button', { name: 'Add a decision' }).count()).toBe(0);
    expect(await live.main.getByRole('button', { name: 'Add an action' }).count()).toBe(0);
    expect(await live.main.textContent()).toContain('these minutes are a permanent record and cannot be changed');
    expect(await live.saveState.count()).toBe(0);
    await expectNoAxeViolations(session.page, 'Live minutes, signed');

    const item = (await detail(drafted.id)).items[0];
    const refused = await callApi(session.page, session.token, 'minutes.save', {
      meetingId: drafted.id,
      itemId: item?.id ?? '',
      text: 'Changed after signing',
    }).then(
      () => 'accepted',
      (error: unknown) => String(error),
    );
    expect(refused).toContain('"code":"locked"');
  });

  it('records a correction as a minute of a later meeting that points back to the minute it corrects', async () => {
    const approval = await ApprovalPage.open(session.page, session.base, drafted.id);
    const target = (await detail(drafted.id)).items.find((i) => i.title === 'Transport to day services');
    expect(target).toBeDefined();
    const form = approval.correctionForm;
    await form.getByLabel('Minute being corrected').selectOption({ label: `${target?.minuteLabel ?? ''} ${target?.title ?? ''}` });
    await form
      .getByLabel('The correction, as it is to be minuted')
      .fill('The minute should have recorded that journeys of up to two hours were reported.');
    await form.getByRole('button', { name: 'Record the correction' }).click();
    await approval.announced(`The correction is minuted at the meeting of ${longDate(next.date)}.`);
    await expect.poll(() => approval.main.getByRole('region', { name: 'Corrections' }).textContent()).toContain('journeys of up to two hours');

    const later = await detail(next.id);
    const correction = later.minutes.find((m) => m.corrects !== undefined);
    expect(correction?.corrects).toEqual({ meetingId: drafted.id, itemId: target?.id });
    expect(later.items.find((i) => i.id === correction?.itemId)?.title).toBe(`Correction to the minutes of ${longDate(drafted.date)}`);
    // The signed minutes themselves are untouched.
    expect((await detail(drafted.id)).minutes.find((m) => m.itemId === target?.id)?.text).not.toContain('two hours');
  });

  it('holds the next meeting, drafts its minutes with their numbers, and marks them circulated', async () => {
    const approval = await ApprovalPage.open(session.page, session.base, next.id);
    expect(await approval.stepState('Hold the meeting')).toBe('current');
    await approval.step('Hold the meeting').getByRole('button', { name: 'Mark the meeting as held' }).click();
    await approval.announced('The meeting is marked as held.');
    await approval.step('Draft the minutes').getByRole('button', { name: 'Draft the minutes' }).click();
    await approval.announced('The minutes are drafted and numbered.');
    await approval.step('Circulate the draft').getByRole('button', { name: 'Mark as circulated' }).click();
    await approval.announced('The draft minutes are marked as circulated.');
    expect(await approval.stepState('Circulate the draft')).toBe('done');
    const after = await detail(next.id);
    expect(after.meeting.status).toBe('minutes-drafted');
    expect(after.meeting.minutesCirculatedAt).toBeDefined();
    expect(after.items.filter((i) => i.depth === 0).every((i) => i.minuteNumber !== undefined)).toBe(true);
    // The minutes of the previous meeting, approved earlier, now carry their reference.
    expect(after.resolutions.every((r) => r.reference !== undefined)).toBe(true);
  });
});
