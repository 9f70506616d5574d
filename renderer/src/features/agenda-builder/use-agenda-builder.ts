import { useCallback, useEffect, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import type { MeetingDetail, NumberedItem } from '../../../../shared/api/views';
import { itemWithDescendants } from '../../../../shared/domain';
import { useApi } from '../../api/ApiProvider';
import type { ApiCallError } from '../../api/api-call-error';
import { useApiMutation } from '../../api/use-api-mutation';
import { useAnnounce } from '../../components/Announcer';
import { placeBeside, type Placement } from './agenda-moves';
import { focusedControl, itemControlSelector, type ItemControl } from './item-selectors';
import { itemPatch, type ItemInput } from './item-form-schema';
import { readFileBase64 } from './read-file-base64';

export type Editing = { readonly kind: 'edit'; readonly id: string } | { readonly kind: 'add'; readonly parentId: string | null };
export type DropTarget = { readonly id: string; readonly side: 'before' | 'after' };
export type Pending =
  | { readonly kind: 'remove-item'; readonly item: NumberedItem }
  | { readonly kind: 'remove-paper'; readonly item: NumberedItem; readonly attachmentId: string; readonly name: string }
  | { readonly kind: 'publish' };

/** Base64 grows a file by a third and browser mode takes requests up to 64 MB. */
const MAX_FILE_BYTES = 40 * 1024 * 1024;

export const ADD_ITEM_BUTTON_ID = 'add-agenda-item';

export type AgendaBuilder = {
  readonly editing: Editing | null;
  readonly pending: Pending | null;
  /** The item form's or the confirming dialog's change: on its way, or refused. */
  readonly submit: { readonly pending: boolean; readonly error: ApiCallError | null };
  /** A change that was refused outside a form (a move, an attachment): shown above the agenda. */
  readonly problem: ApiCallError | Error | null;
  readonly dragging: string | null;
  readonly dropTarget: DropTarget | null;
  startEdit(id: string): void;
  startAdd(parentId: string | null): void;
  cancelEdit(): void;
  saveItem(input: ItemInput): Promise<void>;
  move(item: NumberedItem, placement: Placement | null, control: ItemControl): Promise<void>;
  askRemoveItem(item: NumberedItem): void;
  askRemovePaper(item: NumberedItem, attachmentId: string, name: string): void;
  askPublish(): void;
  cancelPending(): void;
  confirmPending(): Promise<void>;
  attach(item: NumberedItem, files: readonly File[]): Promise<void>;
  dragStart(id: string, event: DragEvent<HTMLElement>): void;
  dragOver(target: NumberedItem, event: DragEvent<HTMLElement>): void;
  drop(target: NumberedItem, event: DragEvent<HTMLElement>): Promise<void>;
  dragEnd(): void;
};

/** What the agenda builder does: every change goes to the backend, then the agenda is read again and focus is put back. */
export function useAgendaBuilder(detail: MeetingDetail, refresh: () => Promise<void>): AgendaBuilder {
  const { call } = useApi();
  const announce = useAnnounce();
  const add = useApiMutation('agenda.add');
  const update = useApiMutation('agenda.update');
  const remove = useApiMutation('agenda.remove');
  const removePaper = useApiMutation('attachments.remove');
  const publish = useApiMutation('meetings.publishAgenda');
  const changes = [add, update, remove, removePaper, publish];
  const submit = { pending: changes.some((c) => c.pending), error: changes.find((c) => c.error !== null)?.error ?? null };
  const clearErrors = (): void => {
    for (const change of changes) change.clearError();
  };
  const [editing, setEditing] = useState<Editing | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [problem, setProblem] = useState<ApiCallError | Error | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<DropTarget | null>(null);
  const focusNext = useRef<string | null>(null);
  const meetingId = detail.meeting.id;
  const items = detail.items;

  // After the agenda redraws, focus goes where the last change asked.
  useEffect(() => {
    const selector = focusNext.current;
    if (selector === null) return;
    // The target may not be drawn yet (a new item appears only after the refresh): keep waiting for it.
    const target = document.querySelector<HTMLElement>(selector);
    if (target === null) return;
    focusNext.current = null;
    target.focus();
  }, [detail, editing, pending]);

  const focusLater = (selector: string): void => {
    focusNext.current = selector;
  };

  const after = useCallback(
    async (message: string, selector: string | null): Promise<void> => {
      if (selector !== null) focusNext.current = selector;
      await refresh();
      announce(message);
    },
    [refresh, announce],
  );

  const run = async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    setProblem(null);
    try {
      return await work();
    } catch (thrown) {
      setProblem(thrown instanceof Error ? thrown : new Error(String(thrown)));
      return undefined;
    }
  };

  const startEdit = (id: string): void => {
    clearErrors();
    setEditing({ kind: 'edit', id });
  };
  const startAdd = (parentId: string | null): void => {
    clearErrors();
    setEditing({ kind: 'add', parentId });
  };
  const cancelEdit = (): void => {
    if (editing?.kind === 'edit') focusLater(itemControlSelector(editing.id, 'edit'));
    else if (editing?.parentId) focusLater(itemControlSelector(editing.parentId, 'add-sub'));
    else focusLater(`#${ADD_ITEM_BUTTON_ID}`);
    setEditing(null);
  };

  const saveItem = async (input: ItemInput): Promise<void> => {
    if (editing === null) return;
    clearErrors();
    const saved =
      editing.kind === 'edit'
        ? await update.run({
            meetingId,
            id: editing.id,
            patch: itemPatch(
              input,
              detail.items.find((i) => i.id === editing.id),
            ),
          })
        : await add.run({ meetingId, parentId: editing.parentId, ...input });
    if (!saved) return;
    focusLater(itemControlSelector(saved.id, 'edit'));
    // The editor closes once the agenda shows the change, so the old item never flashes back into view.
    await refresh();
    setEditing(null);
    announce(editing.kind === 'edit' ? `Item saved: ${saved.title}` : `Item added: ${saved.title}`);
  };

  const move = async (item: NumberedItem, placement: Placement | null, control: ItemControl): Promise<void> => {
    if (placement === null) {
      announce(`“${item.title}” cannot move that way.`);
      return;
    }
    const moved = await run(() => call('agenda.move', { meetingId, id: item.id, ...placement }));
    if (!moved) return;
    const now = moved.find((i) => i.id === item.id);
    const parent = now?.parentId ? moved.find((i) => i.id === now.parentId) : undefined;
    const where = now ? `item ${now.number}${parent ? `, under “${parent.title}”` : ''}` : 'its new place';
    await after(`“${item.title}” is now ${where}.`, itemControlSelector(item.id, control));
  };

  const askRemoveItem = (item: NumberedItem): void => setPending({ kind: 'remove-item', item });
  const askRemovePaper = (item: NumberedItem, attachmentId: string, name: string): void =>
    setPending({ kind: 'remove-paper', item, attachmentId, name });
  const askPublish = (): void => setPending({ kind: 'publish' });
  const cancelPending = (): void => {
    clearErrors();
    setPending(null);
  };

  const confirmPending = async (): Promise<void> => {
    if (pending === null) return;
    if (pending.kind === 'remove-item') {
      const { item } = pending;
      const gone = itemWithDescendants(items, item.id);
      const index = items.findIndex((i) => i.id === item.id);
      const neighbour = items.slice(index + 1).find((i) => !gone.includes(i.id)) ?? items.slice(0, index).findLast((i) => !gone.includes(i.id));
      clearErrors();
      const removed = await remove.run({ meetingId, id: item.id });
      if (!removed) return;
      setPending(null);
      await after(
        `Item ${item.number}, “${item.title}”, removed. The items are renumbered.`,
        neighbour ? itemControlSelector(neighbour.id, 'edit') : `#${ADD_ITEM_BUTTON_ID}`,
      );
    } else if (pending.kind === 'remove-paper') {
      const { item, attachmentId, name } = pending;
      clearErrors();
      const removed = await removePaper.run({ meetingId, id: attachmentId });
      if (!removed) return;
      setPending(null);
      await after(`${name} removed from item ${item.number}.`, itemControlSelector(item.id, 'attach'));
    } else {
      clearErrors();
      const published = await publish.run({ id: meetingId });
      if (!published) return;
      setPending(null);
      await after('Agenda published. Changes from now on are marked as supplementary.', '#publish-heading');
    }
  };

  const attach = async (item: NumberedItem, files: readonly File[]): Promise<void> => {
    const added: string[] = [];
    await run(async () => {
      for (const file of files) {
        if (file.size > MAX_FILE_BYTES) throw new Error(`${file.name} is larger than 40 MB. Reduce its size, or split it, and attach it again.`);
        const dataBase64 = await readFileBase64(file);
        await call('attachments.add', {
          meetingId,
          itemId: item.id,
          originalName: file.name,
          mediaType: file.type || 'application/octet-stream',
          dataBase64,
        });
        added.push(file.name);
      }
    });
    if (added.length === 0) return;
    await after(`${added.join(', ')} attached to item ${item.number}.`, itemControlSelector(item.id, 'attach'));
  };

  const dragStart = (id: string, event: DragEvent<HTMLElement>): void => {
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', id);
    const row = event.currentTarget.closest('.builder-item');
    if (row instanceof HTMLElement) event.dataTransfer.setDragImage(row, 16, 16);
    setDragging(id);
  };

  const sideOf = (event: DragEvent<HTMLElement>): 'before' | 'after' => {
    const box = event.currentTarget.getBoundingClientRect();
    return event.clientY < box.top + box.height / 2 ? 'before' : 'after';
  };

  const dragOver = (target: NumberedItem, event: DragEvent<HTMLElement>): void => {
    if (dragging === null) return;
    event.stopPropagation();
    const side = sideOf(event);
    if (placeBeside(items, dragging, target.id, side) === null) return;
    // Allowing the drop is what preventDefault means here.
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (dropTarget?.id !== target.id || dropTarget.side !== side) setDropTarget({ id: target.id, side });
  };

  const drop = async (target: NumberedItem, event: DragEvent<HTMLElement>): Promise<void> => {
    event.preventDefault();
    event.stopPropagation();
    const movingId = dragging;
    const side = sideOf(event);
    setDragging(null);
    setDropTarget(null);
    const moving = items.find((i) => i.id === movingId);
    if (!moving) return;
    await move(moving, placeBeside(items, moving.id, target.id, side), focusedControl() ?? 'edit');
  };

  const dragEnd = (): void => {
    setDragging(null);
    setDropTarget(null);
  };

  return {
    editing,
    pending,
    submit,
    problem,
    dragging,
    dropTarget,
    startEdit,
    startAdd,
    cancelEdit,
    saveItem,
    move,
    askRemoveItem,
    askRemovePaper,
    askPublish,
    cancelPending,
    confirmPending,
    attach,
    dragStart,
    dragOver,
    drop,
    dragEnd,
  };
}
