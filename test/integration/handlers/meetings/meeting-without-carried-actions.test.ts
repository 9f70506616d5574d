import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../../../support/temp-backend';

let h: Harness;
beforeEach(() => {
  h = harness();
});
afterEach(() => h.dispose());

describe('a meeting without its carried-forward actions', () => {
  it('leaves them out when asked, for screens that do not show them, and gives them by default', async () => {
    const board = await h.call('boards.create', { name: 'Riverside Co-production Board', shortCode: 'RCPB', kind: 'co-production-board', quorum: 3 });
    const first = await h.call('meetings.create', { boardId: board.id, date: '2025-06-10', startTime: '14:00' });
    const second = await h.call('meetings.create', { boardId: board.id, date: '2025-07-15', startTime: '14:00' });
    await h.call('actions.add', {
      meetingId: first.id,
      text: 'Write to the carers’ forum.',
      owner: { kind: 'organisation', name: 'Riverside Community Voice' },
    });

    expect((await h.call('meetings.get', { id: second.id })).carriedActions.map((a) => a.text)).toEqual(['Write to the carers’ forum.']);
    const light = await h.call('meetings.get', { id: second.id, carriedActions: false });
    expect(light.carriedActions).toEqual([]);
    expect(light.items.length).toBeGreaterThan(0);
    expect((await h.call('actions.openForMeeting', { meetingId: second.id })).map((a) => a.text)).toEqual(['Write to the carers’ forum.']);
  });
});
