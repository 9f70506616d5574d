import { formatLongDate } from '../../../shared/domain/british-dates';
import { hrefFor, routeSpec, type Route } from './routes';

export type Crumb = { readonly label: string; readonly href?: string };

/** What a screen has loaded that names it: its board, its meeting, or (search) what was asked for. */
export type Known = {
  readonly board?: { readonly id: string; readonly name: string };
  readonly meeting?: { readonly id: string; readonly date: string };
  /** Said after the screen's name in the window title: the words searched for, say. */
  readonly subject?: string;
};

const BOARDS: Crumb = { label: 'Boards', href: hrefFor({ name: 'boards' }) };
const NOT_FOUND = 'Page not found';

/** The screen's window title, from the route table: its name, then its board (and meeting) once they are known. */
export function screenTitle(route: Route, known: Known = {}): string {
  if (route.name === 'not-found') return NOT_FOUND;
  const spec = routeSpec(route.name);
  const { board, meeting } = known;
  const about =
    spec.scope === 'meeting' && board && meeting
      ? `${board.name}, ${formatLongDate(meeting.date)}`
      : spec.scope !== 'app'
        ? board?.name
        : known.subject;
  if (about === undefined || about === '') return spec.name;
  if (spec.title === null) return about;
  return `${spec.title ?? spec.name}: ${about}`;
}

/** The screen's breadcrumbs, from the route table; empty for the screens the main navigation opens. */
export function screenCrumbs(route: Route, known: Known = {}): readonly Crumb[] {
  if (route.name === 'not-found') return [];
  const spec = routeSpec(route.name);
  if (spec.crumbs === false) return [];
  const { board, meeting } = known;
  const inScope: Crumb[] = [];
  if (spec.scope !== 'app' && board) inScope.push({ label: board.name, href: hrefFor({ name: 'board', boardId: board.id }) });
  if (spec.scope === 'meeting' && board && meeting)
    inScope.push({ label: formatLongDate(meeting.date), href: hrefFor({ name: 'meeting', meetingId: meeting.id }) });
  const isKnown = spec.scope === 'app' || (spec.scope === 'board' ? board !== undefined : board !== undefined && meeting !== undefined);
  if (!isKnown) return [BOARDS, { label: spec.name }];
  const last = spec.crumb === undefined ? spec.name : spec.crumb;
  return last === null ? [BOARDS, ...inScope] : [BOARDS, ...inScope, { label: last }];
}
