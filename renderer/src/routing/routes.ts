import { planned, type PlannedCall } from '../api/planned-call';

/**
 * The route table: every screen, addressed by the part of the URL after `#` (so the back button works and file://
 * needs no server), with what the navigation, the window title, the breadcrumbs and the calls started at app start
 * need to know of it. The screens themselves are drawn by `screens.tsx`, keyed by the same names: this file is
 * read by the app's small entry before React loads, so it holds no components.
 *
 * A path names its parameters with a colon (`/boards/:boardId`); they are percent-encoded in the address.
 */
const ROUTES = {
  boards: route({
    path: '/boards',
    aliases: ['', '/'],
    section: 'boards',
    scope: 'app',
    name: 'Boards',
    crumbs: false,
    early: () => [planned('boards.list', {}), planned('members.termReminders', {})],
  }),
  board: route({ path: '/boards/:boardId', section: 'boards', scope: 'board', name: 'Board', title: null, crumb: null }),
  /** `itemId`: the item to bring into view and focus, when the meeting is opened from a search or the register. */
  meeting: route({
    path: '/meetings/:meetingId',
    query: 'item',
    section: 'boards',
    scope: 'meeting',
    name: 'Meeting',
    title: 'Agenda',
    crumb: null,
    early: ({ meetingId }) => [planned('meetings.get', { id: meetingId })],
  }),
  'board-new': route({ path: '/new-board', section: 'boards', scope: 'app', name: 'Create a board' }),
  'board-edit': route({
    path: '/boards/:boardId/settings',
    section: 'boards',
    scope: 'board',
    name: 'Board settings',
    title: 'Settings',
    crumb: 'Settings',
  }),
  members: route({ path: '/boards/:boardId/members', section: 'boards', scope: 'board', name: 'Members' }),
  'meeting-new': route({ path: '/boards/:boardId/new-meeting', section: 'boards', scope: 'board', name: 'Schedule a meeting' }),
  'meeting-edit': route({
    path: '/meetings/:meetingId/details',
    section: 'boards',
    scope: 'meeting',
    name: 'Change meeting details',
    crumb: 'Change details',
  }),
  'agenda-builder': route({ path: '/meetings/:meetingId/agenda', section: 'boards', scope: 'meeting', name: 'Build the agenda' }),
  /** `itemId`: the item to open at, when the minutes are opened from a search. */
  'live-minutes': route({
    path: '/meetings/:meetingId/minutes',
    query: 'item',
    section: 'boards',
    scope: 'meeting',
    name: 'Minutes',
    crumb: 'Live minutes',
    // As useMeetingWork: people alongside the meeting, then the board's members on the meeting's day.
    early: ({ meetingId }) => [
      planned('people.list', {}),
      planned('meetings.get', { id: meetingId, carriedActions: false }, (detail) => [
        planned('members.list', { boardId: detail.board.id, on: detail.meeting.date }),
      ]),
    ],
  }),
  approval: route({
    path: '/meetings/:meetingId/approval',
    section: 'boards',
    scope: 'meeting',
    name: 'Approval of minutes',
    title: 'Approval',
    crumb: 'Approval and signing',
  }),
  /** The tracker screens keep their filters after a `?` (URL search parameters), so Back returns to what was shown. */
  actions: route({ path: '/actions', query: 'filters', section: 'actions', scope: 'app', name: 'Actions', crumbs: false }),
  resolutions: route({ path: '/resolutions', query: 'filters', section: 'resolutions', scope: 'app', name: 'Resolutions register', crumbs: false }),
  search: route({ path: '/search', query: 'filters', section: 'search', scope: 'app', name: 'Search', crumbs: false }),
  /** Co-production: a meeting's access checklist; reward claims and rates; a board's ratings, participation and "you said, we did". */
  access: route({ path: '/meetings/:meetingId/access', section: 'boards', scope: 'meeting', name: 'Access checklist' }),
  reward: route({ path: '/reward', query: 'filters', section: 'reward', scope: 'app', name: 'Reward', crumbs: false }),
  coproduction: route({ path: '/boards/:boardId/coproduction', section: 'boards', scope: 'board', name: 'Co-production ratings' }),
  participation: route({
    path: '/boards/:boardId/participation',
    query: 'filters',
    section: 'boards',
    scope: 'board',
    name: 'Participation',
    crumb: 'Participation and diversity',
  }),
  'you-said': route({ path: '/boards/:boardId/you-said', section: 'boards', scope: 'board', name: 'You said, we did' }),
  reports: route({ path: '/boards/:boardId/reports', section: 'boards', scope: 'board', name: 'Reports' }),
  /** Past minutes from Word and PDF files, each reviewed beside its text before it is stored. */
  'past-minutes': route({ path: '/boards/:boardId/past-minutes', section: 'boards', scope: 'board', name: 'Bring in past minutes' }),
  /** The data folder's backups: what is kept and why, a backup made now, a second folder, how to restore. */
  backups: route({ path: '/backups', section: 'backups', scope: 'app', name: 'Backups', crumbs: false }),
};

/** The sections of the main navigation: every screen sits in one. */
export type Section = 'boards' | 'actions' | 'resolutions' | 'reward' | 'search' | 'backups';

