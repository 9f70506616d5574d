import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { useAnnounce } from '../../components/Announcer';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageHeading } from '../../components/PageHeading';
import { useRoute } from '../../routing/RouteProvider';
import { replaceAddress } from '../../routing/replace-address';
import {
  dateRange,
  decisionCountWords,
  DEFAULT_RESOLUTION_FILTERS,
  filterResolutions,
  parseResolutionFilters,
  resolutionFiltersSearch,
  type ResolutionFilters,
} from './resolution-filters';
import { ResolutionFiltersForm } from './ResolutionFiltersForm';
import { ResolutionsTable } from './ResolutionsTable';
import '../../styles/trackers.css';
import { useScreenTitle } from '../../routing/use-screen-title';

/** How long the words filter waits for typing to pause before the count is read out. */
const ANNOUNCE_AFTER_MS = 600;

function useAddressFilters(): [ResolutionFilters, (next: ResolutionFilters) => void] {
  const { route } = useRoute();
  const search = route.name === 'resolutions' ? route.search : '';
  const [state, setState] = useState(() => ({ route, filters: parseResolutionFilters(search) }));
  if (state.route !== route) setState({ route, filters: parseResolutionFilters(search) });
  useEffect(() => replaceAddress({ name: 'resolutions', search: resolutionFiltersSearch(state.filters) }), [state.filters]);
  const setFilters = useCallback((filters: ResolutionFilters) => setState((s) => ({ ...s, filters })), []);
  return [state.filters, setFilters];
}

/** Every decision of every board, with its reference, board, date and item; each opens the item it came from. */
export function ResolutionsScreen(): ReactNode {
  const [filters, setFilters] = useAddressFilters();
  const boards = useApiQuery('boards.list', {});
  const list = useApiQuery('resolutions.list', { ...(filters.boardId === '' ? {} : { boardId: filters.boardId }), ...dateRange(filters) });
  const announce = useAnnounce();
  useScreenTitle();

  const loaded = list.data !== undefined ? list.data : null;
  const visible = useMemo(() => (loaded ? filterResolutions(loaded, filters) : null), [loaded, filters]);
  const countWords = visible ? decisionCountWords(visible.length) : '';
  useEffect(() => {
    if (visible === null) return;
    const timer = window.setTimeout(() => announce(`${countWords} shown.`), ANNOUNCE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [visible, countWords, announce]);

  const datesBackwards = filters.from !== '' && filters.to !== '' && filters.from > filters.to;
  const boardName =
    filters.boardId === ''
      ? 'all boards'
      : ((boards.data !== undefined ? boards.data.find((b) => b.id === filters.boardId)?.name : undefined) ?? 'the chosen board');

  return (
    <>
      <PageHeading>Resolutions register</PageHeading>
      <p className="lead">
        Every decision of every board, newest meeting first, with its reference. Open an item to see the decision where it was made.
      </p>
      <ResolutionFiltersForm
        filters={filters}
        boards={boards.data !== undefined ? boards.data : []}
        onChange={setFilters}
        {...(datesBackwards ? { dateError: 'The first date must be on or before the second' } : {})}
      />
      {list.isPending ? <LoadingMessage>Loading decisions…</LoadingMessage> : null}
      {list.isLoadingError ? <ErrorAlert error={list.error} context="The register could not be loaded." onRetry={() => void list.refetch()} /> : null}
      {visible !== null && loaded !== null ? (
        <>
          <p className="tracker-summary">
            <strong>{countWords}</strong>.
          </p>
          {visible.length > 0 ? (
            <ResolutionsTable caption={`Decisions of ${boardName}, newest meeting first`} resolutions={visible} />
          ) : loaded.length === 0 && filters.boardId === '' && dateRange(filters).from === undefined && dateRange(filters).to === undefined ? (
            <EmptyState title="No decisions yet.">
              <p>
                Decisions are recorded in the live minutes of a meeting, under the item they were made on. They are listed here with their reference
                once the minutes are drafted.
              </p>
            </EmptyState>
          ) : (
            <EmptyState title="No decisions match these filters.">
              <p>
                Choose another board, kind or dates, or{' '}
                <button type="button" className="link-button" onClick={() => setFilters(DEFAULT_RESOLUTION_FILTERS)}>
                  clear the filters
                </button>
                .
              </p>
            </EmptyState>
          )}
        </>
      ) : null}
    </>
  );
}
