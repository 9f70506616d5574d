import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute, routeKey } from '../../../renderer/src/routing/routes';

describe('the addresses of a meeting’s live minutes and approval', () => {
  it('reads them and writes them back, whatever the id', () => {
    expect(parseRoute('#/meetings/m1/minutes')).toEqual({ name: 'live-minutes', meetingId: 'm1' });
    expect(parseRoute('#/meetings/m1/approval')).toEqual({ name: 'approval', meetingId: 'm1' });
    for (const id of ['plain', 'a/b', '£ and é']) {
      expect(parseRoute(hrefFor({ name: 'live-minutes', meetingId: id }))).toEqual({ name: 'live-minutes', meetingId: id });
      expect(parseRoute(hrefFor({ name: 'approval', meetingId: id }))).toEqual({ name: 'approval', meetingId: id });
    }
  });

  it('gives each screen of a meeting its own key, so each starts afresh', () => {
    const keys = new Set([
      routeKey({ name: 'meeting', meetingId: 'x' }),
      routeKey({ name: 'live-minutes', meetingId: 'x' }),
      routeKey({ name: 'approval', meetingId: 'x' }),
    ]);
    expect(keys.size).toBe(3);
  });
});
