import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode, Ref } from 'react';
import type { ActionView } from '../../../../shared/api/views';
import type { ActionStatus } from '../../../../shared/model/action';
import { refreshed, useApiQuery } from '../../api/use-api-query';
import { useAnnounce } from '../../components/Announcer';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageHeading } from '../../components/PageHeading';
import { useRoute } from '../../routing/RouteProvider';
import { replaceAddress } from '../../routing/replace-address';
import {
  actionCountWords,
  actionFiltersSearch,
  DEFAULT_ACTION_FILTERS,
  filterActions,
  focusedAction,
  ownerChoices,
  parseActionFilters,
  STATUS_FILTER_CAPTION,
  STATUS_WORDS,
  type ActionFilters,
} from './action-filters';
import { ActionFiltersForm } from './ActionFiltersForm';
import { ActionsTable } from './ActionsTable';
import { UpdateActionDialog } from './UpdateActionDialog';
import '../../styles/trackers.css';
import { useScreenTitle } from '../../routing/use-screen-title';

const SUMMARY_ID = 'actions-summary';

/** The address's filters, read afresh whenever the address itself changes (a menu, a link, Back). */
function useAddressFilters(): [ActionFilters, (next: ActionFilters) => void, string | null] {
  const { route } = useRoute();
  const search = route.name === 'actions' ? route.search : '';
  const [state, setState] = useState(() => ({ route, filters: parseActionFilters(search), focus: focusedAction(search)?.actionId ?? null }));
  if (state.route !== route) {
    // Adjusting state while rendering, as React advises for state derived from a changed prop.
    setState({ route, filters: parseActionFilters(search), focus: focusedAction(search)?.actionId ?? null });
  }
  useEffect(() => replaceAddress({ name: 'actions', search: actionFiltersSearch(state.filters) }), [state.filters]);
  const setFilters = useCallback((filters: ActionFilters) => setState((s) => ({ ...s, filters, focus: null })), []);
  return [state.filters, setFilters, state.focus];
}

/** One tracker for the actions of every board: filter, see what is overdue, and record progress with a dated note. */
export function ActionsScreen(): ReactNode {
  const [filters, setFilters, focusId] = useAddressFilters();
  const boards = useApiQuery('boards.list', {});
  const list = useApiQuery('actions.list', { ...(filters.boardId === '' ? {} : { boardId: filters.boardId }), status: filters.status });
  const announce = useAnnounce();
  useScreenTitle();

  const loaded = list.data ?? null;
  const visible = useMemo(() => (loaded ? filterActions(loaded, filters) : null), [loaded, filters]);
  const owners = useMemo(() => ownerChoices(loaded ?? [], filters.owner), [loaded, filters.owner]);
  const countWords = visible ? actionCountWords(visible, filters.status) : '';

  // What to say, and where focus goes, once the list has been redrawn after an update.
  const afterRedraw = useRef<{ readonly message: string; readonly actionId: string } | null>(null);
  const updateButtons = useRef(new Map<string, HTMLButtonElement>());
  const summary = useRef<HTMLParagraphElement>(null);
  const anchor = useRef<HTMLElement>(null);
  const [updating, setUpdating] = useState<ActionView | null>(null);

  useEffect(() => {
    if (visible === null) return;
    const pending = afterRedraw.current;
    afterRedraw.current = null;
    announce(pending ? `${pending.message} ${countWords} shown.` : `${countWords} shown.`);
    if (pending) {
      // The row may have left the list (a done action under "outstanding"): then focus goes to the count.
      const button = updateButtons.current.get(pending.actionId);
      if (button) button.focus();
      else summary.current?.focus();
    }
  }, [visible, countWords, announce]);

  // Opened from a search result: the action is brought into view and focused, once.
  const focused = useRef(false);
  useEffect(() => {
    if (focusId === null || visible === null || focused.current) return;
    focused.current = true;
    anchor.current?.scrollIntoView({ block: 'center' });
    anchor.current?.focus();
  }, [focusId, visible]);

  const updateButton = useCallback(
    (actionId: string): Ref<HTMLButtonElement> =>
      (element: HTMLButtonElement | null) => {
        if (element) updateButtons.current.set(actionId, element);
        else updateButtons.current.delete(actionId);
      },
    [],
  );

  const closeDialog = (): void => {
    const actionId = updating?.id;
    setUpdating(null);
    if (actionId !== undefined) updateButtons.current.get(actionId)?.focus();
  };
  const saved = async (action: ActionView, status: ActionStatus): Promise<void> => {
    afterRedraw.current = { message: `Update saved: the action is ${STATUS_WORDS[status].toLowerCase()}.`, actionId: action.id };
    setUpdating(null);
    await refreshed(list);
  };

  const boardName = filters.boardId === '' ? 'all boards' : (boards.data?.find((b) => b.id === filters.boardId)?.name ?? 'the chosen board');
  const ownerName = filters.owner === '' ? null : (owners.find((o) => o.value === filters.owner)?.label ?? null);

  return (
    <>
      <PageHeading>Actions</PageHeading>
      <p className="lead">
        Every action from the minutes of every board. Overdue actions are marked; done actions leave the next agenda’s action log.
      </p>
      <ActionFiltersForm filters={filters} boards={boards.data ?? []} owners={owners} onChange={setFilters} />
      {list.isPending ? <LoadingMessage>Loading actions…</LoadingMessage> : null}
      {list.isLoadingError ? <ErrorAlert error={list.error} context="The actions could not be loaded." onRetry={() => void list.refetch()} /> : null}
      {visible !== null && loaded !== null ? (
        <>
          <p ref={summary} id={SUMMARY_ID} className="tracker-summary" tabIndex={-1}>
            <strong>{countWords}</strong>.
            {!filters.overdueOnly && visible.some((a) => a.overdue) ? (
              <>
                {' '}
                <button type="button" className="link-button" onClick={() => setFilters({ ...filters, overdueOnly: true })}>
                  Show only the overdue ones
                </button>
              </>
            ) : null}
          </p>
          {visible.length > 0 ? (
            <ActionsTable
              caption={`Actions ${STATUS_FILTER_CAPTION[filters.status]} on ${boardName}${ownerName ? `, owned by ${ownerName}` : ''}`}
              actions={visible}
              highlightedId={focusId}
              anchorRef={anchor}
              updateButton={updateButton}
              onUpdate={setUpdating}
            />
          ) : (
            <NoActions
              filtered={loaded.length > 0 || filters.status !== DEFAULT_ACTION_FILTERS.status || filters.boardId !== ''}
              onClear={() => setFilters(DEFAULT_ACTION_FILTERS)}
            />
          )}
        </>
      ) : null}
      {updating ? <UpdateActionDialog action={updating} onClose={closeDialog} onSaved={(status) => void saved(updating, status)} /> : null}
    </>
  );
}

function NoActions({ filtered, onClear }: { filtered: boolean; onClear: () => void }): ReactNode {
  if (filtered) {
    return (
      <EmptyState title="No actions match these filters.">
        <p>
          Choose another board, status or owner, or{' '}
          <button type="button" className="link-button" onClick={onClear}>
            clear the filters
          </button>
          .
        </p>
      </EmptyState>
    );
  }
  return (
    <EmptyState title="No outstanding actions.">
      <p>Actions are recorded in the live minutes of a meeting, against the item they arise from. They appear here until they are done.</p>
    </EmptyState>
  );
}
