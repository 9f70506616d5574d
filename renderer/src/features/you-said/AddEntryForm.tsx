import { useEffect, useMemo, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { formatLongDate } from '../../../../shared/domain/british-dates';
import { personKindLabel } from '../../../../shared/domain/member-labels';
import type { Meeting } from '../../../../shared/model/meeting';
import { PERSON_KINDS, type PersonKind } from '../../../../shared/model/person';
import type { YouSaidWeDid } from '../../../../shared/model/you-said';
import { useApiQuery } from '../../api/use-api-query';
import { useApiMutation } from '../../api/use-api-mutation';
import { ErrorSummary, type FieldError } from '../../components/form/ErrorSummary';
import { SelectField } from '../../components/form/SelectField';
import { TextAreaField } from '../../components/form/TextAreaField';
import { TextField } from '../../components/form/TextField';
import { LoadingMessage } from '../../components/LoadingMessage';
import { targetChoices } from './target-choices';

const IDS = { meeting: 'you-said-meeting', target: 'you-said-target', said: 'you-said-said', raisedOn: 'you-said-raised-on' } as const;
const ELSEWHERE = 'elsewhere';
const SAME = 'same';

type Draft = { meetingId: string; target: string; said: string; raiserKind: PersonKind; raisedAt: string; raisedOn: string };
const EMPTY: Draft = { meetingId: '', target: '', said: '', raiserKind: 'expert-by-experience', raisedAt: SAME, raisedOn: '' };

/** A new entry: choose a meeting, then one of its items, decisions or actions, then say what was said and by whom. */
export function AddEntryForm({
  boardId,
  meetings,
  onAdded,
}: {
  boardId: string;
  meetings: readonly Meeting[];
  onAdded: (entry: YouSaidWeDid) => void;
}): ReactNode {
  const submit = useApiMutation('youSaid.create');
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [targets, setTargets] = useState<ReturnType<typeof targetChoices>>([]);
  const set = (patch: Partial<Draft>): void => setDraft((d) => ({ ...d, ...patch }));
  const errorFor = (id: string): string | undefined => errors.find((e) => e.fieldId === id)?.message;
  const byDate = meetings.filter((m) => m.status !== 'cancelled').toSorted((a, b) => b.date.localeCompare(a.date));
  const meetingLabel = (m: Meeting): string => `${formatLongDate(m.date)}${m.title === undefined ? '' : `, ${m.title}`}`;

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (draft.meetingId === '') found.push({ fieldId: IDS.meeting, message: 'Choose the meeting that took it up' });
    else if (draft.target === '') found.push({ fieldId: IDS.target, message: 'Choose the item, decision or action that took it up' });
    if (draft.said.trim() === '') found.push({ fieldId: IDS.said, message: 'Say what was said' });
    if (draft.raisedAt === ELSEWHERE && !/^\d{4}-\d{2}-\d{2}$/.test(draft.raisedOn))
      found.push({ fieldId: IDS.raisedOn, message: 'Enter the date it was raised, for example 5 June 2025' });
    setErrors(found);
    setAttempt((n) => n + 1);
    const target = targets.find((t) => t.value === draft.target)?.target;
    if (found.length > 0 || target === undefined) return;
    const raised =
      draft.raisedAt === ELSEWHERE
        ? { on: draft.raisedOn, raiserKind: draft.raiserKind }
        : { meetingId: draft.raisedAt === SAME ? draft.meetingId : draft.raisedAt, raiserKind: draft.raiserKind };
    const created = await submit.run({ boardId, target, said: draft.said.trim(), raised });
    if (created === undefined) return;
    setDraft(EMPTY);
    onAdded(created);
  };

  if (byDate.length === 0) {
    return (
      <p>This board has no meetings yet. Entries link what was said to an item, decision or action of a meeting, so schedule a meeting first.</p>
    );
  }
  return (
    <form className="form" aria-labelledby="you-said-add-heading" onSubmit={(event) => void save(event)} noValidate>
      <ErrorSummary errors={errors} attempt={attempt} />
      <SelectField
        id={IDS.meeting}
        label="Meeting that took it up"
        value={draft.meetingId}
        choices={[{ value: '', label: 'Choose a meeting' }, ...byDate.map((m) => ({ value: m.id, label: meetingLabel(m) }))]}
        onChange={(meetingId) => set({ meetingId, target: '' })}
        error={errorFor(IDS.meeting)}
      />
      {draft.meetingId === '' ? null : (
        <TargetField
          key={draft.meetingId}
          meetingId={draft.meetingId}
          value={draft.target}
          onChange={(target) => set({ target })}
          onLoaded={setTargets}
          error={errorFor(IDS.target)}
        />
      )}
      <TextAreaField
        id={IDS.said}
        label="What was said"
        hint="In the words of the person who raised it, or a fair summary."
        value={draft.said}
        onChange={(said) => set({ said })}
        error={errorFor(IDS.said)}
        rows={3}
      />
      <SelectField
        id="you-said-raiser"
        label="Who raised it"
        hint="By kind only: the report never names them."
        value={draft.raiserKind}
        choices={PERSON_KINDS.map((k) => ({ value: k, label: personKindLabel(k) }))}
        onChange={(raiserKind) => set({ raiserKind })}
      />
      <SelectField
        id="you-said-raised-at"
        label="Where it was raised"
        value={draft.raisedAt}
        choices={[
          { value: SAME, label: 'At the meeting that took it up' },
          ...byDate.filter((m) => m.id !== draft.meetingId).map((m) => ({ value: m.id, label: `At the meeting of ${meetingLabel(m)}` })),
          { value: ELSEWHERE, label: 'Outside a meeting (a workshop, an email, a call)' },
        ]}
        onChange={(raisedAt) => set({ raisedAt })}
      />
      {draft.raisedAt === ELSEWHERE ? (
        <TextField
          id={IDS.raisedOn}
          label="Date it was raised"
          type="date"
          width="medium"
          value={draft.raisedOn}
          onChange={(raisedOn) => set({ raisedOn })}
          error={errorFor(IDS.raisedOn)}
        />
      ) : null}
      {submit.error ? (
        <p className="field__error" role="alert">
          {submit.error.message}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={submit.pending}>
          {submit.pending ? 'Adding…' : 'Add the entry'}
        </button>
      </div>
    </form>
  );
}

function TargetField({
  meetingId,
  value,
  onChange,
  onLoaded,
  error,
}: {
  meetingId: string;
  value: string;
  onChange: (value: string) => void;
  onLoaded: (choices: ReturnType<typeof targetChoices>) => void;
  error: string | undefined;
}): ReactNode {
  const detail = useApiQuery('meetings.get', { id: meetingId, carriedActions: false });
  const ready = detail.data !== undefined ? detail.data : null;
  const choices = useMemo(() => (ready ? targetChoices(ready) : null), [ready]);
  // The form needs each choice's target to send; it learns them once the meeting has loaded.
  useEffect(() => {
    if (choices) onLoaded(choices);
  }, [choices, onLoaded]);
  if (detail.isPending) return <LoadingMessage>Loading the meeting’s items…</LoadingMessage>;
  if (detail.isLoadingError) return <p className="field__error">{detail.error.message}</p>;
  return (
    <SelectField
      id={IDS.target}
      label="Item, decision or action that took it up"
      value={value}
      choices={[{ value: '', label: 'Choose one' }, ...(choices ?? []).map((c) => ({ value: c.value, label: c.label }))]}
      onChange={onChange}
      error={error}
    />
  );
}
