import { describe, expect, it } from 'vitest';
import { mergePatch } from '../../../../../electron/backend/handlers/merge-patch';

type Meetingish = { date: string; venue?: string; endTime?: string };
const meeting: Meetingish = { date: '2025-06-10', venue: 'Town Hall', endTime: '16:00' };

describe('mergePatch', () => {
  it('keeps a field the patch leaves out or gives as undefined', () => {
    expect(mergePatch(meeting, { venue: undefined })).toEqual(meeting);
    expect(mergePatch(meeting, {})).toEqual(meeting);
  });

  it('removes a field the patch gives as null, leaving no key behind', () => {
    const merged = mergePatch(meeting, { endTime: null });
    expect(merged).toEqual({ date: '2025-06-10', venue: 'Town Hall' });
    expect('endTime' in merged).toBe(false);
  });

  it('sets a field the patch gives a value, including one the record lacked', () => {
    expect(mergePatch<Meetingish>({ date: '2025-06-10' }, { venue: 'Library', date: '2025-06-11' })).toEqual({
      date: '2025-06-11',
      venue: 'Library',
    });
  });

  it('changes neither the record nor the patch', () => {
    const patch = { venue: null, endTime: '17:00' };
    mergePatch(meeting, patch);
    expect(meeting).toEqual({ date: '2025-06-10', venue: 'Town Hall', endTime: '16:00' });
    expect(patch).toEqual({ venue: null, endTime: '17:00' });
  });
});
