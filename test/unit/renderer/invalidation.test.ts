import { describe, expect, it } from 'vitest';
import { METHODS } from '../../../shared/api/contract';
// A test may read the backend's list of reads; the renderer itself never imports electron/backend.
import { isReadMethod } from '../../../electron/backend/dispatch';
import { INVALIDATES, QUIET, staleAfter } from '../../../renderer/src/api/invalidation';

describe('what each change makes stale', () => {
  it('has a rule for every method that changes something, and none for a read', () => {
    const changes = METHODS.filter((method) => !isReadMethod(method));
    expect(changes.filter((method) => INVALIDATES[method] === undefined)).toEqual([]);
    expect(METHODS.filter((method) => isReadMethod(method) && INVALIDATES[method] !== undefined)).toEqual([]);
    expect([...QUIET].filter((method) => isReadMethod(method))).toEqual([]);
  });

  it('names only reads as stale', () => {
    const samples = { id: 'x', meetingId: 'm1', atMeetingId: 'm2', boardId: 'b1', corrects: { meetingId: 'm0', itemId: 'i0' } };
    for (const method of METHODS) {
      const stale = staleAfter(method, samples as never);
      if (stale === undefined || stale === 'everything') continue;
      for (const [query] of stale) expect(isReadMethod(query), `${method} makes ${query} stale`).toBe(true);
    }
  });

  it('makes a meeting’s own answers stale when its minutes, decisions or attendance change', () => {
    expect(staleAfter('resolutions.add', { meetingId: 'm1', itemId: 'i1', kind: 'RESOLVED', parts: ['That it be noted.'] })).toEqual(
      expect.arrayContaining([['meetings.get', { id: 'm1' }], ['exports.preview', { meetingId: 'm1' }], ['resolutions.list']]),
    );
    expect(staleAfter('minutes.save', { meetingId: 'm1', itemId: 'i1', text: 'Noted.' })).toContainEqual(['meetings.get', { id: 'm1' }]);
    expect(QUIET.has('minutes.save')).toBe(true);
  });

  it('makes both meetings stale when minutes are approved at a later one', () => {
    const stale = staleAfter('minutes.approve', {
      meetingId: 'm1',
      atMeetingId: 'm2',
      signature: { name: 'Cllr Ada Lovelace', signedOn: '2025-07-01' },
    });
    expect(stale).toEqual(
      expect.arrayContaining([
        ['meetings.get', { id: 'm1' }],
        ['meetings.get', { id: 'm2' }],
      ]),
    );
  });

  it('makes everything stale after an import', () => {
    expect(staleAfter('data.import', { bundle: {} })).toBe('everything');
  });
});
