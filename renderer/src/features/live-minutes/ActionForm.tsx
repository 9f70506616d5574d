import { useEffect, useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { NumberedItem } from '../../../../shared/api/views';
import type { Action } from '../../../../shared/model/action';
import type { Resolution } from '../../../../shared/model/resolution';
import type { ApiCallError } from '../../api/api-call-error';
import { CheckboxField } from '../../components/form/CheckboxField';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { RadioGroup } from '../../components/form/RadioGroup';
import { SelectField } from '../../components/form/SelectField';
import { TextAreaField } from '../../components/form/TextAreaField';
import { TextField } from '../../components/form/TextField';
import { draftOf, draftProblems, fieldsOf, type ActionDraft, type ActionFields, type DraftProblem } from './action-form-fields';
import { FormError } from './FormError';
import { useLiveMeeting } from './meeting-context';
import { resolutionKindWords } from './words';

export type { ActionFields } from './action-form-fields';

const decisionLabel = (r: Resolution, index: number): string => {
  const words = r.parts[0]?.text ?? '';
  return `Decision ${index + 1}: ${resolutionKindWords(r.kind)} ${words.length > 60 ? `${words.slice(0, 57)}…` : words}`;
};

const OWNER_CHOICES = [
  { value: 'person', label: 'A person' },
  { value: 'initials', label: 'Initials only' },
  { value: 'organisation', label: 'An organisation' },
  { value: 'tbc', label: 'To be confirmed' },
] as const;

const DUE_CHOICES = [
  { value: 'none', label: 'Not set' },
  { value: 'date', label: 'A day' },
  { value: 'month', label: 'A month' },
  { value: 'next-meeting', label: 'The next meeting' },
  { value: 'words', label: 'In words' },
] as const;

/**
 * Writes or changes one action as the council records it: what is to be done; by whom (a person, initials, an
 * organisation, or to be confirmed); when (a day, a month, the next meeting, or words); the further items it was
 * raised against and the council's own references.
 */
export function ActionForm({
  initial,
  item,
  decisions,
  title,
  busy,
  error,
  onSave,
  onCancel,
}: {
  initial: Action | null;
  item: NumberedItem;
  decisions: readonly Resolution[];
  title: string;
  busy: boolean;
  error: ApiCallError | null;
  onSave: (fields: ActionFields) => void;
  onCancel: () => void;
}): ReactNode {
  const { people, members, detail } = useLiveMeeting();
  const base = useId();
  const [draft, setDraft] = useState<ActionDraft>(() => draftOf(initial));
  const [resolutionId, setResolutionId] = useState(initial?.resolutionId ?? '');
  const [attempt, setAttempt] = useState(0);
  const [checked, setChecked] = useState(false);
  const set =
    <K extends keyof ActionDraft>(key: K) =>
    (value: ActionDraft[K]): void =>
      setDraft((d) => ({ ...d, [key]: value }));

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
  const otherItems = detail.items.filter((i) => i.id !== item.id);

  const idOf = (field: DraftProblem['field']): string => `${base}-${field}`;
  const problems = draftProblems(draft).map((p) => ({ fieldId: idOf(p.field), message: p.message }));
  const shown = checked ? problems : [];
  const problemFor = (field: DraftProblem['field']): string | undefined => shown.find((p) => p.fieldId === idOf(field))?.message;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (busy) return;
    if (problems.length > 0) {
      setChecked(true);
      setAttempt((n) => n + 1);
      return;
    }
    onSave({ ...fieldsOf(draft), ...(resolutionId === '' ? {} : { resolutionId }) });
  };

  const toggleItem = (id: string, on: boolean): void =>
    set('otherItemIds')(on ? [...draft.otherItemIds, id] : draft.otherItemIds.filter((other) => other !== id));

  return (
    <form className="action-form" onSubmit={submit} noValidate aria-label={title}>
      <ErrorSummary errors={shown} attempt={attempt} />
      <TextAreaField id={idOf('text')} label="What is to be done" value={draft.text} onChange={set('text')} error={problemFor('text')} rows={2} />
      <RadioGroup legend="Who will do it" name={`${base}-owner`} value={draft.ownerKind} inline choices={OWNER_CHOICES} onChange={set('ownerKind')} />
      {draft.ownerKind === 'person' ? (
        <SelectField
          id={idOf('person')}
          label="Person"
          value={draft.personId}
          choices={personChoices}
          onChange={set('personId')}
          error={problemFor('person')}
        />
      ) : null}
      {draft.ownerKind === 'initials' ? (
        <TextField
          id={idOf('initials')}
          label="Initials"
          hint="As the log names owners, such as JB."
          value={draft.initials}
          onChange={set('initials')}
          error={problemFor('initials')}
          width="short"
        />
      ) : null}
      {draft.ownerKind === 'organisation' ? (
        <TextField
          id={idOf('organisation')}
          label="Organisation"
          value={draft.organisation}
          onChange={set('organisation')}
          error={problemFor('organisation')}
          width="medium"
        />
      ) : null}
      <RadioGroup legend="When it is due" name={`${base}-due`} value={draft.dueKind} inline choices={DUE_CHOICES} onChange={set('dueKind')} />
      {draft.dueKind === 'date' ? (
        <TextField
          id={idOf('dueDate')}
          label="Due by"
          type="date"
          value={draft.dueDate}
          onChange={set('dueDate')}
          error={problemFor('dueDate')}
          width="medium"
        />
      ) : null}
      {draft.dueKind === 'month' ? (
        <TextField
          id={idOf('dueMonth')}
          label="Month"
          hint="Such as March 2027."
          value={draft.dueMonth}
          onChange={set('dueMonth')}
          error={problemFor('dueMonth')}
          width="medium"
        />
      ) : null}
      {draft.dueKind === 'words' ? (
        <TextField
          id={idOf('dueWords')}
          label="When, in words"
          hint="As the meeting put it, such as “before the budget is set”."
          value={draft.dueWords}
          onChange={set('dueWords')}
          error={problemFor('dueWords')}
          width="long"
        />
      ) : null}
      {otherItems.length > 0 ? (
        <fieldset className="fieldset">
          <legend className="fieldset__legend">Also raised against (optional)</legend>
          {otherItems.map((other) => (
            <CheckboxField
              key={other.id}
              label={`${other.minuteLabel ?? other.number} ${other.title}`}
              checked={draft.otherItemIds.includes(other.id)}
              onChange={(on) => toggleItem(other.id, on)}
            />
          ))}
        </fieldset>
      ) : null}
      <TextField
        id={`${base}-references`}
        label="The council’s own references (optional)"
        hint="As your log writes them, such as A23/04; separate several with commas."
        value={draft.references}
        onChange={set('references')}
        width="medium"
      />
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
