import { beforeAll, describe, expect, it } from 'vitest';
import { AgendaBuilderPage } from './pages/agenda-builder-page';
import { AgendaPage } from './pages/agenda-page';
import { madeFileBytes } from './pages/made-file';
import { callApi } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { saveScreenshot } from './support/screenshots';
import { browserSession } from './support/session';

const CARRIED_ACTION = 'Report back on waiting times for day services.';

/**
 * One board with an earlier meeting that left an action open, and the meeting whose agenda the tests build, step
 * by step: each test starts where the last one finished.
 */
describe('building an agenda in browser mode', () => {
  const session = browserSession({ demo: false });

  let meetingId = '';

  beforeAll(async () => {
    const probe = await session.browser.newPage();
    await probe.goto(session.url);
    const board = await callApi(probe, session.token, 'boards.create', {
      name: 'Learning Disability Partnership Board',
      shortCode: 'LDPB',
      kind: 'partnership-board',
      quorum: 4,
    });
    const earlier = await callApi(probe, session.token, 'meetings.create', {
      boardId: board.id,
      date: '2029-11-06',
      startTime: '14:00',
      withStandardItems: false,
    });
    const item = await callApi(probe, session.token, 'agenda.add', { meetingId: earlier.id, title: 'Day services review', purpose: 'discussion' });
    await callApi(probe, session.token, 'actions.add', {
      meetingId: earlier.id,
      itemId: item.id,
      text: CARRIED_ACTION,
      owner: { kind: 'organisation', name: 'Riverside Community Voice' },
      due: { kind: 'date', date: '2029-12-20' },
    });
    // Tuesday 8 January 2030: 25 and 26 December and 1 January fall in the notice period.
    const meeting = await callApi(probe, session.token, 'meetings.create', {
      boardId: board.id,
      date: '2030-01-08',
      startTime: '14:00',
      endTime: '15:00',
      withStandardItems: true,
    });
    meetingId = meeting.id;
    await probe.close();
  });

  const openBuilder = async (): Promise<AgendaBuilderPage> => {
    await session.page.goto(session.url);
    await session.page.getByRole('heading', { level: 1, name: 'Boards' }).waitFor();
    await session.page.evaluate(
      (hash) => {
        window.location.hash = hash;
      },
      `#/meetings/${encodeURIComponent(meetingId)}/agenda`,
    );
    return AgendaBuilderPage.opened(session.page);
  };

  const focusedItem = (): Promise<string | null | undefined> =>
    session.page.evaluate(() => document.activeElement?.closest('li[data-item-number]')?.getAttribute('data-item-number'));

  it('starts from the standard items, with the open actions of earlier meetings under matters arising', async () => {
    const builder = await openBuilder();
    expect(await builder.printed()).toEqual([
      '1 Apologies for absence',
      '2 Declarations of interest',
      '3 Minutes of the previous meeting',
      '4 Matters arising and action log',
      '5 Any other business',
      '6 Date of next meeting',
    ]);
    expect(await builder.carriedActions().allTextContents()).toEqual([expect.stringContaining(CARRIED_ACTION)]);
    expect(await builder.carriedActions().first().textContent()).toContain('Riverside Community Voice, due 20 December 2029');
    expect(await builder.timing()).toMatchObject({ Starts: '2.00 pm', 'Time allowed in all': '25 minutes', 'Projected end': '2.25 pm' });
    expect(await builder.deadline.textContent()).toContain('Publish the agenda by Friday 28 December 2029');
    await expectNoAxeViolations(session.page, 'Agenda builder');
  });

  it('adds items before the closing standard items, with a running total and projected end time', async () => {
    const builder = await openBuilder();
    await builder.addItem({
      title: 'Budget monitoring',
      purpose: 'For decision',
      presenter: 'Jo Bloggs, Finance Manager',
      minutes: '20',
      recommendations: 'That the Board notes the forecast.\nThat savings proposals come to the next meeting.',
    });
    await builder.addItem({ title: 'Housing repairs', minutes: '15' });
    await expect.poll(() => builder.liveRegion.textContent()).toBe('Item added: Housing repairs');
    await expect.poll(focusedItem).toBe('6');
    expect((await builder.printed()).slice(4)).toEqual([
      '5 Budget monitoring',
      '6 Housing repairs',
      '7 Any other business',
      '8 Date of next meeting',
    ]);
    expect(await builder.facts('Budget monitoring')).toEqual({
      Purpose: 'For decision',
      'Presented by': 'Jo Bloggs, Finance Manager',
      'Time allowed': '20 minutes',
      'Running total': '39 minutes, to about 2.39 pm',
    });
    expect(await builder.timing()).toMatchObject({ 'Time allowed in all': '1 hour', 'Projected end': '3.00 pm', 'Planned end': '3.00 pm' });
    expect(await session.page.getByTestId('timing-summary').textContent()).not.toContain('Warning');

    await builder.addItem({ title: 'Adult social care charging', minutes: '10' });
    expect(await builder.timing()).toMatchObject({ 'Time allowed in all': '1 hour 10 minutes', 'Projected end': '3.10 pm' });
    expect(await session.page.getByTestId('timing-summary').textContent()).toContain('the items take 10 minutes longer than the meeting');
  });

  it('reorders with the keyboard, numbering following and focus staying with the moved item', async () => {
    const builder = await openBuilder();
    await builder.moveByKey('Housing repairs', 'ArrowUp');
    expect((await builder.printed()).slice(4, 7)).toEqual(['5 Housing repairs', '6 Budget monitoring', '7 Adult social care charging']);
    await expect.poll(() => builder.liveRegion.textContent()).toBe('“Housing repairs” is now item 5.');
    await expect.poll(focusedItem).toBe('5');

    await builder.move('Housing repairs', 'Move down');
    expect(await builder.number('Housing repairs')).toBe('6');
    await expect.poll(() => session.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['control'])).toBe('down');

    await builder.button('Apologies for absence', 'Edit').focus();
    await session.page.keyboard.press('Alt+ArrowUp');
    await builder.announced('“Apologies for absence” cannot move that way.');
    expect(await builder.number('Apologies for absence')).toBe('1');

    // Escape closes the editor without saving, and focus goes back to the Edit button it came from.
    await builder.openEditor('Budget monitoring');
    await builder.fillEditor({ title: 'Not saved' });
    await session.page.keyboard.press('Escape');
    await builder.editor.waitFor({ state: 'detached' });
    await expect.poll(() => session.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['control'])).toBe('edit');
    await expect.poll(focusedItem).toBe('5');
    expect(await builder.number('Budget monitoring')).toBe('5');
    expect(await builder.row('Budget monitoring').textContent()).not.toContain('Not saved');
  });

  it('nests an item as a sub-item (6.1) and brings it out again', async () => {
    const builder = await openBuilder();
    await builder.move('Housing repairs', 'Make a sub-item');
    expect((await builder.printed()).slice(4, 7)).toEqual(['5 Budget monitoring', '5.1 Housing repairs', '6 Adult social care charging']);
    await expect.poll(() => builder.liveRegion.textContent()).toBe('“Housing repairs” is now item 5.1, under “Budget monitoring”.');

    await builder.moveByKey('Housing repairs', 'ArrowLeft');
    expect((await builder.printed()).slice(4, 7)).toEqual(['5 Budget monitoring', '6 Housing repairs', '7 Adult social care charging']);

    await builder.addSubItem('Budget monitoring', { title: 'Capital programme', minutes: '5' });
    expect((await builder.printed()).slice(4, 7)).toEqual(['5 Budget monitoring', '5.1 Capital programme', '6 Housing repairs']);
  });

  it('reorders by dragging an item with the mouse', async () => {
    // Tall enough for both items to be on screen at once, as a clerk would scroll them before dragging.
    await session.page.setViewportSize({ width: 1280, height: 2600 });
    const builder = await openBuilder();
    await builder.dragBefore('Adult social care charging', 'Budget monitoring');
    expect((await builder.printed()).slice(4, 8)).toEqual([
      '5 Adult social care charging',
      '6 Budget monitoring',
      '6.1 Capital programme',
      '7 Housing repairs',
    ]);
  });

  it('marks an item exempt with its Schedule 12A paragraph, moving it to the private part', async () => {
    const builder = await openBuilder();
    const editor = await builder.openEditor('Housing repairs');
    await expect.poll(() => editor.getByLabel('Title', { exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
    await editor.getByRole('radio', { name: /^Exempt item/ }).check();
    await builder.saveEditor();
    const summary = editor.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Choose the category of exempt information');
    await expectNoAxeViolations(session.page, 'Agenda builder (editing an item, with an error)');

    await editor.getByRole('radio', { name: 'Paragraph 3', exact: true }).check();
    await builder.saveEditor();
    await editor.waitFor({ state: 'detached' });
    await builder.privatePart.waitFor();
    // After every public item, the closing items included: they move up to fill its place.
    expect(await builder.printed(builder.privatePart)).toEqual(['9 Housing repairs']);
    expect((await builder.printed(builder.publicPart)).slice(-2)).toEqual(['7 Any other business', '8 Date of next meeting']);
    expect(await builder.tags('Housing repairs').textContent()).toContain('Private');
    expect(await builder.row('Housing repairs').textContent()).toContain(
      'Paragraph 3: Information relating to the financial or business affairs of any particular person',
    );
  });

  it('attaches a report, copying it into the store, and removes one after asking', async () => {
    const builder = await openBuilder();
    await builder.attach('Budget monitoring', { name: 'budget-report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 budget') });
    await builder.attach('Capital programme', {
      name: 'capital-programme.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 capital'),
    });
    expect(await builder.papers('Budget monitoring').allTextContents()).toEqual([expect.stringContaining('budget-report.pdf')]);
    const stored = await callApi(session.page, session.token, 'meetings.get', { id: meetingId });
    const paper = stored.attachments.find((a) => a.originalName === 'budget-report.pdf');
    expect(paper?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const copy = await callApi(session.page, session.token, 'attachments.read', { meetingId, id: paper?.id ?? '' });
    expect((await madeFileBytes(session.page, copy.file)).toString()).toBe('%PDF-1.4 budget');

    await builder.row('Budget monitoring').getByRole('button', { name: 'Remove budget-report.pdf' }).click();
    await builder.dialog.waitFor();
    expect(await builder.dialog.getByRole('heading').textContent()).toBe('Remove “budget-report.pdf” from item 6?');
    await expectNoAxeViolations(session.page, 'Agenda builder (removing a paper)');
    await builder.dialog.getByRole('button', { name: 'Keep it' }).click();
    expect(await builder.papers('Budget monitoring').count()).toBe(1);

    await builder.row('Budget monitoring').getByRole('button', { name: 'Remove budget-report.pdf' }).click();
    await builder.dialog.getByRole('button', { name: 'Remove the paper' }).click();
    await builder.dialog.waitFor({ state: 'detached' });
    await expect.poll(() => builder.papers('Budget monitoring').count()).toBe(0);
  });

  it('removes an item after asking, renumbering the rest', async () => {
    const builder = await openBuilder();
    await builder.button('Adult social care charging', 'Remove').click();
    await builder.dialog.waitFor();
    expect(await builder.dialog.getByRole('heading').textContent()).toBe('Remove item 5, “Adult social care charging”?');
    await builder.dialog.getByRole('button', { name: 'Remove the item' }).click();
    await builder.dialog.waitFor({ state: 'detached' });
    await builder.item('Adult social care charging').waitFor({ state: 'detached' });
    expect((await builder.printed()).slice(4, 6)).toEqual(['5 Budget monitoring', '5.1 Capital programme']);
    await expect.poll(() => builder.liveRegion.textContent()).toBe('Item 5, “Adult social care charging”, removed. The items are renumbered.');
    // Focus lands on the item that took its place.
    await expect.poll(focusedItem).toBe('5');
  });

  it('publishes the agenda after asking, then marks later changes as supplementary', async () => {
    const builder = await openBuilder();
    await builder.publication.getByRole('button', { name: 'Publish the agenda' }).click();
    await builder.dialog.waitFor();
    await expectNoAxeViolations(session.page, 'Agenda builder (publishing)');
    await builder.dialog.getByRole('button', { name: 'Publish the agenda' }).click();
    await builder.dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => builder.publication.textContent())
      .toContain('Items added or changed since the agenda was published are marked Supplementary');
    expect(await builder.publication.getByRole('button', { name: 'Publish the agenda' }).count()).toBe(0);

    await builder.openEditor('Date of next meeting');
    await builder.fillEditor({ presenter: 'The Chair' });
    await builder.saveEditor();
    await builder.editor.waitFor({ state: 'detached' });
    await expect.poll(() => builder.tags('Date of next meeting').textContent()).toContain('Supplementary');
    expect(await builder.tags('Budget monitoring').textContent()).not.toContain('Supplementary');

    await expectNoAxeViolations(session.page, 'Agenda builder (published)');
    await saveScreenshot(session.page, 'agenda-builder');
  });

  it('shows the agenda as built on the meeting page, private part apart', async () => {
    await session.page.goto(session.url);
    await session.page.getByRole('heading', { level: 1, name: 'Boards' }).waitFor();
    await session.page.evaluate(
      (hash) => {
        window.location.hash = hash;
      },
      `#/meetings/${encodeURIComponent(meetingId)}`,
    );
    const agenda = new AgendaPage(session.page);
    await agenda.publicPart.waitFor();
    await agenda.settled();
    expect(await agenda.itemNumbers(agenda.publicPart)).toEqual(['1', '2', '3', '4', '5', '5.1', '6', '7']);
    expect(await agenda.itemNumbers(agenda.privatePart)).toEqual(['8']);
    expect(await agenda.item('4').textContent()).toContain(CARRIED_ACTION);
    expect(await agenda.item('5.1').textContent()).toContain('capital-programme.pdf');
    const builder = await agenda.buildAgenda();
    expect(await builder.number('Capital programme')).toBe('5.1');
  });

  it('reflows at 200% zoom (a 640-pixel-wide window), with an item open for editing', async () => {
    await session.page.setViewportSize({ width: 640, height: 800 });
    const builder = await openBuilder();
    expect(await builder.scrollsSideways()).toBe(false);
    await builder.openEditor('Housing repairs');
    expect(await builder.scrollsSideways()).toBe(false);
    await expectNoAxeViolations(session.page, 'Agenda builder at 640 pixels');
  });

  it('records an exempt item’s further paragraphs, the public-interest statement and how the motion to exclude went', async () => {
    const builder = await openBuilder();
    await builder.openEditor('Housing repairs');
    await builder.fillEditor({
      furtherParagraphs: ['Paragraph 1'],
      usualPublicInterest: true,
      motion: 'Carried: the press and public were excluded',
    });
    await expect.poll(() => builder.editor.getByLabel('Public-interest statement (optional)').inputValue()).toContain('In all the circumstances');
    await expectNoAxeViolations(session.page, 'Agenda builder (an exempt item’s paragraphs, public interest and motion)');
    await builder.saveEditor();
    await builder.editor.waitFor({ state: 'detached' });
    const row = (await builder.row('Housing repairs').textContent()) ?? '';
    expect(row).toContain('Paragraph 1: Information relating to any individual; Paragraph 3: Information relating to the financial');
    expect(row).toContain('Public interest: In all the circumstances the public interest in maintaining the exemption outweighs');
  });

  it('adds an unnumbered welcome with what the agenda says of it, leaving the other numbers alone', async () => {
    const builder = await openBuilder();
    const before = await builder.number('Any other business');
    await builder.addItem({ title: 'Welcome', unnumbered: true, description: 'The Chair welcomes members and guests.' });
    expect(await builder.number('Welcome')).toBe('');
    expect(await builder.number('Any other business')).toBe(before);
    expect(await builder.tags('Welcome').textContent()).toContain('Not numbered');
    expect(await builder.row('Welcome').textContent()).toContain('The Chair welcomes members and guests.');
    await expectNoAxeViolations(session.page, 'Agenda builder (an unnumbered item)');
    await builder.openEditor('Welcome');
    expect(await builder.editor.getByRole('heading', { name: 'Edit the item “Welcome”' }).count()).toBe(1);
    expect(await builder.editor.getByLabel('Chaired by').inputValue()).toBe('');
  });
});
