/** The screens, addressed by the part of the URL after `#`, so the back button works and file:// needs no server. */
export type Route =
  | { readonly name: 'boards' }
  | { readonly name: 'board'; readonly boardId: string }
  | { readonly name: 'meeting'; readonly meetingId: string }
  | { readonly name: 'not-found'; readonly path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/' || path === '/boards') return { name: 'boards' };
  const match = /^\/(boards|meetings)\/([^/]+)$/.exec(path);
  const id = match?.[2] ? safeDecode(match[2]) : null;
  if (match && id) return match[1] === 'boards' ? { name: 'board', boardId: id } : { name: 'meeting', meetingId: id };
  return { name: 'not-found', path };
}

export function hrefFor(route: Exclude<Route, { name: 'not-found' }>): string {
  switch (route.name) {
    case 'boards':
      return '#/boards';
    case 'board':
      return `#/boards/${encodeURIComponent(route.boardId)}`;
    case 'meeting':
      return `#/meetings/${encodeURIComponent(route.meetingId)}`;
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
    case 'not-found':
      return `not-found:${route.path}`;
  }
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
