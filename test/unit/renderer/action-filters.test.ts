import { describe, expect, it } from 'vitest';
import type { ActionView } from '../../../shared/api/views';
import {
  actionCountWords,
  actionFiltersSearch,
  DEFAULT_ACTION_FILTERS,
  filterActions,
  focusedAction,
  ownerChoices,
  parseActionFilters,
} from '../../../renderer/src/features/actions/action-filters';

const T = '2025-01-01T10:00:00.000Z';
function view(id: string, overrides: Partial<ActionView> = {}): ActionView {
  return {
    id,
    meetingId: 'm1',
    text: `Action ${id}`,
    owner: { kind: 'person', personId: 'p1' },
    status: 'open',
    history: [],
    createdAt: T,
    updatedAt: T,
    boardId: 'b1',
    boardName: 'Carers Board',
    meetingDate: '2025-01-14',
    ownerLabel: 'Priya Banerjee',
    overdue: false,
    ...overrides,
  };
}

const actions = [
  view('a1', { overdue: true, due: { kind: 'date', date: '2025-02-01' } }),
  view('a2', { owner: { kind: 'organisation', name: 'Adult Social Care' }, ownerLabel: 'Adult Social Care' }),
  view('a3', { owner: { kind: 'person', personId: 'p2' }, ownerLabel: 'Dev Sharma', overdue: true }),
  view('a4', { owner: { kind: 'person', personId: 'p9' }, ownerLabel: 'Priya Banerjee' }),
];

describe('the actions tracker’s filters', () => {
  it('reads filters from the address and writes only what differs from the usual view', () => {
    expect(parseActionFilters('')).toEqual(DEFAULT_ACTION_FILTERS);
    const filters = parseActionFilters('board=b1&status=done&owner=person%3Ap1&overdue=1');
    expect(filters).toEqual({ boardId: 'b1', status: 'done', owner: 'person:p1', overdueOnly: true });
    expect(parseActionFilters(actionFiltersSearch(filters))).toEqual(filters);
    expect(actionFiltersSearch(DEFAULT_ACTION_FILTERS)).toBe('');
    expect(parseActionFilters('status=nonsense').status).toBe('outstanding');
  });

  it('knows the action a search result opened', () => {
    expect(focusedAction('board=b1&status=all&action=a3')).toEqual({ actionId: 'a3', boardId: 'b1' });
    expect(focusedAction('board=b1')).toBeNull();
  });

  it('filters by owner, telling apart two people of the same name, and by overdue', () => {
    expect(filterActions(actions, { owner: 'person:p1', overdueOnly: false }).map((a) => a.id)).toEqual(['a1']);
    expect(filterActions(actions, { owner: 'organisation:Adult Social Care', overdueOnly: false }).map((a) => a.id)).toEqual(['a2']);
    expect(filterActions(actions, { owner: '', overdueOnly: true }).map((a) => a.id)).toEqual(['a1', 'a3']);
    expect(filterActions(actions, { owner: 'person:p2', overdueOnly: true }).map((a) => a.id)).toEqual(['a3']);
  });

  it('offers each owner once, by name, and keeps the chosen one when it has no actions left', () => {
    expect(ownerChoices(actions, '').map((o) => o.label)).toEqual(['Adult Social Care', 'Dev Sharma', 'Priya Banerjee', 'Priya Banerjee']);
    expect(ownerChoices([], 'organisation:Carers Trust')).toEqual([{ value: 'organisation:Carers Trust', label: 'Carers Trust' }]);
  });

  it('counts what is shown, overdue ones too', () => {
    expect(actionCountWords(actions, 'outstanding')).toBe('4 outstanding actions, 2 overdue');
    expect(actionCountWords(actions.slice(1, 2), 'all')).toBe('1 action');
  });
});
