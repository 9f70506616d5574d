import { useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { ActionView } from '../../../../shared/api/views';
import { londonDateOf } from '../../../../shared/domain';
import { ACTION_STATUSES, type ActionStatus } from '../../../../shared/model/action';
import { useApiMutation } from '../../api/use-api-mutation';
import { FormDialog } from '../../components/FormDialog';
import { RadioGroup } from '../../components/form/RadioGroup';
import { TextAreaField } from '../../components/form/TextAreaField';
import { TextField } from '../../components/form/TextField';
import { STATUS_WORDS } from './action-filters';

const STATUS_HINTS: Readonly<Record<ActionStatus, string | undefined>> = {
  open: undefined,
  'in-progress': undefined,
  done: 'It leaves the action log of the next agenda.',
  cancelled: 'It will not be done: say why in the note.',
};

/**
 * A dated update of one action: its new status, the day it applies to (the day it was reported, say) and a note.
 * A native modal dialog, so focus stays inside it and Escape closes it; focus starts on the status.
 */
export function UpdateActionDialog({
  action,
  onSaved,
  onClose,
}: {
  action: ActionView;
  onSaved: (status: ActionStatus) => void;
  onClose: () => void;
}): ReactNode {
  const submit = useApiMutation('actions.addUpdate');
  const statusId = useId();
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [date, setDate] = useState(() => londonDateOf(new Date()));
  const [note, setNote] = useState('');
  const [dateError, setDateError] = useState<string | undefined>(undefined);

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setDateError('Enter the date of the update, for example 5 December 2024');
      document.getElementById(`${statusId}-date`)?.focus();
      return;
    }
    setDateError(undefined);
    const trimmed = note.trim();
    const saved = await submit.run({ meetingId: action.meetingId, id: action.id, status, date, ...(trimmed === '' ? {} : { note: trimmed }) });
    if (saved) onSaved(saved.status);
  };

  // Focus starts on the current status, where the arrow keys choose another.
  return (
    <FormDialog
      title="Update the action"
      className="update-action"
      initialFocus='input[type="radio"]:checked'
      submitLabel="Save the update"
      pending={submit.pending}
      error={submit.error}
      onSubmit={(event) => void save(event)}
      onClose={onClose}
    >
      <p className="update-action__text">{action.text}</p>
      <p className="quiet">
        {action.ownerLabel} · {action.boardName}
      </p>
      <RadioGroup
        id={statusId}
        legend="Status"
        name="status"
        value={status}
        onChange={setStatus}
        choices={ACTION_STATUSES.map((value) => ({ value, label: STATUS_WORDS[value], hint: STATUS_HINTS[value] }))}
      />
      <TextField
        id={`${statusId}-date`}
        label="Date of the update"
        hint="The day it applies to, such as the meeting at which it was reported."
        type="date"
        width="medium"
        value={date}
        onChange={setDate}
        error={dateError}
      />
      <TextAreaField label="Note (optional)" hint="What was done, or why not." value={note} onChange={setNote} rows={3} />
    </FormDialog>
  );
}
