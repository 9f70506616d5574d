import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { useAnnounce } from '../../components/Announcer';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageHeading } from '../../components/PageHeading';
import { hrefFor } from '../../routing/routes';
import { useScreenTitle } from '../../routing/use-screen-title';
import { BoardCard } from './BoardCard';

export function BoardsScreen(): ReactNode {
  const boards = useApiQuery('boards.list', {});
  const reminders = useApiQuery('members.termReminders', {});
  const announce = useAnnounce();
  useScreenTitle();
  const count = boards.data !== undefined ? boards.data.length : null;
  useEffect(() => {
    if (count !== null) announce(count === 1 ? '1 board listed' : `${count} boards listed`);
  }, [count, announce]);

  return (
    <>
      <PageHeading>Boards</PageHeading>
      <p className="button-row">
        <a className="button" href={hrefFor({ name: 'board-new' })}>
          Create a board
        </a>
      </p>
      {boards.isPending ? <LoadingMessage>Loading boards…</LoadingMessage> : null}
      {boards.isLoadingError ? (
        <ErrorAlert error={boards.error} context="The list of boards could not be loaded." onRetry={() => void boards.refetch()} />
      ) : null}
      {boards.data !== undefined && boards.data.length === 0 ? (
        <EmptyState title="No boards yet.">
          <p>
            Start by <a href={hrefFor({ name: 'board-new' })}>creating a board</a>: its name, quorum and the standard items every agenda starts with.
            Then add its members and schedule its meetings.
          </p>
          <p>
            To try Minute Book, create demo data in an empty folder with <code>npx minute-book demo --data FOLDER</code> and open that folder. To
            bring in your own boards, use <code>npx minute-book import FILE</code>.
          </p>
        </EmptyState>
      ) : null}
      {boards.data !== undefined && boards.data.length > 0 ? (
        <>
          <p className="lead">Choose a board to see its meetings.</p>
          <ul className="card-list" aria-label="Boards">
            {boards.data.map((board) => (
              <BoardCard
                key={board.id}
                board={board}
                termReminders={reminders.data !== undefined ? reminders.data.filter((r) => r.boardId === board.id).length : 0}
              />
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
