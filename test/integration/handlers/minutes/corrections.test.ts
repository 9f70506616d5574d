import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { harness, type Harness } from '../../../support/temp-backend';
import { minutesToApprove, type MinutesToApprove } from '../../../support/minutes-to-approve';

let h: Harness;
let given: MinutesToApprove;
beforeEach(async () => {
  h = harness();
  given = await minutesToApprove(h);
  await h.call('minutes.approve', {
    meetingId: given.drafted.id,
    atMeetingId: given.next.id,
    signature: { name: 'Cllr Amina Okafor', signedOn: '2025-07-15' },
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  h.dispose();
});

describe('correcting signed minutes as one change', () => {
  it('minutes the correction under an item of its own at the later meeting, in one commit', async () => {
    const commits = vi.spyOn(h.backend.repository, 'commit');
    const correction = await h.call('minutes.recordCorrection', {
      meetingId: given.next.id,
      corrects: { meetingId: given.drafted.id, itemId: given.business.id },
      text: 'The minute should have recorded that breaks at short notice were asked for.',
    });
    expect(commits).toHaveBeenCalledTimes(1);
    expect(correction.corrects).toEqual({ meetingId: given.drafted.id, itemId: given.business.id });

    const later = await h.call('meetings.get', { id: given.next.id });
    const item = later.items.find((i) => i.id === correction.itemId);
    expect(item?.title).toBe('Correction to the minutes of Tuesday 10 June 2025');
    // Business goes before the closing standard items, as any item added there does.
    expect(later.items.map((i) => i.title).slice(-3)).toEqual([
      'Correction to the minutes of Tuesday 10 June 2025',
      'Any other business',
      'Date of next meeting',
    ]);
    expect(later.minutes.find((m) => m.itemId === item?.id)?.text).toBe(
      'The minute should have recorded that breaks at short notice were asked for.',
    );
    // The signed minutes themselves are untouched.
    expect((await h.call('meetings.get', { id: given.drafted.id })).minutes.map((m) => m.text)).toEqual(['Members asked about short breaks.']);
  });

  it('still minutes a correction under an item the clerk names', async () => {
    const own = await h.call('agenda.add', { meetingId: given.next.id, title: 'Matters arising from the minutes', purpose: 'discussion' });
    const correction = await h.call('minutes.recordCorrection', {
      meetingId: given.next.id,
      itemId: own.id,
      corrects: { meetingId: given.drafted.id, itemId: given.business.id },
      text: 'A correction.',
    });
    expect(correction.itemId).toBe(own.id);
  });

  it('refuses a correction of minutes not yet signed, adding no item', async () => {
    const third = await h.call('meetings.create', { boardId: given.board.id, date: '2025-09-09', startTime: '14:00' });
    const before = (await h.call('meetings.get', { id: third.id })).items.length;
    const refused = await h.refusal('minutes.recordCorrection', {
      meetingId: third.id,
      corrects: { meetingId: given.next.id, itemId: given.previousMinutesItem.id },
      text: 'A correction.',
    });
    expect(refused).toMatchObject({ code: 'conflict', path: 'corrects.meetingId' });
    expect((await h.call('meetings.get', { id: third.id })).items).toHaveLength(before);
  });
});
