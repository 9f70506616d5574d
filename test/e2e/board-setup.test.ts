import { describe, expect, it } from 'vitest';
import { addDays, londonDateOf } from '../../shared/domain';
import { AgendaPage } from './pages/agenda-page';
import { BoardsPage } from './pages/boards-page';
import type { MeetingsPage } from './pages/meetings-page';
import { expectNoAxeViolations } from './support/axe';
import { saveScreenshot } from './support/screenshots';
import { browserSession } from './support/session';

const BOARD = 'Adult Social Care Partnership Board';
// A Thursday after New Year: Christmas, Boxing Day and New Year's Day all fall within the notice period.
const MEETING_DATE = '2030-01-03';
const today = londonDateOf(new Date());

describe('setting up a board, its members and its meetings in browser mode', () => {
  const session = browserSession({ demo: false });

  const openBoard = async (): Promise<MeetingsPage> => (await BoardsPage.open(session.page, session.url)).openBoard(BOARD);

  it('creates a board, saying what is wrong with the form first', async () => {
    const boards = await BoardsPage.open(session.page, session.url);
    expect(await boards.emptyState.textContent()).toContain('creating a board');
    const form = await boards.createBoard();

    await form.field('Short code').fill('1X');
    await form.submit();
    await form.errorSummary.waitFor();
    await expect.poll(() => form.errorSummary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await form.errorSummary.textContent()).toContain('Enter the board’s name');
    expect(await form.errorSummary.textContent()).toContain('Enter a short code of 1 to 12 letters');
    // Each message takes the clerk to its field, which says what is wrong too.
    await form.errorSummary.getByRole('button', { name: 'Enter the board’s name' }).click();
    await expect.poll(() => form.field('Name').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await form.field('Name').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(session.page, 'Create a board (with errors)');

    await form.fill({ name: BOARD, shortCode: 'ASCPB', kind: 'Partnership board', organisation: 'Riverside Borough Council', quorum: '4' });
    await form.standardItem('Public questions').getByLabel('Public questions').check();
    await form.standardItem('Public questions').getByLabel('Minutes allowed').fill('15');
    await form.standardItem('Any other business').getByLabel('Any other business').uncheck();
    await expectNoAxeViolations(session.page, 'Create a board');

    const board = await form.save(BOARD);
    expect(await board.boardFacts()).toMatchObject({ Kind: 'Partnership board', 'Short code': 'ASCPB', Quorum: '4 members' });
    expect(await board.main.locator('.empty-state').textContent()).toContain('Schedule the first meeting');
    await expectNoAxeViolations(session.page, 'A new board');
  });

  it("shows the backend's refusal of a short code that another board uses", async () => {
    const form = await (await BoardsPage.open(session.page, session.url)).createBoard();
    await form.fill({ name: 'Another board', shortCode: 'ascpb', quorum: '3' });
    await form.submit();
    await form.errorSummary.waitFor();
    expect(await form.errorSummary.textContent()).toContain(`The short code ascpb is already used by ${BOARD}`);
  });

  it('changes the board’s settings', async () => {
    const form = await (await openBoard()).openSettings();
    expect(await form.field('Name').inputValue()).toBe(BOARD);
    expect(await form.standardItem('Any other business').getByLabel('Any other business').isChecked()).toBe(false);
    await form.fill({ quorum: '5' });
    await form.field('Clerk’s name').fill('Michael Reid');
    await saveScreenshot(session.page, 'board-setup');
    const board = await form.save(BOARD);
    expect(await board.boardFacts()).toMatchObject({ Quorum: '5 members' });
  });

  it('keeps the board’s choice to print agenda numbers beside minute numbers and exempt items in the order taken', async () => {
    const form = await (await openBoard()).openSettings();
    const bothNumbers = form.main.getByRole('checkbox', { name: 'Print each item’s agenda number beside its minute number' });
    expect(await bothNumbers.isChecked()).toBe(false);
    expect(await form.field('Where exempt items go in the agenda and minutes').inputValue()).toBe('at-end');
    await bothNumbers.check();
    await form
      .field('Where exempt items go in the agenda and minutes')
      .selectOption({ label: 'Where they are placed on the agenda, in the order taken' });
    await expectNoAxeViolations(session.page, 'Board settings (agenda numbers and exempt items)');
    await form.save(BOARD);
    const again = await (await openBoard()).openSettings();
    expect(await again.main.getByRole('checkbox', { name: 'Print each item’s agenda number beside its minute number' }).isChecked()).toBe(true);
    expect(await again.field('Where exempt items go in the agenda and minutes').inputValue()).toBe('as-taken');
  });

  it('adds members, says how each is named in public, and keeps past members in history', async () => {
    const members = await (await openBoard()).openMembers();
    expect(await members.emptyState.textContent()).toContain('no members yet');

    await members.addNewMember({ name: 'Asha Patel', publicName: 'Cllr Asha Patel', kind: 'Councillor', role: 'Chair', from: '2024-05-01' });
    await members.addNewMember({ name: 'Maya Ellis', kind: 'Expert by experience', consent: false, role: 'Co-chair' });
    await members.addNewMember({ name: 'Helen Carter', kind: 'Officer', organisation: 'Riverside Borough Council', role: 'Officer in attendance' });
    await expect.poll(() => members.liveRegion.textContent()).toBe('Helen Carter added as officer in attendance');

    await expect.poll(() => members.names('Current members')).toEqual(['Asha Patel', 'Helen Carter', 'Maya Ellis']);
    expect(await members.facts('Asha Patel')).toMatchObject({
      Role: 'Chair',
      Votes: 'Yes',
      'In public documents': 'Cllr Asha Patel',
      Term: 'From 1 May 2024',
    });
    expect(await members.facts('Maya Ellis')).toMatchObject({ Kind: 'Expert by experience', 'In public documents': 'Not named: shown as co-chair' });
    // Officers in attendance do not vote unless the clerk says so.
    expect(await members.facts('Helen Carter')).toMatchObject({ Votes: 'No', Organisation: 'Riverside Borough Council' });

    await members.endMembership('Asha Patel', addDays(today, -1));
    // The list is read again after the dialog closes.
    await expect.poll(() => members.names('Current members'), { timeout: 10_000 }).toEqual(['Helen Carter', 'Maya Ellis']);
    expect(await members.names('Past members')).toEqual(['Asha Patel']);
    // Focus follows her card into the past members, rather than falling back to the top of the page.
    await expect
      .poll(() => session.page.evaluate(() => document.activeElement?.closest('.member-card')?.querySelector('h3')?.textContent), { timeout: 10_000 })
      .toBe('Asha Patel');

    await expectNoAxeViolations(session.page, 'Members');
    await saveScreenshot(session.page, 'members');
  });

  it('edits a member’s role and name in place', async () => {
    const members = await (await openBoard()).openMembers();
    await members.card('Maya Ellis').getByRole('button', { name: 'Edit Maya Ellis' }).click();
    const form = session.page.getByRole('form', { name: 'Edit Maya Ellis' });
    await expect.poll(() => form.getByLabel('Role').evaluate((el) => el === document.activeElement)).toBe(true);
    await form.getByLabel('Agrees to be named in public documents').check();
    await form.getByLabel('Role').selectOption({ label: 'Member' });
    await expectNoAxeViolations(session.page, 'Edit a member');
    await form.getByRole('button', { name: 'Save the changes' }).click();
    await form.waitFor({ state: 'detached' });
    // The list is asked for again once the change is saved: wait for the answer, as the clerk would.
    await expect.poll(() => members.facts('Maya Ellis')).toMatchObject({ Role: 'Member', 'In public documents': 'Maya Ellis' });
  });

  it('schedules a meeting, showing the publication deadline with bank holidays left out', async () => {
    const board = await openBoard();
    const form = await board.scheduleMeeting();
    await form.fill({ date: MEETING_DATE });
    // Five clear working days before Thursday 3 January 2030, not counting 25, 26 December and 1 January.
    await expect.poll(() => form.deadline.textContent()).toContain('Publish the agenda by Friday 21 December 2029');
    expect(await session.page.getByText('Thursday 3 January 2030', { exact: true }).count()).toBe(1);
    await form.fill({ startTime: '10:00', endTime: '09:00' });
    await form.main.getByRole('button', { name: 'Schedule the meeting' }).click();
    await form.errorSummary.waitFor();
    expect(await form.errorSummary.textContent()).toContain('The meeting must end after it starts');
    await expectNoAxeViolations(session.page, 'Schedule a meeting');

    await form.fill({ endTime: '12:00', venue: 'Committee Room 1, Riverside Town Hall' });
    const builder = await form.schedule();
    // The board's standard items, as changed in its settings: public questions in, any other business out.
    expect(await builder.printed()).toEqual([
      '1 Apologies for absence',
      '2 Declarations of interest',
      '3 Minutes of the previous meeting',
      '4 Matters arising and action log',
      '5 Public questions',
      '6 Date of next meeting',
    ]);

    const again = await openBoard();
    const [row] = await again.rows('Upcoming meetings');
    expect(row?.date).toBe('Thursday 3 January 2030');
    expect(await again.dueNote(row?.id ?? '').textContent()).toContain('Publish agenda by Friday 21 December 2029');
  });

  it('warns when a meeting is too soon for its agenda to go out in time', async () => {
    const form = await (await openBoard()).scheduleMeeting();
    await form.fill({ date: addDays(today, 2) });
    await expect.poll(() => form.deadline.textContent()).toMatch(/^Warning: The agenda is late/);
    const builder = await form.schedule();
    expect(await builder.deadline.textContent()).toMatch(/^Warning: The agenda is late: it should have been published by/);

    const board = await openBoard();
    const [row] = await board.rows('Upcoming meetings');
    expect(await board.dueNote(row?.id ?? '').textContent()).toMatch(/^Late Agenda was due by/);
    await expectNoAxeViolations(session.page, 'Board with a late agenda');
    await saveScreenshot(session.page, 'meetings-late-agenda');
  });

  it('rearranges a meeting, then cancels it, asking first', async () => {
    const board = await openBoard();
    const row = (await board.rows('Upcoming meetings')).find((r) => r.date === 'Thursday 3 January 2030');
    expect(row).toBeDefined();
    const meeting = await board.openMeeting(row?.id ?? '');
    expect(await meeting.deadline.textContent()).toContain('Friday 21 December 2029');

    const form = await meeting.changeDetails();
    await form.fill({ date: '2030-01-10', startTime: '14:00', endTime: '16:00' });
    await expect.poll(() => form.deadline.textContent()).toContain('Publish the agenda by Wednesday 2 January 2030');
    await expectNoAxeViolations(session.page, 'Change date, time or place');
    await form.main.getByRole('button', { name: 'Save the changes' }).click();
    const moved = new AgendaPage(session.page);
    await session.page.getByRole('heading', { level: 1, name: 'Thursday 10 January 2030' }).waitFor();
    await moved.settled();
    expect((await moved.meetingFacts()).Time).toBe('2.00 pm to 4.00 pm');

    // Emptying the end time removes it, rather than keeping the old one.
    const again = await moved.changeDetails();
    expect(await again.field('Ends at (optional)').inputValue()).toBe('16:00');
    await again.field('Ends at (optional)').fill('');
    await again.main.getByRole('button', { name: 'Save the changes' }).click();
    await session.page.getByRole('heading', { level: 1, name: 'Thursday 10 January 2030' }).waitFor();
    await moved.settled();
    await expect.poll(async () => (await moved.meetingFacts()).Time).toBe('2.00 pm');

    // Escape leaves the meeting as it was.
    await moved.main.getByRole('button', { name: 'Cancel the meeting' }).click();
    await moved.page.getByRole('dialog').waitFor();
    await expectNoAxeViolations(session.page, 'Cancel a meeting (dialog)');
    await session.page.keyboard.press('Escape');
    await moved.page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => session.page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel the meeting');
    expect((await moved.meetingFacts()).Status).toBe('Draft agenda');

    await moved.cancelMeeting('The chair is unwell; the business moves to February.');
    await expect.poll(async () => (await moved.meetingFacts()).Status).toBe('Cancelled');
    expect((await moved.meetingFacts())['Reason for cancelling']).toBe('The chair is unwell; the business moves to February.');
    expect(await moved.main.getByRole('button', { name: 'Cancel the meeting' }).count()).toBe(0);
    await expect.poll(() => moved.liveRegion.textContent()).toBe('Meeting cancelled');
    await expectNoAxeViolations(session.page, 'A cancelled meeting');
  });

  it('reflows its forms at 200% zoom (a 640-pixel-wide window)', async () => {
    await session.page.setViewportSize({ width: 640, height: 800 });
    const board = await openBoard();
    expect(await board.scrollsSideways()).toBe(false);
    const settings = await board.openSettings();
    expect(await settings.scrollsSideways()).toBe(false);
    await session.page.goBack();
    const members = await (await openBoard()).openMembers();
    expect(await members.scrollsSideways()).toBe(false);
    const form = await (await openBoard()).scheduleMeeting();
    expect(await form.scrollsSideways()).toBe(false);
  });
});
