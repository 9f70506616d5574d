import { useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { londonDateOf } from '../../../../shared/domain/london-time';
import type { YouSaidView } from '../../../../shared/domain/you-said/targets';
import { OUTCOME_LABELS } from '../../../../shared/domain/you-said/words';
import { OUTCOME_STATUSES, type OutcomeStatus } from '../../../../shared/model/you-said';
import { useApiMutation } from '../../api/use-api-mutation';
import { FormDialog } from '../../components/FormDialog';
import { RadioGroup } from '../../components/form/RadioGroup';
import { TextAreaField } from '../../components/form/TextAreaField';
import { TextField } from '../../components/form/TextField';

const HINTS: Readonly<Record<OutcomeStatus, string>> = {
  open: 'Still being worked on.',
  done: 'Done as asked.',
  changed: 'Something changed because of it, though not exactly as asked.',
  'not-possible': 'It could not be done: say why, in words the person who raised it will understand.',
};

/** Records what became of an entry. "Not possible" needs a reason; the form keeps what was typed when refused. */
export function OutcomeDialog({
  entry,
  onSaved,
  onClose,
}: {
  entry: YouSaidView;
  onSaved: (status: OutcomeStatus) => void;
  onClose: () => void;
}): ReactNode {
  const submit = useApiMutation('youSaid.recordOutcome');
  const textId = useId();
  const dateId = useId();
  const [status, setStatus] = useState<OutcomeStatus>(entry.outcome.status);
  const [text, setText] = useState(entry.outcome.text ?? '');
  const [date, setDate] = useState(entry.outcome.on ?? londonDateOf(new Date()));
  const [errors, setErrors] = useState<{ text?: string; date?: string }>({});

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const found: { text?: string; date?: string } = {};
    if (status === 'not-possible' && text.trim() === '') found.text = 'Say why it was not possible';
    if (status !== 'open' && !/^\d{4}-\d{2}-\d{2}$/.test(date)) found.date = 'Enter the date of the outcome, for example 5 December 2025';
    setErrors(found);
    if (found.text !== undefined || found.date !== undefined) {
      document.getElementById(found.text !== undefined ? textId : dateId)?.focus();
      return;
    }
    const trimmed = text.trim();
    const saved = await submit.run({
      id: entry.id,
      outcome: { status, ...(trimmed === '' ? {} : { text: trimmed }), ...(status === 'open' ? {} : { on: date }) },
    });
    if (saved) onSaved(saved.outcome.status);
  };

  return (
    <FormDialog
      title="Record the outcome"
      initialFocus='input[type="radio"]:checked'
      submitLabel="Save the outcome"
      pending={submit.pending}
      error={submit.error}
      onSubmit={(event) => void save(event)}
      onClose={onClose}
    >
      <p>
        <strong>You said:</strong> {entry.said}
      </p>
      <RadioGroup
        legend="What became of it?"
        name="outcome"
        value={status}
        onChange={setStatus}
        choices={OUTCOME_STATUSES.map((value) => ({ value, label: OUTCOME_LABELS[value], hint: HINTS[value] }))}
      />
      <TextAreaField
        id={textId}
        label={status === 'not-possible' ? 'Why was it not possible?' : 'What was done (optional)'}
        hint={status === 'not-possible' ? 'It will read “Not possible, because …”.' : 'This is what the report says “we did”.'}
        value={text}
        onChange={setText}
        error={errors.text}
        rows={3}
      />
      {status === 'open' ? null : (
        <TextField id={dateId} label="Date of the outcome" type="date" width="medium" value={date} onChange={setDate} error={errors.date} />
      )}
    </FormDialog>
  );
}
