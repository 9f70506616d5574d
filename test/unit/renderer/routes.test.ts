import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute, routeKey } from '../../../renderer/src/routing/routes';

describe('hash routes', () => {
  it('opens the boards for an empty or root address', () => {
    for (const hash of ['', '#', '#/', '#/boards']) expect(parseRoute(hash)).toEqual({ name: 'boards' });
  });

  it('reads a board and a meeting from the address', () => {
    expect(parseRoute('#/boards/b1')).toEqual({ name: 'board', boardId: 'b1' });
    expect(parseRoute('#/meetings/m%2F1')).toEqual({ name: 'meeting', meetingId: 'm/1' });
  });

  it('round-trips every id, however odd', () => {
    for (const id of ['plain', 'with space', 'a/b', '%', '£ and é']) {
      expect(parseRoute(hrefFor({ name: 'board', boardId: id }))).toEqual({ name: 'board', boardId: id });
      expect(parseRoute(hrefFor({ name: 'meeting', meetingId: id }))).toEqual({ name: 'meeting', meetingId: id });
    }
  });

  it('calls anything else not found, including broken escapes', () => {
    expect(parseRoute('#/nowhere')).toEqual({ name: 'not-found', path: '/nowhere' });
    expect(parseRoute('#/boards/%E0%A4%A')).toEqual({ name: 'not-found', path: '/boards/%E0%A4%A' });
    expect(parseRoute('#/boards/a/b')).toMatchObject({ name: 'not-found' });
  });

  it('gives each screen its own key', () => {
    expect(routeKey({ name: 'board', boardId: 'x' })).not.toBe(routeKey({ name: 'meeting', meetingId: 'x' }));
  });

  it('reads the screens that set up boards, members, meetings and agendas', () => {
    expect(parseRoute('#/new-board')).toEqual({ name: 'board-new' });
    expect(parseRoute('#/boards/b1/settings')).toEqual({ name: 'board-edit', boardId: 'b1' });
    expect(parseRoute('#/boards/b1/members')).toEqual({ name: 'members', boardId: 'b1' });
    expect(parseRoute('#/boards/b1/new-meeting')).toEqual({ name: 'meeting-new', boardId: 'b1' });
    expect(parseRoute('#/meetings/m1/details')).toEqual({ name: 'meeting-edit', meetingId: 'm1' });
    expect(parseRoute('#/meetings/m1/agenda')).toEqual({ name: 'agenda-builder', meetingId: 'm1' });
    expect(parseRoute('#/meetings/m1/members')).toMatchObject({ name: 'not-found' });
    // A board whose id is "new" is still a board: creating one has an address of its own.
    expect(parseRoute(hrefFor({ name: 'board', boardId: 'new' }))).toEqual({ name: 'board', boardId: 'new' });
    for (const id of ['a/b', '£ and é']) {
      expect(parseRoute(hrefFor({ name: 'members', boardId: id }))).toEqual({ name: 'members', boardId: id });
      expect(parseRoute(hrefFor({ name: 'agenda-builder', meetingId: id }))).toEqual({ name: 'agenda-builder', meetingId: id });
    }
    expect(routeKey({ name: 'members', boardId: 'x' })).not.toBe(routeKey({ name: 'board-edit', boardId: 'x' }));
  });
});
