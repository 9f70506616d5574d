import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../../shared/api';
import { runCli } from '../../support/run-cli';
import { harness, tempDir, type Harness } from '../../support/temp-backend';
import { minutesToApprove, type MinutesToApprove } from '../../support/minutes-to-approve';

const MINUTE = 'The minutes of the meeting held on Tuesday 10 June 2025 were approved as a correct record and signed by Cllr Amina Okafor.';

let dir: string;
let given: MinutesToApprove;

/** Opens the folder as the app would, works on it, and closes it again so that the CLI can open it. */
async function inStore<T>(work: (h: Harness) => Promise<T>): Promise<T> {
  const h = harness(dir);
  try {
    return await work(h);
  } finally {
    h.backend.close();
  }
}

const read = (id: string): Promise<MeetingDetail> => inStore((h) => h.call('meetings.get', { id }));

beforeEach(async () => {
  dir = tempDir('minute-book-cli-minutes-');
  given = await inStore(minutesToApprove);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('minute-book minutes and agenda', () => {
  it('approves and signs minutes at a later meeting, which then minutes the approval', async () => {
    const result = await runCli('minutes', 'approve', given.drafted.id, '--at', given.next.id, '--signed-by', 'amina okafor', '--data', dir);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      'Approved the minutes of Tuesday 10 June 2025 as a correct record at the meeting of Tuesday 15 July 2025, signed by Cllr Amina Okafor on Tuesday 15 July 2025. They are now locked.',
    );
    expect(result.out).toContain(
      'Minuted under item 3, Minutes of the previous meeting, of that meeting: RESOLVED: That the minutes of the meeting held on Tuesday 10 June 2025 be approved as a correct record.',
    );

    const signed = await read(given.drafted.id);
    expect(signed.locked).toBe(true);
    expect(signed.meeting.approval?.signature).toEqual({ name: 'Cllr Amina Okafor', personId: given.chair.id, signedOn: '2025-07-15' });
    expect((await read(given.next.id)).minutes.map((m) => m.text)).toEqual([MINUTE]);
  });

  it('signs with "sign", the same act by its other name, on the date given', async () => {
    const result = await runCli(
      'minutes',
      'sign',
      given.drafted.id,
      '--at',
      given.next.id,
      '--signed-by',
      given.chair.id,
      '--signed-on',
      '2025-07-16',
      '--data',
      dir,
    );
    expect(result.code).toBe(0);
    expect((await read(given.drafted.id)).meeting.approval?.signature.signedOn).toBe('2025-07-16');
  });

  it('refuses a signer who is not a member, naming those who are, and signed minutes a second time', async () => {
    const stranger = await runCli('minutes', 'approve', given.drafted.id, '--at', given.next.id, '--signed-by', 'Someone Else', '--data', dir);
    expect(stranger.code).toBe(2);
    expect(stranger.err).toBe(
      'No member of the board on Tuesday 15 July 2025 is called "Someone Else". Give the name or id of one of: Cllr Amina Okafor.',
    );
    const noMeeting = await runCli('minutes', 'approve', given.drafted.id, '--signed-by', 'Amina Okafor', '--data', dir);
    expect([noMeeting.code, noMeeting.err]).toEqual([2, 'Say at which meeting the minutes were approved: --at MEETING_ID.']);

    expect((await runCli('minutes', 'approve', given.drafted.id, '--at', given.next.id, '--signed-by', 'Amina Okafor', '--data', dir)).code).toBe(0);
    const again = await runCli('minutes', 'approve', given.drafted.id, '--at', given.next.id, '--signed-by', 'Amina Okafor', '--data', dir);
    expect(again.code).toBe(1);
    expect(again.err).toContain('it cannot change any more');
  });

  it('corrects signed minutes by a minute of a later meeting, under an item of its own', async () => {
    await runCli('minutes', 'approve', given.drafted.id, '--at', given.next.id, '--signed-by', 'Amina Okafor', '--data', dir);
    const label = (await read(given.drafted.id)).items.find((i) => i.id === given.business.id)?.minuteLabel ?? '';
    const result = await runCli(
      'minutes',
      'correct',
      given.drafted.id,
      '--item',
      label,
      '--at',
      given.next.id,
      '--text',
      'The minute should have said short breaks.',
      '--data',
      dir,
    );
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toBe(
      `Minuted the correction of minute ${label} (Carers’ breaks) at the meeting of Tuesday 15 July 2025, under item 5, Correction to the minutes of Tuesday 10 June 2025.`,
    );
    const later = await read(given.next.id);
    expect(later.minutes.find((m) => m.corrects !== undefined)).toMatchObject({
      text: 'The minute should have said short breaks.',
      corrects: { meetingId: given.drafted.id, itemId: given.business.id },
    });
  });

  it('publishes an agenda, and refuses to publish it twice', async () => {
    const meeting = await inStore((h) => h.call('meetings.create', { boardId: given.board.id, date: '2025-09-09', startTime: '14:00' }));
    const result = await runCli('agenda', 'publish', meeting.id, '--data', dir);
    expect([result.code, result.out]).toEqual([
      0,
      'Published the agenda of the meeting of Tuesday 9 September 2025. Changes from now on are marked as supplementary.',
    ]);
    expect((await read(meeting.id)).meeting.status).toBe('agenda-published');
    const again = await runCli('agenda', 'publish', meeting.id, '--data', dir);
    expect(again.code).toBe(1);
  });
});
