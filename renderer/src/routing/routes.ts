/** The screens, addressed by the part of the URL after `#`, so the back button works and file:// needs no server. */
export type Route =
  | { readonly name: 'boards' }
  | { readonly name: 'board'; readonly boardId: string }
  /** `itemId`: the item to bring into view and focus, when the meeting is opened from a search or the register. */
  | { readonly name: 'meeting'; readonly meetingId: string; readonly itemId?: string }
  | { readonly name: 'board-new' }
  | { readonly name: 'board-edit'; readonly boardId: string }
  | { readonly name: 'members'; readonly boardId: string }
  | { readonly name: 'meeting-new'; readonly boardId: string }
  | { readonly name: 'meeting-edit'; readonly meetingId: string }
  | { readonly name: 'agenda-builder'; readonly meetingId: string }
  /** `itemId`: the item to open at, when the minutes are opened from a search. */
  | { readonly name: 'live-minutes'; readonly meetingId: string; readonly itemId?: string }
  | { readonly name: 'approval'; readonly meetingId: string }
  /** The tracker screens keep their filters after a `?` (URL search parameters), so Back returns to what was shown. */
  | { readonly name: 'actions'; readonly search: string }
  | { readonly name: 'resolutions'; readonly search: string }
  | { readonly name: 'search'; readonly search: string }
  /** Co-production: a meeting's access checklist; reward claims and rates; a board's ratings, participation and "you said, we did". */
  | { readonly name: 'access'; readonly meetingId: string }
  | { readonly name: 'reward'; readonly search: string }
  | { readonly name: 'coproduction'; readonly boardId: string }
  | { readonly name: 'participation'; readonly boardId: string; readonly search: string }
  | { readonly name: 'you-said'; readonly boardId: string }
  | { readonly name: 'reports'; readonly boardId: string }
  /** The data folder's backups: what is kept and why, a backup made now, a second folder, how to restore. */
  | { readonly name: 'backups' }
  | { readonly name: 'not-found'; readonly path: string };

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#/, '').split(/\?(.*)/s, 2);
  if (path === '' || path === '/' || path === '/boards') return { name: 'boards' };
  if (path === '/backups') return { name: 'backups' };
  const tracker = trackerRoute(path, search);
  if (tracker) return tracker;
  const meetingPage = /^\/meetings\/([^/]+)\/(minutes|approval|access)$/.exec(path);
  const meetingPageId = meetingPage?.[1] ? safeDecode(meetingPage[1]) : null;
  if (meetingPage && meetingPageId) {
    const page = meetingPage[2] === 'minutes' ? 'live-minutes' : meetingPage[2] === 'access' ? 'access' : 'approval';
    return page === 'live-minutes' ? { name: page, meetingId: meetingPageId, ...itemParam(search) } : { name: page, meetingId: meetingPageId };
  }
  const coproduction = coproductionRoute(path, search);
  if (coproduction) return coproduction;
  const match = /^\/(boards|meetings)\/([^/]+)$/.exec(path);
  const id = match?.[2] ? safeDecode(match[2]) : null;
  if (match && id) return match[1] === 'boards' ? { name: 'board', boardId: id } : { name: 'meeting', meetingId: id, ...itemParam(search) };
  const setUp = setUpRoute(path);
  if (setUp) return setUp;
  return { name: 'not-found', path };
}

