import type { ReactNode } from 'react';
import type { MeetingDetail } from '../../../../shared/api/views';
import { itemWithDescendants, londonDateOf } from '../../../../shared/domain';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { meetingAgendaNotice } from '../meetings/agenda-notice';
import { agendaNoticeSentence, isLate } from '../meetings/agenda-notice-words';
import type { NonWorkingDays } from '../meetings/use-non-working-days';
import type { AgendaBuilder } from './use-agenda-builder';

/** Asks before the builder's steps that cannot simply be taken back: removing, and publishing. */
export function PendingDialog({ builder, detail, days }: { builder: AgendaBuilder; detail: MeetingDetail; days: NonWorkingDays | null }): ReactNode {
  const { pending, submit } = builder;
  if (pending === null) return null;
  const common = {
    pending: submit.pending,
    error: submit.error,
    onConfirm: () => void builder.confirmPending(),
    onCancel: builder.cancelPending,
  };
  switch (pending.kind) {
    case 'remove-item': {
      const subItems = itemWithDescendants(detail.items, pending.item.id).length - 1;
      return (
        <ConfirmDialog
          {...common}
          danger
          title={`Remove item ${pending.item.number}, “${pending.item.title}”?`}
          confirmLabel="Remove the item"
          cancelLabel="Keep it"
        >
          <p>
            {subItems > 0 ? `Its ${subItems === 1 ? 'sub-item is' : `${subItems} sub-items are`} removed too. ` : ''}The items after it are
            renumbered. An item that already has minutes, decisions or actions cannot be removed.
          </p>
        </ConfirmDialog>
      );
    }
    case 'remove-paper':
      return (
        <ConfirmDialog
          {...common}
          danger
          title={`Remove “${pending.name}” from item ${pending.item.number}?`}
          confirmLabel="Remove the paper"
          cancelLabel="Keep it"
        >
          <p>The file is no longer part of the agenda. Backups still hold a copy.</p>
        </ConfirmDialog>
      );
    case 'publish': {
      const notice = days ? meetingAgendaNotice(detail.meeting, days.closed, londonDateOf(new Date())) : null;
      return (
        <ConfirmDialog {...common} title="Publish the agenda?" confirmLabel="Publish the agenda" cancelLabel="Not yet">
          <p>Once published, changes to the agenda are marked as supplementary items.</p>
          {notice && isLate(notice) ? (
            <p>
              <strong>Warning: </strong>
              {agendaNoticeSentence(notice)}
            </p>
          ) : null}
        </ConfirmDialog>
      );
    }
  }
}
