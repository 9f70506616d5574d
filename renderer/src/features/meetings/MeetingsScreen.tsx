import { useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { useAnnounce } from '../../components/Announcer';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FactList } from '../../components/FactList';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../components/use-document-title';
import { londonDateOf } from '../../../../shared/domain';
import { hrefFor } from '../../routing/routes';
import { boardFacts } from '../boards/board-facts';
import { MeetingList } from './MeetingList';
import { splitMeetings } from './split-meetings';

/** One board: its facts, then its meetings, upcoming first. */
export function MeetingsScreen({ boardId }: { boardId: string }): ReactNode {
  const board = useApiQuery('boards.get', { id: boardId });
  const meetings = useApiQuery('meetings.list', { boardId });
  const announce = useAnnounce();
  const list = meetings.status === 'ready' ? meetings.value : null;
  const split = useMemo(() => (list ? splitMeetings(list, londonDateOf(new Date())) : null), [list]);
  useDocumentTitle(board.status === 'ready' ? board.value.name : 'Board');
  useEffect(() => {
    if (split) announce(`${split.upcoming.length} upcoming and ${split.past.length} past meetings`);
  }, [split, announce]);

  const trail = [{ label: 'Boards', href: hrefFor({ name: 'boards' }) }];
  const failure = board.status === 'error' ? board.error : meetings.status === 'error' ? meetings.error : null;
  if (failure) {
    const retry = (): void => {
      board.reload();
      meetings.reload();
    };
    return (
      <>
        <Breadcrumbs trail={[...trail, { label: 'Board' }]} />
        <PageHeading>Board</PageHeading>
        <ErrorAlert error={failure} context="This board could not be shown." onRetry={retry} />
      </>
    );
  }
  if (board.status !== 'ready' || split === null) return <LoadingMessage>Loading the board and its meetings…</LoadingMessage>;

  return (
    <>
      <Breadcrumbs trail={[...trail, { label: board.value.name }]} />
      <PageHeading caption="Board">{board.value.name}</PageHeading>
      <FactList facts={boardFacts(board.value)} inline />
      {split.upcoming.length + split.past.length === 0 ? (
        <EmptyState title="No meetings for this board yet.">
          <p>
            To add meetings now, import them with <code>npx minute-book import FILE</code>.
          </p>
        </EmptyState>
      ) : (
        <>
          <MeetingList title="Upcoming meetings" meetings={split.upcoming} whenEmpty="No upcoming meetings are planned." />
          <MeetingList title="Past meetings" meetings={split.past} whenEmpty="No meetings have been held yet." />
        </>
      )}
    </>
  );
}
