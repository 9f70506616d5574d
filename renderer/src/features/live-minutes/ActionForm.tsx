import { useEffect, useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { Action, ActionOwner } from '../../../../shared/model/action';
import type { Resolution } from '../../../../shared/model/resolution';
import type { ApiCallError } from '../../api/api-call-error';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { RadioGroup } from '../../components/form/RadioGroup';
import { SelectField } from '../../components/form/SelectField';
import { TextAreaField } from '../../components/form/TextAreaField';
import { TextField } from '../../components/form/TextField';
import { FormError } from './FormError';
import { useLiveMeeting } from './meeting-context';
import { resolutionKindWords } from './words';

export type ActionFields = {
  readonly text: string;
  readonly owner: ActionOwner;
  readonly dueDate?: string;
  readonly resolutionId?: string;
};

type OwnerKind = ActionOwner['kind'];

const decisionLabel = (r: Resolution, index: number): string => {
  const words = r.parts[0]?.text ?? '';
  return `Decision ${index + 1}: ${resolutionKindWords(r.kind)} ${words.length > 60 ? `${words.slice(0, 57)}…` : words}`;
};

/** Writes or changes one action: what is to be done, by whom (a person or an organisation) and by when. */
export function ActionForm({
  initial,
  decisions,
  title,
  busy,
  error,
  onSave,
  onCancel,
}: {
  initial: Action | null;
  decisions: readonly Resolution[];
  title: string;
  busy: boolean;
  error: ApiCallError | null;
  onSave: (fields: ActionFields) => void;
  onCancel: () => void;
}): ReactNode {
  const { people, members } = useLiveMeeting();
  const base = useId();
  const [text, setText] = useState(initial?.text ?? '');
  const [ownerKind, setOwnerKind] = useState<OwnerKind>(initial?.owner.kind ?? 'person');
  const [personId, setPersonId] = useState(initial?.owner.kind === 'person' ? initial.owner.personId : '');
  const [organisation, setOrganisation] = useState(initial?.owner.kind === 'organisation' ? initial.owner.name : '');
  const [dueDate, setDueDate] = useState(initial?.dueDate ?? '');
  const [resolutionId, setResolutionId] = useState(initial?.resolutionId ?? '');
  const [attempt, setAttempt] = useState(0);
  const [checked, setChecked] = useState(false);

  useEffect(() => {
    document.getElementById(`${base}-text`)?.focus();
    // Once, on opening.
  }, [base]);

  // Members of the board first, as they own most actions; then everyone else on file.
  const memberIds = new Set(members.map((m) => m.person.id));
  const sorted = people.toSorted((a, b) => Number(memberIds.has(b.id)) - Number(memberIds.has(a.id)) || a.name.localeCompare(b.name, 'en-GB'));
  const personChoices = [
    { value: '', label: 'Choose a person' },
    ...sorted.map((p) => ({ value: p.id, label: p.jobTitle ? `${p.name}, ${p.jobTitle}` : p.name })),
  ];

  const problems = [
    ...(text.trim() === '' ? [{ fieldId: `${base}-text`, message: 'Say what is to be done.' }] : []),
    ...(ownerKind === 'person' && personId === '' ? [{ fieldId: `${base}-person`, message: 'Choose who will do it.' }] : []),
    ...(ownerKind === 'organisation' && organisation.trim() === ''
      ? [{ fieldId: `${base}-organisation`, message: 'Name the organisation that will do it.' }]
      : []),
  ];
  const shown = checked ? problems : [];
  const problemFor = (id: string): string | undefined => shown.find((p) => p.fieldId === id)?.message;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (busy) return;
    if (problems.length > 0) {
      setChecked(true);
      setAttempt((n) => n + 1);
      return;
    }
    onSave({
      text: text.trim(),
      owner: ownerKind === 'person' ? { kind: 'person', personId } : { kind: 'organisation', name: organisation.trim() },
      ...(dueDate === '' ? {} : { dueDate }),
      ...(resolutionId === '' ? {} : { resolutionId }),
    });
  };

  return (
    <form className="action-form" onSubmit={submit} noValidate aria-label={title}>
      <ErrorSummary errors={shown} attempt={attempt} />
      <TextAreaField id={`${base}-text`} label="What is to be done" value={text} onChange={setText} error={problemFor(`${base}-text`)} rows={2} />
      <RadioGroup
        legend="Who will do it"
        name={`${base}-owner`}
        value={ownerKind}
        inline
        choices={[
          { value: 'person', label: 'A person' },
          { value: 'organisation', label: 'An organisation' },
        ]}
        onChange={setOwnerKind}
      />
      {ownerKind === 'person' ? (
        <SelectField
          id={`${base}-person`}
          label="Person"
          value={personId}
          choices={personChoices}
          onChange={setPersonId}
          error={problemFor(`${base}-person`)}
        />
      ) : (
        <TextField
          id={`${base}-organisation`}
          label="Organisation"
          value={organisation}
          onChange={setOrganisation}
          error={problemFor(`${base}-organisation`)}
          width="medium"
        />
      )}
      <TextField id={`${base}-due`} label="Due by (optional)" type="date" value={dueDate} onChange={setDueDate} width="medium" />
      {decisions.length > 0 && initial === null ? (
        <SelectField
          label="Arising from (optional)"
          value={resolutionId}
          choices={[{ value: '', label: 'No particular decision' }, ...decisions.map((r, i) => ({ value: r.id, label: decisionLabel(r, i) }))]}
          onChange={setResolutionId}
        />
      ) : null}
      <FormError error={error} />
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={busy}>
          {busy ? 'Saving…' : 'Save action'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
