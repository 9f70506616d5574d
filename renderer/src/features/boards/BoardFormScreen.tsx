import type { ReactNode } from 'react';
import { useApi } from '../../api/ApiProvider';
import { useApiQuery } from '../../api/use-api-query';
import { useSubmit } from '../../api/use-submit';
import { useAnnounce } from '../../components/Announcer';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../components/use-document-title';
import { hrefFor } from '../../routing/routes';
import { navigate } from '../../routing/navigate';
import { PlainEnglishWordsForm } from '../plain-english/PlainEnglishWordsForm';
import { BoardForm } from './BoardForm';
import { boardInput, boardPatch, boardValues, newBoardValues, type BoardFormValues } from './board-form-values';

const BOARDS_CRUMB = { label: 'Boards', href: hrefFor({ name: 'boards' }) };

/** A new board. */
export function NewBoardScreen(): ReactNode {
  const { call } = useApi();
  const submit = useSubmit();
  const announce = useAnnounce();
  useDocumentTitle('Create a board');
  const save = async (values: BoardFormValues): Promise<void> => {
    const board = await submit.run(() => call('boards.create', boardInput(values)));
    if (!board) return;
    announce(`Board created: ${board.name}`);
    navigate({ name: 'board', boardId: board.id });
  };
  return (
    <>
      <Breadcrumbs trail={[BOARDS_CRUMB, { label: 'Create a board' }]} />
      <PageHeading>Create a board</PageHeading>
      <BoardForm
        initial={newBoardValues()}
        submitLabel="Create the board"
        pending={submit.pending}
        refusal={submit.error}
        onSubmit={(values) => void save(values)}
        cancelHref={hrefFor({ name: 'boards' })}
      />
    </>
  );
}

/** A board's settings. */
export function EditBoardScreen({ boardId }: { boardId: string }): ReactNode {
  const { call } = useApi();
  const board = useApiQuery('boards.get', { id: boardId });
  const submit = useSubmit();
  const announce = useAnnounce();
  useDocumentTitle(board.status === 'ready' ? `Settings: ${board.value.name}` : 'Board settings');
  if (board.status === 'loading') return <LoadingMessage>Loading the board…</LoadingMessage>;
  if (board.status === 'error') {
    return (
      <>
        <Breadcrumbs trail={[BOARDS_CRUMB, { label: 'Board settings' }]} />
        <PageHeading>Board settings</PageHeading>
        <ErrorAlert error={board.error} context="This board could not be loaded." onRetry={board.reload} />
      </>
    );
  }
  const boardHref = hrefFor({ name: 'board', boardId });
  const save = async (values: BoardFormValues): Promise<void> => {
    // Emptied fields (the organisation, the clerk) are cleared rather than left as they were.
    const saved = await submit.run(() => call('boards.update', { id: boardId, patch: boardPatch(values, board.value) }));
    if (!saved) return;
    announce(`Settings saved for ${saved.name}`);
    navigate({ name: 'board', boardId });
  };
  return (
    <>
      <Breadcrumbs trail={[BOARDS_CRUMB, { label: board.value.name, href: boardHref }, { label: 'Settings' }]} />
      <PageHeading caption={board.value.name}>Board settings</PageHeading>
      <BoardForm
        initial={boardValues(board.value)}
        submitLabel="Save the settings"
        pending={submit.pending}
        refusal={submit.error}
        onSubmit={(values) => void save(values)}
        cancelHref={boardHref}
      />
      <PlainEnglishWordsForm board={board.value} />
    </>
  );
}
