import { useCallback, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { RatingView } from '../../../../shared/api/areas/ratings';
import { londonDateOf } from '../../../../shared/domain';
import { formatLongDate } from '../../../../shared/domain/british-dates';
import { ratedSubjects } from '../../../../shared/domain/coproduction/trend';
import { refreshed, useApiQuery } from '../../api/use-api-query';
import { useApiMutation } from '../../api/use-api-mutation';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageHeading } from '../../components/PageHeading';
import { ScreenCrumbs } from '../../components/ScreenCrumbs';
import { CriteriaSetsSection } from './CriteriaSetsSection';
import { RatingForm } from './RatingForm';
import { RatingsTable } from './RatingsTable';
import { subjectChoiceKey, TrendView } from './TrendView';
import { useScreenTitle } from '../../routing/use-screen-title';
import './coproduction.css';

/**
 * Is it genuine co-production? A board's criteria sets, the form to rate an item, project or workstream against
 * one of them, the ratings made, and each subject's trend over time.
 */
export function CoproductionScreen({ boardId }: { boardId: string }): ReactNode {
  const board = useApiQuery('boards.get', { id: boardId });
  const meetings = useApiQuery('meetings.list', { boardId });
  const sets = useApiQuery('criteriaSets.list', { boardId, includeArchived: true });
  const ratings = useApiQuery('ratings.list', { boardId });
  const announce = useAnnounce();
  const remove = useApiMutation('ratings.remove');
  const [removing, setRemoving] = useState<RatingView | null>(null);
  const [trendKey, setTrendKey] = useState('');
  const trendHeading = useRef<HTMLHeadingElement>(null);
  useScreenTitle({ board: board.data });

  const changed = useCallback(
    async (message: string) => {
      await Promise.all([refreshed(sets), refreshed(ratings)]);
      announce(message);
    },
    [sets, ratings, announce],
  );
  const ratingList = ratings.data ?? null;
  const subjects = useMemo(() => ratedSubjects((ratingList ?? []).map((v) => v.rating)), [ratingList]);

  const showTrend = (key: string): void => {
    setTrendKey(key);
    trendHeading.current?.scrollIntoView({ block: 'start' });
    trendHeading.current?.focus();
  };
  const confirmRemove = async (): Promise<void> => {
    if (removing === null) return;
    const done = await remove.run({ id: removing.rating.id });
    if (!done) return;
    setRemoving(null);
    await changed(`The rating of “${removing.rating.subject.name}” on ${formatLongDate(removing.rating.ratedOn)} was deleted.`);
  };

  const retry = (): void => {
    for (const query of [board, meetings, sets, ratings]) void query.refetch();
  };
  const failure = [board, meetings, sets, ratings].map((q) => (q.isLoadingError ? q.error : null)).find((e) => e !== null);
  if (failure) {
    return (
      <>
        <ScreenCrumbs />
        <PageHeading>Co-production ratings</PageHeading>
        <ErrorAlert error={failure} context="The co-production ratings of this board could not be shown." onRetry={retry} />
      </>
    );
  }
  if (board.data === undefined || meetings.data === undefined || sets.data === undefined || ratingList === null) {
    return <LoadingMessage>Loading the co-production ratings…</LoadingMessage>;
  }

  const refreshError = (sets.isRefetchError ? sets.error : null) ?? (ratings.isRefetchError ? ratings.error : null);
  const inUse = sets.data.filter((v) => !v.set.archived).map((v) => v.set);
  const allSets = sets.data.map((v) => v.set);
  const today = londonDateOf(new Date());
  return (
    <>
      <ScreenCrumbs known={{ board: board.data }} />
      <PageHeading caption={board.data.name}>Co-production ratings</PageHeading>
      <p className="lead">
        Is it genuine co-production? Choose the criteria the board tests its work against, then rate an item, project or workstream jointly, with
        evidence, and see how it changes over time.
      </p>
      {refreshError ? <ErrorAlert error={refreshError} context="The page could not be brought up to date." /> : null}

      <CriteriaSetsSection boardId={boardId} views={sets.data} onChanged={changed} />

      <section className="form-panel coproduction-section" aria-labelledby="rate-heading">
        <h2 id="rate-heading">Rate an item, project or workstream</h2>
        {inUse.length === 0 ? (
          <EmptyState title="There is nothing to rate against yet.">
            <p>Add a criteria set above first, such as the six-point test.</p>
          </EmptyState>
        ) : (
          <RatingForm
            boardId={boardId}
            sets={inUse}
            meetings={meetings.data}
            today={today}
            subjectNames={[...new Set(ratingList.filter((v) => v.rating.subject.kind !== 'item').map((v) => v.rating.subject.name))]}
            onSaved={async (message, subjectName, setId) => {
              setTrendKey(subjectChoiceKey({ criteriaSetId: setId, name: subjectName }));
              await changed(message);
            }}
          />
        )}
      </section>

      <section className="coproduction-section" aria-labelledby="ratings-heading">
        <h2 id="ratings-heading">
          Ratings <span className="count">({ratingList.length})</span>
        </h2>
        {ratingList.length === 0 ? (
          <EmptyState title="No work has been rated yet.">
            <p>Rate an item, project or workstream with the form above. Its ratings are listed here, newest first.</p>
          </EmptyState>
        ) : (
          <RatingsTable
            views={ratingList}
            onTrend={(view) => showTrend(subjectChoiceKey({ criteriaSetId: view.rating.criteriaSetId, name: view.rating.subject.name }))}
            onRemove={(view) => {
              remove.clearError();
              setRemoving(view);
            }}
          />
        )}
      </section>

      <section className="coproduction-section" aria-labelledby="trend-heading">
        <h2 id="trend-heading" ref={trendHeading} tabIndex={-1}>
          Trends
        </h2>
        {subjects.length === 0 ? (
          <EmptyState title="No trends yet.">
            <p>Once a piece of work has been rated, its scores by date appear here. Rate it again later to see what changed.</p>
          </EmptyState>
        ) : (
          <TrendView boardId={boardId} subjects={subjects} sets={allSets} chosen={trendKey} onChoose={setTrendKey} />
        )}
      </section>

      {removing ? (
        <ConfirmDialog
          title="Delete this rating?"
          confirmLabel="Delete the rating"
          danger
          pending={remove.pending}
          error={remove.error}
          onConfirm={() => void confirmRemove()}
          onCancel={() => setRemoving(null)}
        >
          <p>
            The rating of “{removing.rating.subject.name}” on {formatLongDate(removing.rating.ratedOn)} against {removing.setName} will be deleted,
            with its scores and evidence.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
