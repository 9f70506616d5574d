import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SHIPPED_PLAIN_ENGLISH_WORDS } from '../../../../shared/domain/readability/word-list';
import { harness, type Harness } from '../../../support/temp-backend';
import { buildEasyReadFixture, type EasyReadFixture } from '../../export/easy-read-fixture';

describe('plain English: the readability check before an export, and the board’s word list', () => {
  let h: Harness;
  let fixture: EasyReadFixture;

  beforeEach(async () => {
    h = harness();
    fixture = await buildEasyReadFixture(h);
  });
  afterEach(() => h.dispose());

  it('checks the public minutes item by item: reading age, long sentences, acronyms and words to avoid', async () => {
    const check = await h.call('plainEnglish.meetingCheck', { meetingId: fixture.meeting.id, document: 'minutes' });
    expect(check.targetAge).toBe(9);
    // The exempt item is left out of a public check, as the public minutes leave it out.
    expect(check.items.map((i) => i.itemId)).toEqual([fixture.itemIds.breaks]);
    const [breaks] = check.items;
    expect(breaks?.aboveTarget).toBe(true);
    expect(breaks?.verdict).toMatch(/^Reading age \d+ — aim for 9 or under$/);
    expect(breaks?.longSentences).toBe(1);
    // "ICB" is explained in the minute ("Integrated Care Board (ICB)"); "VCS" is not.
    expect(breaks?.acronyms).toEqual(['VCS']);
    expect(breaks?.wordsToAvoid.map((w) => w.avoid)).toEqual(
      expect.arrayContaining([
        'utilise',
        'toolkit',
        'going forward',
        'in order to',
        'facilitate',
        'deep dive',
        'workstream',
        'stakeholders',
        'co-terminous',
      ]),
    );
    expect(check).toMatchObject({ itemsAboveTarget: 1, longSentences: 1, acronyms: 1 });
    expect(check.wordsToAvoid).toBeGreaterThanOrEqual(9);
  });

  it('includes exempt items in a private check', async () => {
    const check = await h.call('plainEnglish.meetingCheck', { meetingId: fixture.meeting.id, document: 'minutes', audience: 'private' });
    expect(check.items.map((i) => i.itemId)).toEqual([fixture.itemIds.breaks, fixture.itemIds.exempt]);
  });

  it('checks the easy-read summaries and counts the items that have none', async () => {
    const check = await h.call('plainEnglish.meetingCheck', { meetingId: fixture.meeting.id, document: 'easy-read' });
    expect(check.items.map((i) => i.itemId)).toEqual([fixture.itemIds.breaks]);
    expect(check.itemsWithoutEasyRead).toBe(1);
    expect(check.items[0]?.aboveTarget).toBe(false);
  });

  it('uses the board’s own word list once set, and the shipped list again after null', async () => {
    const own = [{ avoid: 'breaks service', instead: 'short breaks' }];
    const updated = await h.call('boards.update', { id: fixture.board.id, patch: { plainEnglishWords: own } });
    expect(updated.plainEnglishWords).toEqual(own);
    const withOwn = await h.call('plainEnglish.meetingCheck', { meetingId: fixture.meeting.id, document: 'minutes' });
    expect(withOwn.items[0]?.wordsToAvoid).toEqual([{ avoid: 'breaks service', instead: 'short breaks' }]);

    const reset = await h.call('boards.update', { id: fixture.board.id, patch: { plainEnglishWords: null } });
    expect(reset.plainEnglishWords).toBeUndefined();
    h.reopen();
    expect((await h.call('boards.get', { id: fixture.board.id })).plainEnglishWords).toBeUndefined();
    const shipped = await h.call('plainEnglish.meetingCheck', { meetingId: fixture.meeting.id, document: 'minutes' });
    expect(shipped.items[0]?.wordsToAvoid.map((w) => w.avoid)).toContain('utilise');
    expect(SHIPPED_PLAIN_ENGLISH_WORDS.length).toBeGreaterThanOrEqual(80);
  });

  it('refuses an empty word in the board’s list with a clear message', async () => {
    const refusal = await h.refusal('boards.update', { id: fixture.board.id, patch: { plainEnglishWords: [{ avoid: '', instead: 'use' }] } });
    expect(refusal.code).toBe('invalid_input');
    expect(refusal.path).toMatch(/plainEnglishWords/);
  });

  it('does not make an item supplementary when only its easy-read summary changes after publication', async () => {
    const board = fixture.board;
    const meeting = await h.call('meetings.create', { boardId: board.id, date: '2025-09-10', startTime: '10:00', withStandardItems: false });
    const item = await h.call('agenda.add', { meetingId: meeting.id, title: 'Budget', purpose: 'information' });
    await h.call('meetings.publishAgenda', { id: meeting.id });
    const summarised = await h.call('agenda.update', { meetingId: meeting.id, id: item.id, patch: { easyReadSummary: 'We will talk about money.' } });
    expect(summarised).toMatchObject({ easyReadSummary: 'We will talk about money.', supplementary: false });
    const retitled = await h.call('agenda.update', { meetingId: meeting.id, id: item.id, patch: { title: 'Budget 2026' } });
    expect(retitled.supplementary).toBe(true);
  });
});
