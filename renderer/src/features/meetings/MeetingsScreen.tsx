import { useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import { londonDateOf } from '../../../../shared/domain';
import type { Meeting } from '../../../../shared/model/meeting';
import { useApiQuery } from '../../api/use-api-query';
import { useAnnounce } from '../../components/Announcer';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FactList } from '../../components/FactList';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageHeading } from '../../components/PageHeading';
import { ScreenCrumbs } from '../../components/ScreenCrumbs';
import { hrefFor } from '../../routing/routes';
import { useScreenTitle } from '../../routing/use-screen-title';
import { boardFacts } from '../boards/board-facts';
import { AgendaDueNote } from './AgendaDueNote';
import { MeetingList } from './MeetingList';
import { splitMeetings } from './split-meetings';
import { useNonWorkingDays } from './use-non-working-days';
import { HouseStylePreview } from '../exports/HouseStylePreview';

/** One board: its facts and what to do with it, then its meetings, upcoming first. */
export function MeetingsScreen({ boardId }: { boardId: string }): ReactNode {
  const board = useApiQuery('boards.get', { id: boardId });
  const meetings = useApiQuery('meetings.list', { boardId });
  const days = useNonWorkingDays();
  const announce = useAnnounce();
  const list = meetings.data ?? null;
  const today = londonDateOf(new Date());
  const split = useMemo(() => (list ? splitMeetings(list, today) : null), [list, today]);
  useScreenTitle({ board: board.data });
  useEffect(() => {
    if (split) announce(`${split.upcoming.length} upcoming and ${split.past.length} past meetings`);
  }, [split, announce]);

  const failure = board.isLoadingError ? board.error : meetings.isLoadingError ? meetings.error : null;
  if (failure) {
    const retry = (): void => {
      void board.refetch();
      void meetings.refetch();
    };
    return (
      <>
        <ScreenCrumbs />
        <PageHeading>Board</PageHeading>
        <ErrorAlert error={failure} context="This board could not be shown." onRetry={retry} />
      </>
    );
  }
  if (board.data === undefined || split === null) return <LoadingMessage>Loading the board and its meetings…</LoadingMessage>;

  const scheduleHref = hrefFor({ name: 'meeting-new', boardId });
  const dueNote = (meeting: Meeting): ReactNode => <AgendaDueNote meeting={meeting} days={days} today={today} />;
  return (
    <>
      <ScreenCrumbs known={{ board: board.data }} />
      <PageHeading caption="Board">{board.data.name}</PageHeading>
      <FactList facts={boardFacts(board.data)} inline />
      <div className="button-row">
        <a className="button" href={scheduleHref}>
          Schedule a meeting
        </a>
        <a className="button button--secondary" href={hrefFor({ name: 'members', boardId })}>
          Members
        </a>
        <a className="button button--secondary" href={hrefFor({ name: 'board-edit', boardId })}>
          Board settings
        </a>
        <a className="button button--secondary" href={hrefFor({ name: 'coproduction', boardId })}>
          Co-production ratings
        </a>
        <a className="button button--secondary" href={hrefFor({ name: 'participation', boardId, search: '' })}>
          Participation
        </a>
        <a className="button button--secondary" href={hrefFor({ name: 'you-said', boardId })}>
          You said, we did
        </a>
        <a className="button button--secondary" href={hrefFor({ name: 'reports', boardId })}>
          Reports
        </a>
        <a className="button button--secondary" href={hrefFor({ name: 'past-minutes', boardId })}>
          Bring in past minutes
        </a>
        <HouseStylePreview boardId={boardId} />
      </div>
      {split.upcoming.length + split.past.length === 0 ? (
        <EmptyState title="No meetings for this board yet.">
          <p>
            <a href={scheduleHref}>Schedule the first meeting</a>. Its agenda starts with the board’s standard items, and Minute Book tells you the
            date by which it must be published.
          </p>
        </EmptyState>
      ) : (
        <>
          <MeetingList title="Upcoming meetings" meetings={split.upcoming} whenEmpty="No upcoming meetings are planned." note={dueNote} />
          <MeetingList title="Past meetings" meetings={split.past} whenEmpty="No meetings have been held yet." />
        </>
      )}
    </>
  );
}