export function hrefFor(route: Exclude<Route, { name: 'not-found' }>): string {
  switch (route.name) {
    case 'boards':
      return '#/boards';
    case 'board':
      return `#/boards/${encodeURIComponent(route.boardId)}`;
    case 'meeting':
      return `#/meetings/${encodeURIComponent(route.meetingId)}${route.itemId === undefined ? '' : `?${new URLSearchParams({ item: route.itemId }).toString()}`}`;
    case 'actions':
    case 'resolutions':
    case 'search':
      return `#/${route.name}${route.search === '' ? '' : `?${route.search}`}`;
    case 'board-new':
      return '#/new-board';
    case 'board-edit':
      return `#/boards/${encodeURIComponent(route.boardId)}/settings`;
    case 'members':
      return `#/boards/${encodeURIComponent(route.boardId)}/members`;
    case 'meeting-new':
      return `#/boards/${encodeURIComponent(route.boardId)}/new-meeting`;
    case 'meeting-edit':
      return `#/meetings/${encodeURIComponent(route.meetingId)}/details`;
    case 'agenda-builder':
      return `#/meetings/${encodeURIComponent(route.meetingId)}/agenda`;
    case 'live-minutes':
      return `#/meetings/${encodeURIComponent(route.meetingId)}/minutes${route.itemId === undefined ? '' : `?${new URLSearchParams({ item: route.itemId }).toString()}`}`;
    case 'approval':
      return `#/meetings/${encodeURIComponent(route.meetingId)}/approval`;
    case 'access':
      return `#/meetings/${encodeURIComponent(route.meetingId)}/access`;
    case 'reward':
      return `#/reward${route.search === '' ? '' : `?${route.search}`}`;
    case 'coproduction':
      return `#/boards/${encodeURIComponent(route.boardId)}/coproduction`;
    case 'participation':
      return `#/boards/${encodeURIComponent(route.boardId)}/participation${route.search === '' ? '' : `?${route.search}`}`;
    case 'you-said':
      return `#/boards/${encodeURIComponent(route.boardId)}/you-said`;
    case 'reports':
      return `#/boards/${encodeURIComponent(route.boardId)}/reports`;
    case 'backups':
      return '#/backups';
  }
}

/** One key per screen instance: a new key starts the screen afresh, dropping the last one's state. */
export function routeKey(route: Route): string {
  switch (route.name) {
    case 'boards':
      return 'boards';
    case 'board':
      return `board:${route.boardId}`;
    case 'meeting':
      return `meeting:${route.meetingId}`;
    case 'board-new':
      return 'board-new';
    case 'board-edit':
    case 'members':
    case 'meeting-new':
      return `${route.name}:${route.boardId}`;
    case 'meeting-edit':
    case 'agenda-builder':
      return `${route.name}:${route.meetingId}`;
    case 'live-minutes':
      return `live-minutes:${route.meetingId}`;
    case 'approval':
    case 'access':
      return `${route.name}:${route.meetingId}`;
    case 'coproduction':
    case 'participation':
    case 'you-said':
    case 'reports':
      return `${route.name}:${route.boardId}`;
    case 'reward':
    case 'backups':
      return route.name;
    // One key whatever the filters: changing a filter must not start the screen afresh.
    case 'actions':
    case 'resolutions':
    case 'search':
      return route.name;
    case 'not-found':
      return `not-found:${route.path}`;
  }
}

/** The screens for setting up boards, members, meetings and agendas: a board or meeting, then what to do with it. */
function setUpRoute(path: string): Route | null {
  if (path === '/new-board') return { name: 'board-new' };
  const match = /^\/(boards|meetings)\/([^/]+)\/(settings|members|new-meeting|details|agenda)$/.exec(path);
  const id = match?.[2] ? safeDecode(match[2]) : null;
  if (!match || !id) return null;
  switch (`${match[1]}/${match[3]}`) {
    case 'boards/settings':
      return { name: 'board-edit', boardId: id };
    case 'boards/members':
      return { name: 'members', boardId: id };
    case 'boards/new-meeting':
      return { name: 'meeting-new', boardId: id };
    case 'meetings/details':
      return { name: 'meeting-edit', meetingId: id };
    case 'meetings/agenda':
      return { name: 'agenda-builder', meetingId: id };
    default:
      return null;
  }
}

/** A board's co-production pages, and reward across boards. */
function coproductionRoute(path: string, search: string): Route | null {
  if (path === '/reward') return { name: 'reward', search };
  const match = /^\/boards\/([^/]+)\/(coproduction|participation|you-said|reports)$/.exec(path);
  const boardId = match?.[1] ? safeDecode(match[1]) : null;
  if (!match || !boardId) return null;
  switch (match[2]) {
    case 'participation':
      return { name: 'participation', boardId, search };
    case 'coproduction':
      return { name: 'coproduction', boardId };
    case 'reports':
      return { name: 'reports', boardId };
    default:
      return { name: 'you-said', boardId };
  }
}

/** The actions tracker, the resolutions register and search, with their filters. */
function trackerRoute(path: string, search: string): Route | null {
  if (path === '/actions') return { name: 'actions', search };
  if (path === '/resolutions') return { name: 'resolutions', search };
  if (path === '/search') return { name: 'search', search };
  return null;
}

function itemParam(search: string): { readonly itemId?: string } {
  const itemId = new URLSearchParams(search).get('item');
  return itemId ? { itemId } : {};
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
