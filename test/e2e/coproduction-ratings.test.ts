import { beforeAll, describe, expect, it } from 'vitest';
import { formatLongDate } from '../../shared/domain/british-dates';
import { CoproductionPage } from './pages/coproduction-page';
import { madeFileBytes } from './pages/made-file';
import { callApi } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { saveScreenshot } from './support/screenshots';
import { browserSession } from './support/session';

const MEETING_DATE = '2025-06-10';
const ITEM = 'Carers strategy refresh';
const EVIDENCE = 'Carers wrote the first draft of the strategy with officers.';

// The tests build on one another, as a clerk would work: add the set, rate an item, then read the trend and minutes.
describe('rating whether an item was genuine co-production, in browser mode', () => {
  const session = browserSession({ openWithToken: true });

  let boardId: string;
  let meetingId: string;
  let itemId: string;

  beforeAll(async () => {
    const probe = await session.browser.newPage();
    await probe.goto(session.url);
    // A board of its own, so whatever sets and ratings the demo holds cannot change what the tests see.
    const board = await callApi(probe, session.token, 'boards.create', {
      name: 'Carers Partnership Board',
      shortCode: 'CPBX',
      kind: 'co-production-board',
      quorum: 3,
    });
    boardId = board.id;
    const meeting = await callApi(probe, session.token, 'meetings.create', {
      boardId,
      date: MEETING_DATE,
      startTime: '14:00',
      withStandardItems: true,
    });
    meetingId = meeting.id;
    itemId = (await callApi(probe, session.token, 'agenda.add', { meetingId, title: ITEM, purpose: 'discussion' })).id;
    await probe.close();
  });

  it('starts empty, saying what to do, and adds the six-point test to the board', async () => {
    const screen = await CoproductionPage.open(session.page, session.base, boardId);
    expect(await screen.emptyState('Criteria sets').textContent()).toBe('This board has no criteria sets yet.');
    expect(await screen.emptyState('Rate an item, project or workstream').textContent()).toBe('There is nothing to rate against yet.');
    expect(await screen.emptyState('Ratings').textContent()).toBe('No work has been rated yet.');
    await expectNoAxeViolations(session.page, 'co-production ratings, empty');

    await screen.addShippedSet('Six-point test');
    await screen.announced('“Six-point test” added to the board’s criteria sets.');
    expect(await screen.setNames()).toEqual(['Six-point test']);
    const card = screen.setCard('Six-point test');
    expect(await card.locator('ol > li > strong').allTextContents()).toEqual([
      'Whole-life involvement',
      'Blurred boundaries',
      'Reciprocal reward',
      'Diverse group involvement',
      'Equal valuation of assets',
      'Shared responsibility',
    ]);
    expect(await card.textContent()).toContain('Scale, lowest first: Not yet, Partly, Mostly, Fully.');
    // A shipped set already added is not offered again.
    expect(await screen.page.getByRole('form', { name: 'Choose a set to add' }).getByRole('radio', { name: 'Six-point test' }).count()).toBe(0);
    await expectNoAxeViolations(session.page, 'co-production ratings, with a set');
  });

  it('rates an item with scores, evidence and who took part, after saying what is missing', async () => {
    const screen = await CoproductionPage.open(session.page, session.base, boardId);
    await screen.saveRating();
    await screen.errorSummary.waitFor();
    expect(await screen.errorSummary.getByRole('listitem').allTextContents()).toEqual([
      'Choose the meeting the item was on',
      'Score at least one criterion',
    ]);
    await expectNoAxeViolations(session.page, 'the rating form with errors');

    await screen.fillRating({
      meeting: formatLongDate(MEETING_DATE),
      item: `5. ${ITEM}`,
      scores: {
        'Whole-life involvement': { score: 'Fully', evidence: EVIDENCE },
        'Blurred boundaries': { score: 'Mostly' },
        'Reciprocal reward': { score: 'Partly', evidence: 'Only travel was paid.' },
        'Diverse group involvement': { score: 'Partly' },
        'Equal valuation of assets': { score: 'Mostly' },
        'Shared responsibility': { score: 'Mostly' },
      },
      ratedBy: { 'Expert by experience': 4, Carer: 2, Officer: 1 },
      appendToMinutes: true,
    });
    await expectNoAxeViolations(session.page, 'the rating form, filled in');
    await screen.saveRating();
    await screen.announced(`Rating of “${ITEM}” saved.`);

    expect(await screen.ratingRows()).toEqual([
      [
        `${ITEM} Item 5 at the meeting of ${formatLongDate(MEETING_DATE)} In the minutes`,
        formatLongDate(MEETING_DATE),
        'Six-point test',
        '61%',
        '4 experts by experience, 2 carers and 1 officer (7 people)',
      ],
    ]);
    const [stored] = await callApi(session.page, session.token, 'ratings.list', { boardId });
    expect(stored?.rating.subject).toEqual({ kind: 'item', name: ITEM, meetingId, itemId });
    expect(stored?.rating.scores.find((s) => s.criterionId === 'whole-life-involvement')).toEqual({
      criterionId: 'whole-life-involvement',
      score: 3,
      evidence: EVIDENCE,
    });
    expect(stored?.rating.appendToMinutes).toBe(true);
    // The form is ready for the next rating.
    expect(await screen.rateForm.getByLabel('Agenda item that was rated').count()).toBe(0);
  });

  it('shows the item’s trend by date, with the change since an earlier rating', async () => {
    const [first] = await callApi(session.page, session.token, 'criteriaSets.list', { boardId });
    await callApi(session.page, session.token, 'ratings.create', {
      boardId,
      criteriaSetId: first?.set.id ?? '',
      subject: { kind: 'item', meetingId, itemId },
      ratedOn: '2025-03-04',
      scores: [
        { criterionId: 'whole-life-involvement', score: 1 },
        { criterionId: 'reciprocal-reward', score: 1 },
      ],
      ratedBy: [{ kind: 'officer', count: 2 }],
    });
    const screen = await CoproductionPage.open(session.page, session.base, boardId);
    await screen.ratingsTable
      .getByRole('button', { name: `Show the trend of ${ITEM}` })
      .first()
      .click();
    await expect.poll(() => screen.trendTable.count()).toBe(1);
    expect(await screen.trendTable.locator('caption').textContent()).toBe(
      `${ITEM} against Six-point test: scores by date, with the change since the previous rating`,
    );
    const rows = await screen.trendRows();
    expect(rows[0]).toEqual(['Criterion', '4 March 2025', '10 June 2025']);
    expect(rows[1]).toEqual(['Whole-life involvement', 'Partly', 'Fully Up 2 points']);
    expect(rows[2]).toEqual(['Blurred boundaries', 'Not scored', 'Mostly']);
    expect(rows[3]).toEqual(['Reciprocal reward', 'Partly', 'Partly No change']);
    expect(rows.at(-1)).toEqual(['Overall', '33%', '61% Up 28 percentage points']);
    expect(await screen.region('Trends').getByRole('img').getAttribute('aria-labelledby')).not.toBeNull();
    await expectNoAxeViolations(session.page, 'co-production ratings, with a trend');
    await saveScreenshot(session.page, 'coproduction');
  });

  it('edits the set: a scored criterion can be reworded but not removed', async () => {
    const screen = await CoproductionPage.open(session.page, session.base, boardId);
    await screen.setCard('Six-point test').getByRole('button', { name: 'Edit Six-point test' }).click();
    const form = session.page.getByRole('form', { name: 'Edit Six-point test' });
    expect(await form.getByRole('button', { name: 'Remove criterion 1' }).count()).toBe(0);
    expect(await form.textContent()).toContain('This criterion has been scored, so it cannot be removed.');
    await expectNoAxeViolations(session.page, 'editing a criteria set');
    await form.getByLabel('Criterion 3', { exact: true }).fill('Fair reward');
    await form.getByRole('button', { name: 'Save the set' }).click();
    await screen.announced('Changes to “Six-point test” saved.');
    expect(await screen.setCard('Six-point test').locator('ol > li > strong').nth(2).textContent()).toBe('Fair reward');
  });

  it('prints the rating as an appendix to the exported minutes, private and public', async () => {
    for (const kind of ['minutes', 'public-minutes'] as const) {
      const file = await callApi(session.page, session.token, 'exports.render', { meetingId, kind, format: 'html' });
      // The words a reader of the page gets: tags and the line breaks between them go.
      const html = (await madeFileBytes(session.page, file))
        .toString('utf8')
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ');
      expect(html, kind).toContain('Appendix: co-production ratings');
      expect(html, kind).toContain(EVIDENCE);
      expect(html, kind).toContain('Rated against: Six-point test');
      expect(html, kind).toContain('4 experts by experience, 2 carers and 1 officer (7 people)');
    }
  });
});