/** What a screen is about, which its window title and breadcrumbs name once it has loaded. */
export type Scope = 'app' | 'board' | 'meeting';

/**
 * How the part after `?` is kept: not at all; as the screen's filters, whole (`search`); or as the item to open at
 * (`itemId`).
 */
type QueryKind = 'none' | 'filters' | 'item';

/** The parameters a path pattern names, each a string. */
type PathParams<P extends string> = P extends `${string}:${infer Param}/${infer Rest}`
  ? { readonly [K in Param]: string } & PathParams<Rest>
  : P extends `${string}:${infer Param}`
    ? { readonly [K in Param]: string }
    : unknown;

type QueryParams<Q extends QueryKind> = Q extends 'filters' ? { readonly search: string } : Q extends 'item' ? { readonly itemId?: string } : unknown;

export type RouteSpec<P extends string = string, Q extends QueryKind = QueryKind> = {
  readonly path: P;
  /** Other addresses of the same screen. */
  readonly aliases?: readonly string[];
  readonly query?: Q;
  readonly section: Section;
  readonly scope: Scope;
  /** The screen's name: its window title and last breadcrumb while its board or meeting is not known. */
  readonly name: string;
  /**
   * Once the board or meeting is known, the window title's first words, before the board's name (and the meeting's
   * date); null when the board or meeting itself names the screen. The screen's name if not given.
   */
  readonly title?: string | null;
  /** Once known, the last breadcrumb; null when the board's or meeting's own crumb is the last. The name if not given. */
  readonly crumb?: string | null;
  /** False for the screens the main navigation opens: they have no breadcrumbs. */
  readonly crumbs?: boolean;
  /** The calls the screen makes as soon as it shows (besides the shell's status), started before the app has loaded. */
  readonly early?: (params: PathParams<P>) => readonly PlannedCall[];
};

function route<const P extends string, const Q extends QueryKind = 'none'>(spec: RouteSpec<P, Q>): RouteSpec<P, Q> {
  return spec;
}

type Table = typeof ROUTES;
export type RouteName = keyof Table;
type QueryOf<S> = S extends RouteSpec<string, infer Q> ? Q : never;
export type RouteOf<N extends RouteName> = { readonly name: N } & PathParams<Table[N]['path']> & QueryParams<QueryOf<Table[N]>>;

/** A screen and its parameters, as read from the address. */
export type Route = { [N in RouteName]: RouteOf<N> }[RouteName] | { readonly name: 'not-found'; readonly path: string };
export type KnownRoute = Exclude<Route, { name: 'not-found' }>;

export const ROUTE_NAMES = Object.keys(ROUTES) as RouteName[];

/** The table's entry for a screen. */
export function routeSpec(name: RouteName): RouteSpec {
  return ROUTES[name];
}

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#/, '').split(/\?(.*)/s, 2);
  for (const name of ROUTE_NAMES) {
    const spec: RouteSpec = ROUTES[name];
    const params = [spec.path, ...(spec.aliases ?? [])].map((pattern) => matchPath(pattern, path)).find((p) => p !== null);
    if (params) return { name, ...params, ...queryParams(spec.query ?? 'none', search) } as Route;
  }
  return { name: 'not-found', path };
}

export function hrefFor(route: KnownRoute): string {
  const spec: RouteSpec = ROUTES[route.name];
  const params: Readonly<Record<string, unknown>> = route;
  const path = spec.path.replace(/:([A-Za-z]+)/g, (_match, key: string) => encodeURIComponent(String(params[key])));
  return `#${path}${queryText(spec.query ?? 'none', params)}`;
}

/**
 * One key per screen instance: a new key starts the screen afresh, dropping the last one's state. The path's
 * parameters only: changing a filter, or the item to open at, must not start the screen afresh.
 */
export function routeKey(route: Route): string {
  if (route.name === 'not-found') return `not-found:${route.path}`;
  const params: Readonly<Record<string, unknown>> = route;
  return [route.name, ...pathKeys(ROUTES[route.name].path).map((key) => String(params[key]))].join(':');
}

/** The parameters of `path` if it has the pattern's shape, decoded; null if not, or if a parameter is badly escaped. */
function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const have = path.split('/');
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of want.entries()) {
    const segment = have[index] ?? '';
    if (!part.startsWith(':')) {
      if (part !== segment) return null;
      continue;
    }
    const value = segment === '' ? null : safeDecode(segment);
    if (value === null) return null;
    params[part.slice(1)] = value;
  }
  return params;
}

function pathKeys(pattern: string): string[] {
  return pattern
    .split('/')
    .filter((part) => part.startsWith(':'))
    .map((part) => part.slice(1));
}

function queryParams(kind: QueryKind, search: string): Record<string, string> {
  if (kind === 'filters') return { search };
  if (kind === 'item') {
    const itemId = new URLSearchParams(search).get('item');
    return itemId ? { itemId } : {};
  }
  return {};
}

function queryText(kind: QueryKind, params: Readonly<Record<string, unknown>>): string {
  if (kind === 'filters' && typeof params.search === 'string' && params.search !== '') return `?${params.search}`;
  if (kind === 'item' && typeof params.itemId === 'string') return `?${new URLSearchParams({ item: params.itemId }).toString()}`;
  return '';
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
