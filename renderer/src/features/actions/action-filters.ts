import type { ActionView } from '../../../../shared/api/views';
import { ACTION_STATUSES, type ActionOwner, type ActionStatus } from '../../../../shared/model/action';

/** Which actions the tracker asks the backend for; `outstanding` is open or in progress. */
export type ActionStatusFilter = ActionStatus | 'outstanding' | 'closed' | 'all';

export type ActionFilters = {
  /** '' for every board. */
  readonly boardId: string;
  readonly status: ActionStatusFilter;
  /** '' for anyone; otherwise an owner key (see `ownerKey`). */
  readonly owner: string;
  readonly overdueOnly: boolean;
};

export const DEFAULT_ACTION_FILTERS: ActionFilters = { boardId: '', status: 'outstanding', owner: '', overdueOnly: false };

const STATUS_FILTERS: readonly ActionStatusFilter[] = ['outstanding', ...ACTION_STATUSES, 'closed', 'all'];

export const STATUS_FILTER_WORDS: Readonly<Record<ActionStatusFilter, string>> = {
  outstanding: 'Outstanding (open or in progress)',
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
  closed: 'Closed (done or cancelled)',
  all: 'Any status',
};

/** The status filter inside a sentence: "12 outstanding actions". */
export const STATUS_FILTER_ADJECTIVE: Readonly<Record<ActionStatusFilter, string>> = {
  outstanding: 'outstanding',
  open: 'open',
  'in-progress': 'in-progress',
  done: 'done',
  cancelled: 'cancelled',
  closed: 'closed',
  all: '',
};

/** The status filter in the table's caption: "Actions still outstanding on all boards". */
export const STATUS_FILTER_CAPTION: Readonly<Record<ActionStatusFilter, string>> = {
  outstanding: 'still outstanding',
  open: 'not yet started',
  'in-progress': 'in progress',
  done: 'done',
  cancelled: 'cancelled',
  closed: 'done or cancelled',
  all: 'of any status',
};

export const STATUS_WORDS: Readonly<Record<ActionStatus, string>> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const statusFilterChoices = (): { value: ActionStatusFilter; label: string }[] =>
  STATUS_FILTERS.map((value) => ({ value, label: STATUS_FILTER_WORDS[value] }));

const isStatusFilter = (value: string | null): value is ActionStatusFilter => STATUS_FILTERS.some((s) => s === value);

/** The filters written in the address (`board`, `status`, `owner`, `overdue`); anything unknown is left at its default. */
export function parseActionFilters(search: string): ActionFilters {
  const params = new URLSearchParams(search);
  const status = params.get('status');
  return {
    boardId: params.get('board') ?? '',
    status: isStatusFilter(status) ? status : DEFAULT_ACTION_FILTERS.status,
    owner: params.get('owner') ?? '',
    overdueOnly: params.get('overdue') === '1',
  };
}

/** The address form of the filters, leaving out defaults so a plain "#/actions" means the usual view. */
export function actionFiltersSearch(filters: ActionFilters): string {
  const params = new URLSearchParams();
  if (filters.boardId !== '') params.set('board', filters.boardId);
  if (filters.status !== DEFAULT_ACTION_FILTERS.status) params.set('status', filters.status);
  if (filters.owner !== '') params.set('owner', filters.owner);
  if (filters.overdueOnly) params.set('overdue', '1');
  return params.toString();
}

/** The action a search result opens, from `?action=ID`: shown whatever its status, on its board. */
export function focusedAction(search: string): { readonly actionId: string; readonly boardId: string } | null {
  const params = new URLSearchParams(search);
  const actionId = params.get('action');
  return actionId ? { actionId, boardId: params.get('board') ?? '' } : null;
}

/** One key per owner, person or organisation, so two owners with the same name stay apart. */
export function ownerKey(owner: ActionOwner): string {
  switch (owner.kind) {
    case 'person':
      return `person:${owner.personId}`;
    case 'organisation':
      return `organisation:${owner.name}`;
    case 'initials':
      return `initials:${owner.initials}`;
    case 'tbc':
      return 'tbc';
  }
}

export type OwnerChoice = { readonly value: string; readonly label: string };

/** Everyone who owns one of these actions, by name; the chosen owner stays in the list even with none left. */
export function ownerChoices(actions: readonly ActionView[], chosen: string): OwnerChoice[] {
  const byKey = new Map<string, string>();
  for (const action of actions) byKey.set(ownerKey(action.owner), action.ownerLabel);
  if (chosen !== '' && !byKey.has(chosen)) {
    byKey.set(chosen, chosen.startsWith('organisation:') ? chosen.slice('organisation:'.length) : 'The owner you chose');
  }
  return [...byKey].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
}

/** The filters the backend does not apply: owner and overdue. */
export function filterActions(actions: readonly ActionView[], filters: Pick<ActionFilters, 'owner' | 'overdueOnly'>): ActionView[] {
  return actions.filter((a) => (filters.owner === '' || ownerKey(a.owner) === filters.owner) && (!filters.overdueOnly || a.overdue));
}

/** "12 outstanding actions, 3 overdue": what the screen shows and a screen reader hears after each change. */
export function actionCountWords(actions: readonly ActionView[], status: ActionStatusFilter): string {
  const overdue = actions.filter((a) => a.overdue).length;
  const adjective = STATUS_FILTER_ADJECTIVE[status];
  const count = `${actions.length} ${adjective === '' ? '' : `${adjective} `}${actions.length === 1 ? 'action' : 'actions'}`;
  return overdue === 0 ? count : `${count}, ${overdue} overdue`;
}
