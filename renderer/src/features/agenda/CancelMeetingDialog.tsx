import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { formatLongDate } from '../../../../shared/domain';
import type { Meeting } from '../../../../shared/model/meeting';
import { useApiMutation } from '../../api/use-api-mutation';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextAreaField } from '../../components/form/TextAreaField';

/** Cancels a meeting, with the reason recorded. A cancelled meeting stays cancelled: the clerk schedules another. */
export function CancelMeetingDialog({ meeting, onClose }: { meeting: Meeting; onClose: (cancelled: boolean) => void }): ReactNode {
  const submit = useApiMutation('meetings.cancel');
  const [reason, setReason] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const confirm = async (): Promise<void> => {
    const trimmed = reason.trim();
    const done = await submit.run({ id: meeting.id, ...(trimmed === '' ? {} : { reason: trimmed }) });
    if (done) onClose(true);
  };
  return (
    <ConfirmDialog
      danger
      title={`Cancel the meeting on ${formatLongDate(meeting.date)}?`}
      confirmLabel="Cancel the meeting"
      cancelLabel="Keep the meeting"
      pending={submit.pending}
      error={submit.error}
      initialFocus={field}
      onConfirm={() => void confirm()}
      onCancel={() => onClose(false)}
    >
      <p>A cancelled meeting cannot be brought back: to meet on another day, change its date instead.</p>
      <TextAreaField
        textAreaRef={field}
        label="Reason (optional)"
        hint="Kept on the meeting’s record, for example “Not enough business”."
        rows={2}
        value={reason}
        onChange={setReason}
      />
    </ConfirmDialog>
  );
}
