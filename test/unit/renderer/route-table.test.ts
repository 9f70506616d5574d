import { describe, expect, it } from 'vitest';
import { screenCrumbs, screenTitle } from '../../../renderer/src/routing/route-naming';
import { hrefFor, parseRoute, ROUTE_NAMES, routeKey, routeSpec, type KnownRoute } from '../../../renderer/src/routing/routes';

/** One route of each name, its parameters filled with an awkward id, from the table's own patterns. */
function sampleOf(name: (typeof ROUTE_NAMES)[number], id: string): KnownRoute {
  const spec = routeSpec(name);
  const params = Object.fromEntries([...spec.path.matchAll(/:([A-Za-z]+)/g)].map(([, key]) => [key, id]));
  const query = spec.query === 'filters' ? { search: 'board=b1&status=open' } : spec.query === 'item' ? { itemId: id } : {};
  return { name, ...params, ...query } as KnownRoute;
}

const board = { id: 'b1', name: 'Health and Wellbeing Board' };
const meeting = { id: 'm1', date: '2025-06-10' };

describe('the route table', () => {
  it('reads back every route it writes, whatever the id', () => {
    for (const name of ROUTE_NAMES) {
      for (const id of ['plain', 'with space', 'a/b', '%', '£ and é', 'new']) {
        const route = sampleOf(name, id);
        expect(parseRoute(hrefFor(route))).toEqual(route);
      }
    }
  });

  it('gives every screen its own address and its own key', () => {
    const hrefs = new Set(ROUTE_NAMES.map((name) => hrefFor(sampleOf(name, 'x'))));
    const keys = new Set(ROUTE_NAMES.map((name) => routeKey(sampleOf(name, 'x'))));
    expect(hrefs.size).toBe(ROUTE_NAMES.length);
    expect(keys.size).toBe(ROUTE_NAMES.length);
  });

  it('keeps one key for a screen whatever its filters or the item it opens at, so they do not start it afresh', () => {
    expect(routeKey({ name: 'actions', search: 'status=open' })).toBe(routeKey({ name: 'actions', search: '' }));
    expect(routeKey({ name: 'live-minutes', meetingId: 'm1', itemId: 'i1' })).toBe(routeKey({ name: 'live-minutes', meetingId: 'm1' }));
    expect(routeKey({ name: 'members', boardId: 'x' })).not.toBe(routeKey({ name: 'board-edit', boardId: 'x' }));
  });

  it('opens the boards at an empty or root address, and calls anything else not found', () => {
    for (const hash of ['', '#', '#/', '#/boards']) expect(parseRoute(hash)).toEqual({ name: 'boards' });
    expect(parseRoute('#/nowhere')).toEqual({ name: 'not-found', path: '/nowhere' });
    expect(parseRoute('#/boards/%E0%A4%A')).toEqual({ name: 'not-found', path: '/boards/%E0%A4%A' });
    expect(parseRoute('#/boards/a/b')).toMatchObject({ name: 'not-found' });
    expect(parseRoute('#/meetings/m1/members')).toMatchObject({ name: 'not-found' });
  });

  it('reads the item to open at, and the filters, from after the ?', () => {
    expect(parseRoute('#/meetings/m1?item=i%2F2')).toEqual({ name: 'meeting', meetingId: 'm1', itemId: 'i/2' });
    expect(parseRoute('#/meetings/m1/minutes')).toEqual({ name: 'live-minutes', meetingId: 'm1' });
    expect(parseRoute('#/boards/b1/participation?from=2025-05-01')).toEqual({ name: 'participation', boardId: 'b1', search: 'from=2025-05-01' });
    expect(hrefFor({ name: 'actions', search: '' })).toBe('#/actions');
  });
});

describe('the window title and breadcrumbs of each screen', () => {
  it('names a screen alone until its board or meeting is known, then with them', () => {
    expect(screenTitle(parseRoute('#/boards/b1/members'))).toBe('Members');
    expect(screenTitle(parseRoute('#/boards/b1/members'), { board })).toBe('Members: Health and Wellbeing Board');
    expect(screenTitle(parseRoute('#/meetings/m1/approval'))).toBe('Approval of minutes');
    expect(screenTitle(parseRoute('#/meetings/m1/approval'), { board, meeting })).toBe('Approval: Health and Wellbeing Board, Tuesday 10 June 2025');
    expect(screenTitle(parseRoute('#/boards/b1'), { board })).toBe('Health and Wellbeing Board');
    expect(screenTitle(parseRoute('#/search'), { subject: 'budget' })).toBe('Search: budget');
    expect(screenTitle(parseRoute('#/search'), { subject: '' })).toBe('Search');
    expect(screenTitle(parseRoute('#/nowhere'))).toBe('Page not found');
  });

  it('leads every screen below a board back to the boards, its board and its meeting', () => {
    expect(screenCrumbs(parseRoute('#/meetings/m1/minutes'), { board, meeting })).toEqual([
      { label: 'Boards', href: '#/boards' },
      { label: 'Health and Wellbeing Board', href: '#/boards/b1' },
      { label: 'Tuesday 10 June 2025', href: '#/meetings/m1' },
      { label: 'Live minutes' },
    ]);
    expect(screenCrumbs(parseRoute('#/meetings/m1/minutes'))).toEqual([{ label: 'Boards', href: '#/boards' }, { label: 'Minutes' }]);
    expect(screenCrumbs(parseRoute('#/meetings/m1'), { board, meeting }).map((c) => c.label)).toEqual([
      'Boards',
      'Health and Wellbeing Board',
      'Tuesday 10 June 2025',
    ]);
    expect(screenCrumbs(parseRoute('#/new-board')).map((c) => c.label)).toEqual(['Boards', 'Create a board']);
  });

  it('gives the screens the main navigation opens no breadcrumbs, and every other screen some', () => {
    for (const name of ROUTE_NAMES) {
      const crumbs = screenCrumbs(sampleOf(name, 'x'), { board, meeting });
      const inNavigation = ['boards', 'actions', 'resolutions', 'search', 'reward', 'backups'].includes(name);
      expect(crumbs.length === 0, name).toBe(inNavigation);
      expect(screenTitle(sampleOf(name, 'x'), { board, meeting }), name).not.toBe('');
    }
  });
});
