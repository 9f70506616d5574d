import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode, Ref } from 'react';
import type { YouSaidView } from '../../../../shared/domain/you-said/targets';
import { OUTCOME_LABELS } from '../../../../shared/domain/you-said/words';
import type { Board } from '../../../../shared/model/board';
import type { OutcomeStatus } from '../../../../shared/model/you-said';
import { refreshed, useApiQuery } from '../../api/use-api-query';
import { useAnnounce } from '../../components/Announcer';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageHeading } from '../../components/PageHeading';
import { ScreenCrumbs } from '../../components/ScreenCrumbs';
import { AddEntryForm } from './AddEntryForm';
import { OutcomeDialog } from './OutcomeDialog';
import { DEFAULT_YOU_SAID_FILTERS, entryCountWords, listInput, type YouSaidFilters } from './you-said-filters';
import { YouSaidFiltersForm } from './YouSaidFiltersForm';
import { YouSaidTable } from './YouSaidTable';
import { useScreenTitle } from '../../routing/use-screen-title';
import '../../styles/trackers.css';

/** "You said, we did" for one board: what members raised, what took it up, and what became of it. */
export function YouSaidScreen({ boardId }: { boardId: string }): ReactNode {
  const board = useApiQuery('boards.get', { id: boardId });
  useScreenTitle({ board: board.data });
  if (board.isLoadingError) {
    return (
      <>
        <ScreenCrumbs />
        <PageHeading>You said, we did</PageHeading>
        <ErrorAlert error={board.error} context="This board could not be shown." onRetry={() => void board.refetch()} />
      </>
    );
  }
  if (board.isPending) return <LoadingMessage>Loading the board…</LoadingMessage>;
  return (
    <>
      <ScreenCrumbs known={{ board: board.data }} />
      <PageHeading caption={board.data.name}>You said, we did</PageHeading>
      <BoardYouSaid board={board.data} />
    </>
  );
}

function BoardYouSaid({ board }: { board: Board }): ReactNode {
  const [filters, setFilters] = useState<YouSaidFilters>(DEFAULT_YOU_SAID_FILTERS);
  const list = useApiQuery('youSaid.list', listInput(board.id, filters));
  const meetings = useApiQuery('meetings.list', { boardId: board.id });
  const announce = useAnnounce();
  const [recording, setRecording] = useState<YouSaidView | null>(null);
  const outcomeButtons = useRef(new Map<string, HTMLButtonElement>());
  const summary = useRef<HTMLParagraphElement>(null);
  // What to say, and where focus goes, once the list has been redrawn after a change.
  const afterRedraw = useRef<{ readonly message: string; readonly entryId: string | null } | null>(null);

  const entries = list.data !== undefined ? list.data : null;
  const countWords = entries ? entryCountWords(entries.length, filters.status) : '';
  useEffect(() => {
    if (entries === null) return;
    const pending = afterRedraw.current;
    afterRedraw.current = null;
    announce(pending ? `${pending.message} ${countWords} shown.` : `${countWords} shown.`);
    if (pending) {
      const button = pending.entryId === null ? undefined : outcomeButtons.current.get(pending.entryId);
      if (button) button.focus();
      else summary.current?.focus();
    }
  }, [entries, countWords, announce]);

  const outcomeButton = useCallback(
    (id: string): Ref<HTMLButtonElement> =>
      (element: HTMLButtonElement | null) => {
        if (element) outcomeButtons.current.set(id, element);
        else outcomeButtons.current.delete(id);
      },
    [],
  );
  const closeDialog = (): void => {
    const id = recording?.id;
    setRecording(null);
    if (id !== undefined) outcomeButtons.current.get(id)?.focus();
  };
  const outcomeSaved = (entry: YouSaidView, status: OutcomeStatus): void => {
    afterRedraw.current = { message: `Outcome saved: ${OUTCOME_LABELS[status].toLowerCase()}.`, entryId: entry.id };
    setRecording(null);
    void refreshed(list);
  };

  return (
    <>
      <p className="lead">
        What members raised, the item, decision or action that took it up, and what became of it: done, changed, or not possible and why. The board’s
        annual report lists them for the year.
      </p>
      <YouSaidFiltersForm filters={filters} onChange={setFilters} />
      {list.isPending ? <LoadingMessage>Loading the entries…</LoadingMessage> : null}
      {list.isLoadingError ? <ErrorAlert error={list.error} context="The entries could not be loaded." onRetry={() => void list.refetch()} /> : null}
      {entries !== null ? (
        <>
          <p ref={summary} className="tracker-summary" tabIndex={-1}>
            <strong>{countWords}</strong>.
          </p>
          {entries.length > 0 ? (
            <YouSaidTable
              caption={`“You said, we did” entries of ${board.name}`}
              entries={entries}
              outcomeButton={outcomeButton}
              onOutcome={setRecording}
            />
          ) : filters === DEFAULT_YOU_SAID_FILTERS ? (
            <EmptyState title="Nothing recorded yet.">
              <p>
                When a member raises something, add an entry below and link it to the item, decision or action that took it up. Record the outcome
                when there is one.
              </p>
            </EmptyState>
          ) : (
            <EmptyState title="No entries match these filters.">
              <p>
                Choose another period or outcome, or{' '}
                <button type="button" className="link-button" onClick={() => setFilters(DEFAULT_YOU_SAID_FILTERS)}>
                  clear the filters
                </button>
                .
              </p>
            </EmptyState>
          )}
        </>
      ) : null}
      <section aria-labelledby="you-said-add-heading" className="form-section">
        <h2 id="you-said-add-heading">Add an entry</h2>
        {meetings.data !== undefined ? (
          <AddEntryForm
            boardId={board.id}
            meetings={meetings.data}
            onAdded={(entry) => {
              afterRedraw.current = { message: 'Entry added.', entryId: entry.id };
              void refreshed(list);
            }}
          />
        ) : meetings.isLoadingError ? (
          <ErrorAlert error={meetings.error} context="The board’s meetings could not be loaded." onRetry={() => void meetings.refetch()} />
        ) : (
          <LoadingMessage>Loading the board’s meetings…</LoadingMessage>
        )}
      </section>
      {recording ? <OutcomeDialog entry={recording} onClose={closeDialog} onSaved={(status) => outcomeSaved(recording, status)} /> : null}
    </>
  );
}
