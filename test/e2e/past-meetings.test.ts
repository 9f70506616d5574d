import { describe, expect, it } from 'vitest';
import type { Board } from '../../shared/model';
import { ApprovalPage } from './pages/approval-page';
import { AgendaBuilderPage } from './pages/agenda-builder-page';
import { BoardsPage } from './pages/boards-page';
import { LiveMinutesPage } from './pages/live-minutes-page';
import type { MeetingsPage } from './pages/meetings-page';
import { PastApprovalForm } from './pages/past-approval-form';
import { PasteMembersPanel } from './pages/paste-members-panel';
import { callApi } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { browserSession } from './support/session';

const BOARD = 'Learning Disability Partnership Board';
// A meeting of the 2024/25 municipal year, entered years later from its papers.
const PAST_MEETING = '2024-09-12';

describe('entering a board’s past meetings by hand', () => {
  const session = browserSession({ demo: false });
  let board: Board | undefined;

  // The board is made through the contract once: what is tested is entering its past.
  const openBoard = async (): Promise<MeetingsPage> => {
    if (board === undefined) {
      await BoardsPage.open(session.page, session.url);
      board = await callApi(session.page, session.token, 'boards.create', { name: BOARD, shortCode: 'LDPB', kind: 'partnership-board', quorum: 3 });
    }
    return (await BoardsPage.open(session.page, session.url)).openBoard(BOARD);
  };

  it('sets where the minute numbers start in a municipal year', async () => {
    const form = await (await openBoard()).openSettings();
    const starts = form.field('First minute number of a municipal year (optional)');
    await starts.fill('2024/26 45');
    await form.submit();
    await form.errorSummary.waitFor();
    expect(await form.errorSummary.textContent()).toContain(
      'Line 1, “2024/26 45”: write the municipal year, then its first minute number, as 2024/25 45',
    );
    await starts.fill('2024/25 45');
    await expect.poll(() => form.main.getByTestId('year-starts').textContent()).toBe('In the 2024/25 municipal year, the first minute is 45.');
    await expectNoAxeViolations(session.page, 'Board settings (first minute of a municipal year)');
    await form.save(BOARD);
    const again = await (await openBoard()).openSettings();
    expect(await again.field('First minute number of a municipal year (optional)').inputValue()).toBe('2024/25 45');
  });

  it('adds several members in a row, the form keeping the last role and dates', async () => {
    const members = await (await openBoard()).openMembers();
    // The form comes before the lists.
    const formFirst = await members.main.evaluate((main) => {
      const form = main.querySelector('form[aria-label="Add a member"]');
      const empty = main.querySelector('.empty-state');
      return form !== null && empty !== null && (form.compareDocumentPosition(empty) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(formFirst).toBe(true);
    await members.addNewMember({ name: 'Cllr Ruth Adebayo', kind: 'Councillor', role: 'Chair', from: '2024-05-01' });
    expect(await members.addForm.getByLabel('Role', { exact: true }).inputValue()).toBe('chair');
    expect(await members.addForm.getByLabel('Member from', { exact: true }).inputValue()).toBe('2024-05-01');
    expect(await members.addForm.getByLabel('Full name', { exact: true }).inputValue()).toBe('');
    await members.addNewMember({ name: 'Cllr Tom Briggs', role: 'Member' });
    await expect.poll(() => members.names('Current members')).toEqual(['Cllr Ruth Adebayo', 'Cllr Tom Briggs']);
    expect(await members.facts('Cllr Tom Briggs')).toMatchObject({ Role: 'Member', Kind: 'Councillor' });
    await expectNoAxeViolations(session.page, 'Members (after adding several in a row)');
  });

  it('pastes a list of members, marking the line it cannot read, and adds them all at once', async () => {
    const members = await (await openBoard()).openMembers();
    const paste = new PasteMembersPanel(session.page);
    await paste.open();
    await paste.fill({
      text: 'Name\tRole\tOrganisation\nSam Reid\tExpert by experience\tSpeakUp Riverside\nPriya Nair\tVice-chair\tRiverside Carers\nBob Stone\tGrand Wizard\t\n',
      kind: 'Carer',
      from: '2024-05-01',
    });
    await expect
      .poll(() => paste.previewRows())
      .toEqual([
        ['2', 'Sam Reid', 'Member', 'Expert by experience', 'SpeakUp Riverside'],
        ['3', 'Priya Nair', 'Vice-chair', 'Carer', 'Riverside Carers'],
        [
          '4',
          'Not read: “Bob Stone\tGrand Wizard”. “Grand Wizard” is not a role Minute Book knows, such as Chair, Vice-chair, Member, Substitute or Observer.',
        ],
      ]);
    expect(await paste.unreadRows.count()).toBe(1);
    await expectNoAxeViolations(session.page, 'Members (pasted list with a line not read)');
    await paste.submit();
    await paste.errorSummary.waitFor();
    expect(await paste.errorSummary.textContent()).toContain('Line 4 could not be read');
    expect(await members.names('Current members')).toEqual(['Cllr Ruth Adebayo', 'Cllr Tom Briggs']);

    await paste.list.fill(
      'Name\tRole\tOrganisation\nSam Reid\tExpert by experience\tSpeakUp Riverside\nPriya Nair\tVice-chair\tRiverside Carers\nBob Stone\tObserver\t\n',
    );
    await paste.submit();
    await expect
      .poll(() => members.names('Current members'))
      .toEqual(['Bob Stone', 'Cllr Ruth Adebayo', 'Cllr Tom Briggs', 'Priya Nair', 'Sam Reid']);
    await expect.poll(() => members.liveRegion.textContent()).toBe('3 members added from the list');
    expect(await members.facts('Priya Nair')).toMatchObject({ Role: 'Vice-chair', Kind: 'Carer', Organisation: 'Riverside Carers' });
    expect(await members.facts('Bob Stone')).toMatchObject({ Role: 'Observer', Votes: 'No' });
    expect(await paste.list.inputValue()).toBe('');
    await expectNoAxeViolations(session.page, 'Members (after pasting a list)');
  });

  it('enters a meeting that has already happened, its minutes and its past signature', async () => {
    const meetings = await openBoard();
    const form = await meetings.scheduleMeeting();
    await form.fill({ date: PAST_MEETING, startTime: '14:00', venue: 'Committee Room 2, Riverside Town Hall' });
    const happened = form.main.getByRole('checkbox', { name: 'This meeting has already happened' });
    expect(await happened.isChecked()).toBe(true);
    // No publication deadline, and so no late warning, for a meeting entered from its papers.
    expect(await form.deadline.count()).toBe(0);
    await expectNoAxeViolations(session.page, 'Schedule a meeting (already happened)');
    await form.main.getByRole('button', { name: 'Schedule the meeting' }).click();

    const builder = await AgendaBuilderPage.opened(session.page);
    await builder.publication.getByTestId('historic-note').waitFor();
    expect(await builder.publication.getByRole('button', { name: 'Publish the agenda' }).count()).toBe(0);
    await builder.addItem({ title: 'Day services review' });
    await expectNoAxeViolations(session.page, 'Build the agenda (a meeting that already happened)');

    await builder.publication.getByRole('link', { name: 'enter its minutes' }).click();
    const live = await LiveMinutesPage.opened(session.page);
    await live.editor.fill('Apologies were received from Cllr Tom Briggs.');
    await live.saved();
    await live.main.getByRole('link', { name: 'Record who signed the minutes, and when' }).click();

    const approval = await ApprovalPage.opened(session.page);
    expect(await approval.stepState('Record the approval and signature')).toBe('current');
    expect(await approval.step('Circulate the draft').count()).toBe(0);
    const past = new PastApprovalForm(session.page);
    await past.fill({ signer: 'Cllr Ruth Adebayo (chair)', signedOn: '2024-09-11', approvedOn: '2024-10-17' });
    await past.submit();
    await past.errorSummary.waitFor();
    expect(await past.errorSummary.textContent()).toContain('The minutes cannot be signed before the meeting on Thursday 12 September 2024');
    await past.form.getByLabel('Date signed', { exact: true }).fill('2024-10-17');
    await expectNoAxeViolations(session.page, 'Approval (recording a past signature)');
    await past.submit();
    await approval.announced('The past approval and signature are recorded.');
    await expect
      .poll(() => approval.step('Record the approval and signature').textContent())
      .toContain(
        'Approved as a correct record at the meeting of Thursday 17 October 2024 and signed by Cllr Ruth Adebayo on 17 October 2024. These minutes are locked.',
      );
    // The minutes are numbered from the board's first number of 2024/25.
    await expect.poll(() => approval.printed.textContent()).toContain('45.');
    await expectNoAxeViolations(session.page, 'Approval (past signature recorded)');
  });
});
