import { beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../shared/api/views';
import type { Meeting } from '../../shared/model/meeting';
import { LiveMinutesPage } from './pages/live-minutes-page';
import { callApi } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { saveScreenshot } from './support/screenshots';
import { browserSession, collectProblems } from './support/session';

const EXCLUSION =
  'That under Section 100A(4) of the Local Government Act 1972, the press and public be excluded from the meeting for the ' +
  'following item of business on the grounds that it involves the likely disclosure of exempt information as defined in ' +
  'paragraph 3 of Part 1 of Schedule 12A to the Act.';

// The tests take one meeting through its minutes in order, as a clerk would: each builds on the one before.
describe('taking the minutes of a meeting live, in browser mode', () => {
  const session = browserSession({ openWithToken: true });

  let meeting: Meeting;

  const detail = (): Promise<MeetingDetail> => callApi(session.page, session.token, 'meetings.get', { id: meeting.id });
  const itemId = async (number: string): Promise<string> => (await detail()).items.find((i) => i.number === number)?.id ?? '';

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

  it('opens straight at the live minutes asking the backend for each thing once, though it asks before the app has loaded', async () => {
    const page = await session.context.newPage();
    const problems = collectProblems(page);
    const asked: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) asked.push(`${url.pathname.slice('/api/'.length)} ${request.postData() ?? ''}`);
    });
    await page.goto(`${session.url}#/meetings/${encodeURIComponent(meeting.id)}/minutes`);
    const live = await LiveMinutesPage.opened(page);
    await page.locator('[data-live-minutes-complete]').waitFor();
    await expectNoAxeViolations(page, 'live minutes, opened at app start');
    expect(await live.itemHeading.first().textContent()).not.toBe('');
    const { date } = (await detail()).meeting;
    // The early calls (renderer/src/api/early-calls.ts) must match what the screen asks, input for input, or both go.
    expect(asked.filter((a) => !a.startsWith('app.status')).sort()).toEqual(
      [
        `meetings.get ${JSON.stringify({ id: meeting.id, carriedActions: false })}`,
        `members.list ${JSON.stringify({ boardId: meeting.boardId, on: date })}`,
        'people.list {}',
      ].sort(),
    );
    expect(asked.filter((a) => a.startsWith('app.status'))).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('marks the attendance and warns when a departure makes the meeting inquorate', async () => {
    const live = await LiveMinutesPage.open(session.page, session.base, meeting.id);
    expect(await live.quorum.getAttribute('data-quorum')).toBe('unknown');
    for (const name of ['Amina Okafor', 'Dev Sharma', 'Grace Whitfield', 'Janet Morley', 'Tomasz Nowak']) await live.setAttendance(name, 'Present');
    await live.setAttendance('Peter Holloway', 'Apologies');
    await live.setAttendance('Helen Carter', 'In attendance');

    await live.goToItem('5');
    await expect.poll(() => live.quorum.getAttribute('data-quorum')).toBe('quorate');
    expect(await live.quorum.textContent()).toContain('5 voting members present; the quorum is 5');

    // Officers in attendance never count towards the quorum; a voting member leaving does.
    await live.rosterRow('Tomasz Nowak').getByRole('button', { name: 'Left during item 5 (Tomasz Nowak)' }).click();
    await live.announced('Warning: the meeting is not quorate at item 5.');
    expect(await live.quorum.getAttribute('data-quorum')).toBe('inquorate');
    expect(await live.rosterRow('Tomasz Nowak').textContent()).toContain('Left during item 5');
    const nowak = (await detail()).attendance.find((a) => a.movements.length > 0);
    expect(nowak?.movements).toEqual([{ kind: 'left', itemId: await itemId('5') }]);

    await live.goToItem('4');
    await expect.poll(() => live.quorum.getAttribute('data-quorum')).toBe('quorate');
    expect(await live.quorum.textContent()).toContain('becomes inquorate at item 5');

    // A departure recorded by mistake is undone.
    await live.goToItem('5');
    await live
      .rosterRow('Tomasz Nowak')
      .getByRole('button', { name: /^Undo last/ })
      .click();
    await live.announced('The last arrival or departure');
    await expect.poll(() => live.quorum.getAttribute('data-quorum')).toBe('quorate');
    expect((await detail()).attendance.every((a) => a.movements.length === 0)).toBe(true);
  });

  it('saves the minute while it is typed, keeping paragraphs, lists and emphasis, and Ctrl+S saves at once', async () => {
    const live = await LiveMinutesPage.open(session.page, session.base, meeting.id);
    await live.goToItem('5');
    // The minute is a form of its own: Chromium's autofill looks over a changed field's form after every keystroke,
    // and a field in no form would have it look over every formless field on the screen (MinuteEditor.tsx).
    expect(
      await live.editor.evaluate((area) => (area instanceof HTMLTextAreaElement ? [...(area.form?.elements ?? [])].map((e) => e.tagName) : [])),
    ).toEqual(['BUTTON', 'BUTTON', 'BUTTON', 'BUTTON', 'TEXTAREA']);
    await live.editor.focus();
    await session.page.keyboard.type('The Head of Commissioning presented the draft plan.');
    await session.page.keyboard.press('Enter');
    await session.page.keyboard.press('Enter');
    await session.page.keyboard.type('Members asked:');
    await session.page.keyboard.press('Enter');
    await session.page.keyboard.press('Control+Shift+Digit8');
    await session.page.keyboard.type('how people in crisis would be seen within four hours');
    // Enter continues the list; Enter on an empty bullet ends it.
    await session.page.keyboard.press('Enter');
    await session.page.keyboard.type('who would staff the crisis house');
    await session.page.keyboard.press('Enter');
    await session.page.keyboard.press('Enter');
    await session.page.keyboard.type('The plan was ');
    await session.page.keyboard.press('Control+b');
    await session.page.keyboard.type('welcomed');
    await session.page.keyboard.press('End');
    await session.page.keyboard.type(' by ');
    await session.page.keyboard.press('Control+i');
    await session.page.keyboard.type('every');
    await session.page.keyboard.press('End');
    await session.page.keyboard.type(' member.');
    const expected =
      'The Head of Commissioning presented the draft plan.\n\nMembers asked:\n- how people in crisis would be seen within four hours\n' +
      '- who would staff the crisis house\n\nThe plan was **welcomed** by *every* member.';
    expect(await live.editor.inputValue()).toBe(expected);

    await session.page.keyboard.press('Control+s');
    await live.announced('All changes saved');
    expect(await live.saveState.getAttribute('data-save-state')).toBe('saved');
    const id = await itemId('5');
    expect((await detail()).minutes.find((m) => m.itemId === id)?.text).toBe(expected);

    // Without Ctrl+S, a pause in typing is enough.
    await live.editor.press('End');
    await session.page.keyboard.type(' It will return in March.');
    await live.saved();
    await expect.poll(async () => (await detail()).minutes.find((m) => m.itemId === id)?.text).toBe(`${expected} It will return in March.`);
  });

  it('keeps every word on this computer until it is saved, and puts back words a crash left unsaved', async () => {
    const live = await LiveMinutesPage.open(session.page, session.base, meeting.id);
    await live.goToItem('6');
    const id = await itemId('6');
    const key = `minute-book.draft:${meeting.id}:${id}`;
    const draft = (): Promise<string | null> => session.page.evaluate((k) => window.localStorage.getItem(k), key);

    await session.page.route('**/api/minutes.save', (route) => route.abort());
    await live.editor.focus();
    await session.page.keyboard.type('Words typed while the connection was down.');
    // On this computer within a frame of the last keystroke, long before any save.
    await expect
      .poll(async () => JSON.parse((await draft()) ?? '{}') as unknown)
      .toMatchObject({ text: 'Words typed while the connection was down.' });
    await session.page.locator('[data-save-state="failed"]').waitFor();
    expect(await live.saveState.textContent()).toContain('kept on this computer');
    await session.page.unroute('**/api/minutes.save');
    await live.saveState.getByRole('button', { name: 'Try saving again' }).click();
    await live.saved();
    expect(await draft()).toBeNull();

    // A crash leaves a draft newer than the saved minute; it is put back and saved when the minutes are opened.
    await session.page.evaluate(
      ({ k, text }) => window.localStorage.setItem(k, JSON.stringify({ text, at: new Date(Date.now() + 1000).toISOString() })),
      { k: key, text: 'Words typed while the connection was down. And more, just before the crash.' },
    );
    await session.page.reload();
    const again = await LiveMinutesPage.opened(session.page);
    expect(await again.main.textContent()).toContain('were put back in item 6, and saved');
    await again.saved();
    expect((await detail()).minutes.find((m) => m.itemId === id)?.text).toBe(
      'Words typed while the connection was down. And more, just before the crash.',
    );
    expect(await again.editor.inputValue()).toBe('Words typed while the connection was down. And more, just before the crash.');
    expect(await draft()).toBeNull();
  });

  it('records a decision in numbered parts with a recorded vote that leaves out a member with a pecuniary interest', async () => {
    const live = await LiveMinutesPage.open(session.page, session.base, meeting.id);
    await live.goToItem('5');
    const declarations = live.item.getByRole('region', { name: 'Declarations of interest in this item' });
    await declarations.getByRole('button', { name: 'Record a declaration' }).click();
    const declaration = session.page.getByRole('form', { name: 'New declaration of interest' });
    await declaration.getByLabel('Member').selectOption({ label: 'Grace Whitfield' });
    await declaration.getByLabel('Kind of interest').selectOption({ label: 'Disclosable pecuniary interest' });
    await declaration.getByLabel('What the interest is').fill('Her son works for the crisis service.');
    await declaration.getByRole('button', { name: 'Save declaration' }).click();
    await live.announced('Declaration recorded.');

    await live.decisions.getByRole('button', { name: 'Start from the agenda’s recommendations' }).click();
    const form = session.page.getByRole('form', { name: 'New decision' });
    expect(await form.getByLabel('Part (1)').inputValue()).toBe('That the Board comments on the draft crisis support plan.');
    await form.getByLabel('Part (1)').fill('That the draft crisis support plan be noted.');
    await form.getByRole('button', { name: 'Add a part' }).click();
    await expect.poll(() => session.page.evaluate(() => document.activeElement?.getAttribute('id') ?? '')).toMatch(/part-1$/);
    await session.page.keyboard.type('That the Board’s comments be sent to the Integrated Care Board.');
    await form.getByRole('button', { name: 'Move up part (2)' }).click();
    expect(await form.getByLabel('Part (1)').inputValue()).toBe('That the Board’s comments be sent to the Integrated Care Board.');

    await form.getByLabel('Vote', { exact: true }).selectOption({ label: 'Numbers and names' });
    const counts = form.getByRole('group', { name: /^Numbers voting/ });
    await counts.getByLabel('For').fill('3');
    await counts.getByLabel('Against').fill('0');
    await counts.getByLabel('Abstained').fill('1');
    const vote = form.getByRole('group', { name: 'Recorded vote', exact: true });
    expect(
      await vote
        .locator('select')
        .evaluateAll((selects) => selects.map((s) => (s instanceof HTMLSelectElement ? (s.labels[0]?.textContent ?? '') : ''))),
    ).toEqual(['Amina Okafor', 'Dev Sharma', 'Janet Morley', 'Tomasz Nowak']);
    expect(await vote.textContent()).toContain('Not offered: Grace Whitfield');
    for (const [name, choice] of [
      ['Amina Okafor', 'For'],
      ['Dev Sharma', 'For'],
      ['Janet Morley', 'For'],
      ['Tomasz Nowak', 'Abstained'],
    ] as const) {
      await vote.getByLabel(name).selectOption({ label: choice });
    }
    await form.getByRole('button', { name: 'Save decision' }).click();
    await live.announced('Decision added.');

    const id = await itemId('5');
    const [resolution] = (await detail()).resolutions.filter((r) => r.itemId === id);
    expect(resolution?.kind).toBe('RESOLVED');
    expect(resolution?.parts.map((p) => p.text)).toEqual([
      'That the Board’s comments be sent to the Integrated Care Board.',
      'That the draft crisis support plan be noted.',
    ]);
    expect(resolution?.vote).toEqual({ for: 3, against: 0, abstain: 1 });
    expect(resolution?.recordedVote).toHaveLength(4);
    expect(await live.decisions.textContent()).toContain('For (3): Cllr Amina Okafor, Dev Sharma and Janet Morley');

    // A second decision, then put first.
    await live.decisions.getByRole('button', { name: 'Add a decision' }).click();
    const second = session.page.getByRole('form', { name: 'New decision' });
    await second.getByLabel('Verb', { exact: true }).fill('RECOMMENDED');
    await second.getByRole('button', { name: 'Save decision' }).click();
    expect(await second.locator('.error-summary').textContent()).toContain('Say which body the recommendation goes to');
    await second.getByLabel('Recommended to').fill('Cabinet');
    await second.getByLabel('Part (1)').fill('That the plan be adopted from April.');
    await second.getByRole('button', { name: 'Save decision' }).click();
    await live.announced('Decision added.');
    await live.decisions.getByRole('button', { name: 'Move up decision 2' }).click();
    await live.announced('Decision moved up.');
    const ordered = (await detail()).resolutions.filter((r) => r.itemId === id).toSorted((a, b) => a.order - b.order);
    expect(ordered.map((r) => [r.kind, r.recommendedTo])).toEqual([
      ['RECOMMENDED', 'Cabinet'],
      ['RESOLVED', undefined],
    ]);
  });

  it('records a motion as the minutes will print it: nested parts numbered (i), mover and seconder, a lost amendment and a casting vote', async () => {
    const live = await LiveMinutesPage.open(session.page, session.base, meeting.id);
    await live.goToItem('6');
    await live.decisions.getByRole('button', { name: 'Add a decision' }).click();
    const form = live.decisionForm('New decision');
    await form.getByLabel('Verb', { exact: true }).fill('NOT CARRIED');
    await form.getByLabel('Number the parts').selectOption({ label: '(i), (ii), (iii)' });
    await form.getByLabel('Part (i)', { exact: true }).fill('That the work programme be agreed, with:');
    for (const words of ['a report on transport to day services;', 'a report on respite care in March.', 'That the Board thanks the drivers.']) {
      await form.getByRole('button', { name: 'Add a part' }).click();
      await expect.poll(() => session.page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
      await session.page.keyboard.type(words);
    }
    // By keyboard: the second part goes within the first, then the third follows it in.
    await form.getByRole('button', { name: 'Indent part (ii)', exact: true }).press('Enter');
    await form.getByRole('button', { name: 'Indent part (ii)', exact: true }).press('Enter');
    expect(await form.getByLabel('Part (i)(b)', { exact: true }).inputValue()).toBe('a report on respite care in March.');
    expect(await form.getByLabel('Part (ii)', { exact: true }).inputValue()).toBe('That the Board thanks the drivers.');

    await live.openMotion(form);
    await form.getByLabel('Moved by', { exact: true }).selectOption({ label: 'Dev Sharma' });
    await form.getByLabel('Seconded by', { exact: true }).selectOption({ label: 'Someone not on file: type their name' });
    await form.getByLabel('Seconded by: name').fill('Jo Bloggs (Healthwatch Riverside)');
    await form.getByRole('button', { name: 'Add an amendment' }).click();
    await form.getByLabel('Amendment 1: its words').fill('That “March” read “February”.');
    await form.getByLabel('Amendment 1 moved by', { exact: true }).selectOption({ label: 'Janet Morley' });
    await form.getByLabel('What became of amendment 1').selectOption({ label: 'Lost' });
    const onAmendment = form.getByRole('group', { name: 'Numbers voting on amendment 1 (optional)' });
    await onAmendment.getByLabel('For').fill('1');
    await onAmendment.getByLabel('Against').fill('3');
    await form.getByText('How each member voted on amendment 1 (optional)').click();
    await form.getByRole('group', { name: 'Recorded vote on amendment 1' }).getByLabel('Amina Okafor').selectOption({ label: 'For' });
    await form.getByLabel('What became of the motion').selectOption({ label: 'Carried on the chair’s casting vote' });
    await form.getByLabel('Vote', { exact: true }).selectOption({ label: 'Numbers and names' });
    const counts = form.getByRole('group', { name: /^Numbers voting \(/ });
    await counts.getByLabel('For').fill('0');
    await counts.getByLabel('Against').fill('2');
    const named = form.getByRole('group', { name: 'Recorded vote', exact: true });
    await named.getByLabel('Amina Okafor').selectOption({ label: 'For' });
    await named.getByLabel('Grace Whitfield').selectOption({ label: 'Against' });

    // The board has no verb NOT CARRIED, and one name For is more than the count: both are shown beside their fields.
    await form.getByRole('button', { name: 'Save decision' }).click();
    const summary = form.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('NOT CARRIED is not one of this board’s verbs');
    expect(await summary.textContent()).toContain('The count for is 0, but 1 person is named as voting for.');
    expect(await counts.locator('.field--error').textContent()).toContain('The count for is 0');
    await expectNoAxeViolations(session.page, 'Live minutes, a motion with nested parts, an amendment and problems shown');

    await form.getByLabel('Verb', { exact: true }).fill('AGREED');
    await counts.getByLabel('For').fill('2');
    await form.getByRole('button', { name: 'Save decision' }).click();
    await live.announced('Decision added.');

    const id = await itemId('6');
    const [saved] = (await detail()).resolutions.filter((r) => r.itemId === id);
    const people = await callApi(session.page, session.token, 'people.list', {});
    const personId = (name: string): string => people.find((p) => p.name === name)?.id ?? '';
    expect(saved).toMatchObject({
      kind: 'AGREED',
      numbering: 'roman',
      mover: { personId: personId('Dev Sharma') },
      seconder: { name: 'Jo Bloggs (Healthwatch Riverside)' },
      amendments: [
        {
          text: 'That “March” read “February”.',
          mover: { personId: personId('Janet Morley') },
          outcome: 'lost',
          vote: { for: 1, against: 3 },
          recordedVote: [{ personId: personId('Amina Okafor'), vote: 'for' }],
        },
      ],
      outcome: 'carried-on-casting-vote',
      vote: { for: 2, against: 2 },
    });
    expect(saved?.parts.map((p) => p.level ?? 0)).toEqual([0, 1, 1, 0]);
    const shown = (await live.decisions.textContent()) ?? '';
    for (const words of [
      'Moved by Dev Sharma and seconded by Jo Bloggs (Healthwatch Riverside).',
      'Amendment moved by Janet Morley: That “March” read “February”.',
      'The amendment was LOST.',
      '(i) That the work programme be agreed, with:',
      '(a) a report on transport to day services;',
      '(b) a report on respite care in March.',
      '(ii) That the Board thanks the drivers.',
      'The motion was CARRIED on the chair’s casting vote.',
      'Against (2): Cllr Grace Whitfield',
    ])
      expect(shown).toContain(words);
  });

  it('records an action for an organisation, with a due date, arising from a decision', async () => {
    const live = await LiveMinutesPage.open(session.page, session.base, meeting.id);
    await live.goToItem('5');
    await live.actions.getByRole('button', { name: 'Add an action' }).click();
    const form = session.page.getByRole('form', { name: 'New action' });
    await form.getByLabel('What is to be done').fill('Share the crisis support plan with carers’ groups.');
    await form.getByLabel('An organisation').check();
    await form.getByLabel('Organisation', { exact: true }).fill('Riverside Community Voice');
    await form.getByLabel('A day').check();
    await form.getByLabel('Due by', { exact: true }).fill('2027-02-26');
    await form.getByLabel('Arising from (optional)').selectOption({ index: 2 });
    await form.getByRole('button', { name: 'Save action' }).click();
    await live.announced('Action added.');
    expect(await live.actions.textContent()).toContain('Due by Friday 26 February 2027');

    const after = await detail();
    const id = await itemId('5');
    const action = after.actions.find((a) => a.itemId === id);
    expect(action).toMatchObject({
      text: 'Share the crisis support plan with carers’ groups.',
      owner: { kind: 'organisation', name: 'Riverside Community Voice' },
      due: { kind: 'date', date: '2027-02-26' },
      status: 'open',
    });
    expect(after.resolutions.find((r) => r.id === action?.resolutionId)?.kind).toBe('RESOLVED');
  });

  it('records an action as the council logs it: owner by initials, due in a month, raised against two items, with its own reference', async () => {
    const live = await LiveMinutesPage.open(session.page, session.base, meeting.id);
    await live.goToItem('5');
    await live.actions.getByRole('button', { name: 'Add an action' }).click();
    const form = session.page.getByRole('form', { name: 'New action' });
    await form.getByLabel('What is to be done').fill('Report back on the crisis line’s hours.');
    await form.getByLabel('Initials only').check();
    await form.getByLabel('A month').check();
    await form.getByRole('button', { name: 'Save action' }).click();
    // Nothing given yet for the initials or the month: each said beside its field.
    await expect.poll(() => form.getByText('Give the owner’s initials, such as JB.').count()).toBeGreaterThan(0);
    await expect.poll(() => form.getByText('Give the month it is due, such as March 2027.').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(session.page, 'Live minutes, action by initials and month, refused');
    await form.getByLabel('Initials', { exact: true }).fill('JB');
    await form.getByLabel('Month', { exact: true }).fill('March 2027');
    const also = form.getByRole('group', { name: 'Also raised against (optional)' });
    await also.getByRole('checkbox').first().check();
    await form.getByLabel('The council’s own references (optional)').fill('A23/04');
    await expectNoAxeViolations(session.page, 'Live minutes, action by initials and month');
    await form.getByRole('button', { name: 'Save action' }).click();
    await live.announced('Action added.');
    const shown = await live.actions.textContent();
    expect(shown).toContain('Owner: JB');
    expect(shown).toContain('Due March 2027');
    expect(shown).toContain('Ref. A23/04');

    const id = await itemId('5');
    const action = (await detail()).actions.find((a) => a.text === 'Report back on the crisis line’s hours.');
    expect(action).toMatchObject({
      itemId: id,
      owner: { kind: 'initials', initials: 'JB' },
      due: { kind: 'month', month: '2027-03' },
      references: ['A23/04'],
    });
    expect(action?.otherItemIds).toHaveLength(1);
  });

  it('drafts the resolution to exclude the press and public, citing the paragraph, before the first exempt item', async () => {
    await callApi(session.page, session.token, 'agenda.add', {
      meetingId: meeting.id,
      title: 'Crisis house contract',
      purpose: 'decision',
      confidentiality: { access: 'exempt', category: 3 },
    });
    const live = await LiveMinutesPage.open(session.page, session.base, meeting.id);
    await live.goToItem('9');
    expect(await live.exclusion.getAttribute('data-exclusion')).toBe('needed');
    await live.goToItem('8');
    expect(await live.exclusion.textContent()).toContain(`RESOLVED: ${EXCLUSION}`);
    await live.exclusion.getByRole('button', { name: 'Draft this resolution' }).click();
    await live.announced('The resolution to exclude the press and public is drafted under item 8.');
    const host = await itemId('8');
    expect((await detail()).resolutions.filter((r) => r.itemId === host).map((r) => r.parts.map((p) => p.text))).toEqual([[EXCLUSION]]);

    await live.goToItem('9');
    expect(await live.exclusion.getAttribute('data-exclusion')).toBe('drafted');
    expect(await live.item.textContent()).toContain('Not for publication.');

    const motion = live.item.getByTestId('exclusion-motion');
    expect(await motion.textContent()).toContain('Motion to exclude the press and public: not recorded yet.');
    await motion.getByRole('button', { name: 'Record it as carried' }).click();
    await live.announced('The motion to exclude the press and public is recorded as carried.');
    await expect.poll(() => motion.textContent()).toContain('Carried: the press and public were excluded for this item.');
    expect((await detail()).items.find((i) => i.title === 'Crisis house contract')?.confidentiality).toMatchObject({ exclusionMotion: 'carried' });
    await expectNoAxeViolations(session.page, 'Live minutes (the motion to exclude the press and public recorded)');
  });

  it('has no accessibility violations, and reflows at 200% zoom', async () => {
    const live = await LiveMinutesPage.open(session.page, session.base, meeting.id);
    await live.goToItem('5');
    await expect.poll(() => live.quorum.getAttribute('data-quorum')).toBe('quorate');
    await expectNoAxeViolations(session.page, 'Live minutes');
    await saveScreenshot(session.page, 'live-minutes');
    expect(await live.changesWithin(600)).toBe(0);

    await live.decisions.getByRole('button', { name: /^Change decision 2/ }).click();
    await session.page.getByRole('form', { name: 'Change decision 2' }).waitFor();
    await expectNoAxeViolations(session.page, 'Live minutes, changing a decision');

    await session.page.setViewportSize({ width: 640, height: 800 });
    expect(await live.scrollsSideways()).toBe(false);
    await expectNoAxeViolations(session.page, 'Live minutes at 640 pixels');
  });
});
