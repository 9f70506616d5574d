import type { ReactNode } from 'react';
import type { Input } from '../../../../shared/api/contract';
import { useApiMutation } from '../../api/use-api-mutation';
import { useApiQuery } from '../../api/use-api-query';
import { useAnnounce } from '../../components/Announcer';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageHeading } from '../../components/PageHeading';
import { ScreenCrumbs } from '../../components/ScreenCrumbs';
import { hrefFor } from '../../routing/routes';
import { navigate } from '../../routing/navigate';
import { useScreenTitle } from '../../routing/use-screen-title';
import { PlainEnglishWordsForm } from '../plain-english/PlainEnglishWordsForm';
import { BoardForm } from './BoardForm';
import { boardPatch, boardValues, newBoardValues } from './board-form-schema';

/** A new board. */
export function NewBoardScreen(): ReactNode {
  const create = useApiMutation('boards.create');
  const announce = useAnnounce();
  useScreenTitle();
  const save = async (input: Input<'boards.create'>): Promise<void> => {
    const board = await create.run(input);
    if (!board) return;
    announce(`Board created: ${board.name}`);
    navigate({ name: 'board', boardId: board.id });
  };
  return (
    <>
      <ScreenCrumbs />
      <PageHeading>Create a board</PageHeading>
      <BoardForm
        initial={newBoardValues()}
        submitLabel="Create the board"
        pending={create.pending}
        refusal={create.error}
        onSubmit={(input) => void save(input)}
        cancelHref={hrefFor({ name: 'boards' })}
      />
    </>
  );
}

/** A board's settings. */
export function EditBoardScreen({ boardId }: { boardId: string }): ReactNode {
  const board = useApiQuery('boards.get', { id: boardId });
  const update = useApiMutation('boards.update');
  const announce = useAnnounce();
  useScreenTitle({ board: board.data });
  if (board.isPending) return <LoadingMessage>Loading the board…</LoadingMessage>;
  if (board.isLoadingError) {
    return (
      <>
        <ScreenCrumbs />
        <PageHeading>Board settings</PageHeading>
        <ErrorAlert error={board.error} context="This board could not be loaded." onRetry={() => void board.refetch()} />
      </>
    );
  }
  const before = board.data;
  const save = async (input: Input<'boards.create'>): Promise<void> => {
    // Emptied fields (the organisation, the clerk) are cleared rather than left as they were.
    const saved = await update.run({ id: boardId, patch: boardPatch(input, before) });
    if (!saved) return;
    announce(`Settings saved for ${saved.name}`);
    navigate({ name: 'board', boardId });
  };
  return (
    <>
      <ScreenCrumbs known={{ board: before }} />
      <PageHeading caption={before.name}>Board settings</PageHeading>
      <BoardForm
        initial={boardValues(before)}
        submitLabel="Save the settings"
        pending={update.pending}
        refusal={update.error}
        onSubmit={(input) => void save(input)}
        cancelHref={hrefFor({ name: 'board', boardId })}
      />
      <PlainEnglishWordsForm board={before} />
    </>
  );
}
