import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { harness, type Harness } from '../../../support/temp-backend';
import { minutesToApprove, type MinutesToApprove } from '../../../support/minutes-to-approve';

const RESOLUTION = 'That the minutes of the meeting held on Tuesday 10 June 2025 be approved as a correct record.';
const MINUTE = 'The minutes of the meeting held on Tuesday 10 June 2025 were approved as a correct record and signed by Cllr Amina Okafor.';

let h: Harness;
let given: MinutesToApprove;
beforeEach(async () => {
  h = harness();
  given = await minutesToApprove(h);
  h.clock.set('2025-07-15T15:00:00.000Z');
});
afterEach(() => {
  vi.restoreAllMocks();
  h.dispose();
});

const approve = (): Promise<unknown> =>
  h.call('minutes.approve', {
    meetingId: given.drafted.id,
    atMeetingId: given.next.id,
    signature: { name: 'Cllr Amina Okafor', personId: given.chair.id, signedOn: '2025-07-15' },
  });

/** Both meetings as every screen reads them, serialised: any change to either shows as a different string. */
const bothMeetings = async (): Promise<string> =>
  JSON.stringify([await h.call('meetings.get', { id: given.drafted.id }), await h.call('meetings.get', { id: given.next.id })]);

describe('approving and signing minutes as one change', () => {
  it('records the approval, the signature and the lock, and the resolution and minute at the approving meeting, in one commit', async () => {
    const commits = vi.spyOn(h.backend.repository, 'commit');
    const approval = await h.call('minutes.approve', {
      meetingId: given.drafted.id,
      atMeetingId: given.next.id,
      signature: { name: 'Cllr Amina Okafor', personId: given.chair.id, signedOn: '2025-07-15' },
    });
    expect(commits).toHaveBeenCalledTimes(1);

    expect(approval.meeting.status).toBe('minutes-signed');
    expect(approval.meeting.approval).toEqual({
      atMeetingId: given.next.id,
      approvedAt: '2025-07-15T15:00:00.000Z',
      signature: { name: 'Cllr Amina Okafor', personId: given.chair.id, signedOn: '2025-07-15' },
    });
    expect(approval.recorded?.itemId).toBe(given.previousMinutesItem.id);
    expect(approval.recorded?.resolution.parts.map((p) => p.text)).toEqual([RESOLUTION]);
    expect(approval.recorded?.minute.text).toBe(MINUTE);

    const signed = await h.call('meetings.get', { id: given.drafted.id });
    expect(signed.locked).toBe(true);
    const at = await h.call('meetings.get', { id: given.next.id });
    expect(at.resolutions.filter((r) => r.itemId === given.previousMinutesItem.id).map((r) => [r.kind, r.parts[0]?.text])).toEqual([
      ['RESOLVED', RESOLUTION],
    ]);
    expect(at.minutes.find((m) => m.itemId === given.previousMinutesItem.id)?.text).toBe(MINUTE);

    h.reopen();
    expect((await h.call('meetings.get', { id: given.drafted.id })).meeting.status).toBe('minutes-signed');
    expect((await h.call('meetings.get', { id: given.next.id })).minutes.find((m) => m.itemId === given.previousMinutesItem.id)?.text).toBe(MINUTE);
  });

  it('adds the minute after what the clerk has written there, and does not resolve the same words twice', async () => {
    const item = given.previousMinutesItem.id;
    await h.call('minutes.save', { meetingId: given.next.id, itemId: item, text: 'The Board considered the minutes.\n\n' });
    await h.call('resolutions.add', { meetingId: given.next.id, itemId: item, kind: 'RESOLVED', parts: [RESOLUTION] });
    await approve();
    const at = await h.call('meetings.get', { id: given.next.id });
    expect(at.minutes.find((m) => m.itemId === item)?.text).toBe(`The Board considered the minutes.\n\n${MINUTE}`);
    expect(at.resolutions.filter((r) => r.itemId === item)).toHaveLength(1);
  });

  it('approves at a meeting with no "Minutes of the previous meeting" item, recording nothing there', async () => {
    await h.call('agenda.remove', { meetingId: given.next.id, id: given.previousMinutesItem.id });
    const approval = await h.call('minutes.approve', {
      meetingId: given.drafted.id,
      atMeetingId: given.next.id,
      signature: { name: 'Cllr Amina Okafor', signedOn: '2025-07-15' },
    });
    expect(approval.meeting.status).toBe('minutes-signed');
    expect(approval.recorded).toBeUndefined();
    const at = await h.call('meetings.get', { id: given.next.id });
    expect([at.resolutions, at.minutes]).toEqual([[], []]);
  });

  it('refuses with a typed error and changes nothing when the minutes are not drafted, or the approving meeting is not later', async () => {
    const before = await bothMeetings();
    const signEarly = await h.refusal('minutes.approve', {
      meetingId: given.drafted.id,
      atMeetingId: given.next.id,
      signature: { name: 'Cllr Amina Okafor', signedOn: '2025-06-01' },
    });
    expect(signEarly).toMatchObject({ code: 'invalid_input', path: 'signature.signedOn' });
    const backwards = await h.refusal('minutes.approve', {
      meetingId: given.next.id,
      atMeetingId: given.drafted.id,
      signature: { name: 'Cllr Amina Okafor', signedOn: '2025-07-15' },
    });
    expect(backwards).toMatchObject({ code: 'invalid_input', path: 'atMeetingId' });
    expect(await bothMeetings()).toBe(before);

    await approve();
    const again = await h.refusal('minutes.approve', {
      meetingId: given.drafted.id,
      atMeetingId: given.next.id,
      signature: { name: 'Cllr Amina Okafor', signedOn: '2025-07-15' },
    });
    expect(again.code).toBe('locked');
  });

  /*
   * Faults aimed at the write that carries the approving meeting's minute: if the approval were made in steps, the
   * steps before it would be on the disk already when it failed, and the approved meeting would have changed.
   */
  const carriesMinute = (buffer: NodeJS.ArrayBufferView): boolean => Buffer.isBuffer(buffer) && buffer.includes(MINUTE);
  type Write = (fd: number, buffer: NodeJS.ArrayBufferView, offset: number, length: number) => number;
  const write = fs.writeSync.bind(fs) as Write;
  // The journal writes a whole buffer from an offset: the one form of writeSync it uses.
  const spyOnWrites = (fake: Write): void => {
    vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, buffer: NodeJS.ArrayBufferView, offset?: number | null, length?: number | null) =>
      fake(fd, buffer, offset ?? 0, length ?? buffer.byteLength - (offset ?? 0))) as typeof fs.writeSync);
  };
  const faults: readonly (readonly [string, () => void])[] = [
    [
      'the disk fills half-way through writing the change',
      () => {
        let torn = false;
        spyOnWrites((fd, buffer, offset, length) => {
          if (torn) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          if (!carriesMinute(buffer)) return write(fd, buffer, offset, length);
          torn = true;
          return write(fd, buffer, offset, Math.floor(length / 2));
        });
      },
    ],
    [
      'the change is written but cannot be flushed to the disk',
      () => {
        let armed = false;
        spyOnWrites((fd, buffer, offset, length) => {
          armed ||= carriesMinute(buffer);
          return write(fd, buffer, offset, length);
        });
        const flush = fs.fdatasyncSync.bind(fs);
        vi.spyOn(fs, 'fdatasyncSync').mockImplementation((fd) => {
          if (!armed) return flush(fd);
          armed = false;
          throw Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' });
        });
      },
    ],
  ];

  it.each(faults)('leaves both meetings exactly as they were when %s', async (_fault, inject) => {
    const before = await bothMeetings();
    inject();
    const refused = await h.refusal('minutes.approve', {
      meetingId: given.drafted.id,
      atMeetingId: given.next.id,
      signature: { name: 'Cllr Amina Okafor', personId: given.chair.id, signedOn: '2025-07-15' },
    });
    vi.restoreAllMocks();
    expect(refused.code).toBe('io_error');
    expect(await bothMeetings()).toBe(before);

    // And as the data folder holds them, read afresh.
    h.reopen();
    expect(await bothMeetings()).toBe(before);
    // Then the approval goes through whole.
    await approve();
    expect((await h.call('meetings.get', { id: given.next.id })).minutes.map((m) => m.text)).toEqual([MINUTE]);
  });
});
