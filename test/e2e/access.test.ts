import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, londonDateOf } from '../../shared/domain';
import type { Input, Method, Output } from '../../shared/api/contract';
import type { Board, Meeting, Person } from '../../shared/model';
import { AccessPage, MemberAccessForm } from './pages/access-page';
import { AgendaPage } from './pages/agenda-page';
import { AgendaBuilderPage } from './pages/agenda-builder-page';
import { BoardsPage } from './pages/boards-page';
import { MembersPage } from './pages/members-page';
import { callApi } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { saveScreenshot } from './support/screenshots';
import { browserSession } from './support/session';

const today = londonDateOf(new Date());
const BOARD = 'Learning Disability Partnership Board';

// In order: needs are recorded on the form, then met on the checklist of the board's next meeting.
describe('the access-needs checklist, in browser mode', () => {
  const session = browserSession({ demo: false, openWithToken: true });

  let board: Board;
  let meeting: Meeting;
  let quiet: Meeting;
  let tom: Person;

  beforeAll(async () => {
    const probe = await session.browser.newPage();
    await probe.goto(session.url);
    const call = <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => callApi(probe, session.token, method, input);
    board = await call('boards.create', { name: BOARD, shortCode: 'LDPB', kind: 'partnership-board', quorum: 2 });
    const maya = await call('people.create', { name: 'Maya Ellis', kind: 'expert-by-experience', consentToBeNamed: true });
    tom = await call('people.create', { name: 'Tom Baker', kind: 'carer', consentToBeNamed: true, accessNeeds: [{ kind: 'step-free-access' }] });
    const asha = await call('people.create', { name: 'Asha Patel', publicName: 'Cllr Asha Patel', kind: 'councillor', consentToBeNamed: true });
    await call('members.add', { boardId: board.id, personId: maya.id, role: 'co-chair', termStart: addDays(today, -400) });
    await call('members.add', { boardId: board.id, personId: tom.id, role: 'member', termStart: addDays(today, -400), termEnd: addDays(today, 30) });
    await call('members.add', { boardId: board.id, personId: asha.id, role: 'co-chair', termStart: addDays(today, -400) });
    meeting = await call('meetings.create', {
      boardId: board.id,
      date: addDays(today, 21),
      startTime: '14:00',
      venue: 'Town Hall, Committee Room 2',
    });
    const other = await call('boards.create', { name: 'Quiet Board', shortCode: 'QB', kind: 'committee', quorum: 1 });
    await call('members.add', { boardId: other.id, personId: asha.id, role: 'chair', termStart: addDays(today, -400) });
    quiet = await call('meetings.create', { boardId: other.id, date: addDays(today, 14), startTime: '10:00' });
    await probe.close();
  });

  const openMembers = async (): Promise<MembersPage> => (await (await BoardsPage.open(session.page, session.url)).openBoard(BOARD)).openMembers();

  it('flags a term ending soon on the boards list and the members screen', async () => {
    const boards = await BoardsPage.open(session.page, session.url);
    await expect
      .poll(() =>
        boards
          .card(BOARD)
          .getByRole('link', { name: /term to review/ })
          .textContent(),
      )
      .toContain('1 member’s term to review');
    expect(
      await boards
        .card('Quiet Board')
        .getByRole('link', { name: /to review/ })
        .count(),
    ).toBe(0);
    await expectNoAxeViolations(session.page, 'Boards, with a term to review');

    const members = await openMembers();
    const reminders = session.page.getByRole('region', { name: /^Terms to review/ });
    expect(await reminders.textContent()).toContain('Tom Baker (Member): Term ends in 30 days');
    expect(await members.facts('Tom Baker')).toMatchObject({ Training: 'None recorded', 'Access needs': 'Step-free access' });
    await expectNoAxeViolations(session.page, 'Members, with a term to review');
  });

  it('records a member’s access needs and training on the person form, asking what an "other" need is', async () => {
    const members = await openMembers();
    const form = await MemberAccessForm.edit(session.page, 'Maya Ellis');
    await form.tickNeed('BSL interpreter');
    await form.tickNeed('Other');
    await form.tickNeed('Papers emailed early', 'A week before, as Word');
    await form.addTraining('Level 1', '2024-02-01', 'Introduction to co-production');
    await form.addTraining('Level 2', '2025-03-03');
    await expectNoAxeViolations(session.page, 'Edit a member, with access needs and training');
    await form.save();

    await form.errorSummary.waitFor();
    expect(await form.errorSummary.textContent()).toContain('Say what the other access need is');
    await form.errorSummary.getByRole('button', { name: 'Say what the other access need is' }).click();
    const otherDetail = form.needs.getByRole('textbox', { name: 'What do they need?' });
    await expect.poll(() => otherDetail.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await otherDetail.getAttribute('aria-invalid')).toBe('true');
    // Nothing typed is lost.
    expect(await form.needs.getByRole('textbox', { name: 'Details of “Papers emailed early” (optional)' }).inputValue()).toBe(
      'A week before, as Word',
    );
    await expectNoAxeViolations(session.page, 'Edit a member, with an error');

    await otherDetail.fill('A quiet room for breaks');
    await form.save();
    await form.form.waitFor({ state: 'detached' });
    // The list is asked for again once the change is saved: wait for the answer, as the clerk would.
    await expect
      .poll(() => members.facts('Maya Ellis'))
      .toMatchObject({
        Role: 'Co-chair',
        Training: 'Level 2, completed 3 March 2025',
        'Access needs': 'BSL interpreter, Papers emailed early, Other',
      });
  });

  it('flags unmet needs on the agenda and the agenda builder, and links to the checklist', async () => {
    await session.page.goto(`${session.base}#/meetings/${encodeURIComponent(meeting.id)}`);
    const agenda = new AgendaPage(session.page);
    await agenda.settled();
    const flag = session.page.getByTestId('unmet-access');
    await flag.waitFor();
    expect(await flag.textContent()).toContain('Access needs: 4 of 4 adjustments not yet arranged.');
    await expectNoAxeViolations(session.page, 'Agenda, with unmet access needs');

    await session.page.goto(`${session.base}#/meetings/${encodeURIComponent(meeting.id)}/agenda`);
    await AgendaBuilderPage.opened(session.page);
    await flag.waitFor();
    expect(await flag.textContent()).toContain('4 of 4 adjustments not yet arranged');
    await expectNoAxeViolations(session.page, 'Agenda builder, with unmet access needs');

    await flag.getByRole('link', { name: 'Open the access checklist' }).click();
    const access = await AccessPage.opened(session.page);
    expect(await access.summary.textContent()).toBe('4 of 4 adjustments not yet arranged.');
    expect(await access.people()).toEqual(['Maya Ellis', 'Tom Baker']);
    expect(await access.needs('Maya Ellis')).toEqual([
      ['BSL interpreter', 'Not arranged'],
      ['Papers emailed early', 'Not arranged'],
      ['Other', 'Not arranged'],
    ]);
    expect(await access.person('Maya Ellis').textContent()).toContain('“A quiet room for breaks”');
    await expectNoAxeViolations(session.page, 'Access checklist');
    await saveScreenshot(session.page, 'access-checklist');
  });

  it('arranges each need as the clerk ticks, and the flag goes', async () => {
    const access = await AccessPage.open(session.page, session.base, meeting.id);
    await access.setArranged('BSL interpreter', 'Maya Ellis', true);
    await expect.poll(() => access.summary.textContent()).toBe('3 of 4 adjustments not yet arranged.');
    await access.writeNote('BSL interpreter', 'Maya Ellis', 'Booked through Signworks');
    await access.setArranged('Papers emailed early', 'Maya Ellis', true);
    await access.setArranged('Other', 'Maya Ellis', true);
    await access.setArranged('Step-free access', 'Tom Baker', true);
    await expect.poll(() => access.summary.textContent()).toBe('All 4 adjustments arranged.');
    await expectNoAxeViolations(session.page, 'Access checklist, all arranged');

    // Saved, not just shown: a fresh load says the same.
    await session.page.reload();
    const again = await AccessPage.opened(session.page);
    expect(await again.summary.textContent()).toBe('All 4 adjustments arranged.');
    expect(await again.noteBox('BSL interpreter', 'Maya Ellis').inputValue()).toBe('Booked through Signworks');

    await session.page.goto(`${session.base}#/meetings/${encodeURIComponent(meeting.id)}`);
    await new AgendaPage(session.page).settled();
    await session.page.getByRole('heading', { level: 2, name: 'Agenda', exact: true }).or(session.page.locator('.empty-state')).first().waitFor();
    expect(await session.page.getByTestId('unmet-access').count()).toBe(0);
  });

  it('leaves off someone who sends apologies', async () => {
    await callApi(session.page, session.token, 'attendance.set', { meetingId: meeting.id, personId: tom.id, status: 'apologies' });
    const access = await AccessPage.open(session.page, session.base, meeting.id);
    expect(await access.people()).toEqual(['Maya Ellis']);
    expect(await access.summary.textContent()).toBe('All 3 adjustments arranged.');
  });

  it('says what to do when nobody expected has told us of a need', async () => {
    const access = await AccessPage.open(session.page, session.base, quiet.id);
    expect(await access.emptyState.textContent()).toContain('No one expected at this meeting has told us of an access need.');
    await expect.poll(() => access.emptyState.getByRole('link', { name: 'Record needs on a member’s details' }).count()).toBe(1);
    await expectNoAxeViolations(session.page, 'Access checklist, empty');
  });
});
