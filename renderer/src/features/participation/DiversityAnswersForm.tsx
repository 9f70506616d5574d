import { useState } from 'react';
import type { ReactNode } from 'react';
import { formatLongDate } from '../../../../shared/domain/british-dates';
import { DIVERSITY_QUESTION_WORDS, PREFER_NOT_TO_SAY_LABEL } from '../../../../shared/domain/participation/diversity-questions';
import { DIVERSITY_QUESTIONS, PREFER_NOT_TO_SAY, type DiversityResponse } from '../../../../shared/model/diversity';
import type { Person } from '../../../../shared/model/person';
import { useApiQuery } from '../../api/use-api-query';
import { useApiMutation } from '../../api/use-api-mutation';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckboxField } from '../../components/form/CheckboxField';
import { RadioGroup } from '../../components/form/RadioGroup';
import { LoadingMessage } from '../../components/LoadingMessage';
import { useClerkForm } from '../../components/form/use-clerk-form';
import { answersOf, diversityFormSchema, groupChoices, sameGroup, type DiversityInput } from './diversity-form-schema';

/** One person's answers, loaded for correcting: one radio group per question, and the groups they belong to. */
export function DiversityAnswersForm({
  person,
  boardGroups,
  onSaved,
  onDone,
}: {
  person: Person;
  boardGroups: readonly string[];
  onSaved: () => void;
  onDone: () => void;
}): ReactNode {
  const existing = useApiQuery('diversity.get', { personId: person.id });
  if (existing.isPending) return <LoadingMessage>Loading {person.name}’s answers…</LoadingMessage>;
  if (existing.isLoadingError)
    return <ErrorAlert error={existing.error} context="Their answers could not be loaded." onRetry={() => void existing.refetch()} />;
  return <AnswersForm person={person} existing={existing.data} boardGroups={boardGroups} onSaved={onSaved} onDone={onDone} />;
}

function AnswersForm({
  person,
  existing,
  boardGroups,
  onSaved,
  onDone,
}: {
  person: Person;
  existing: DiversityResponse | null;
  boardGroups: readonly string[];
  onSaved: () => void;
  onDone: () => void;
}): ReactNode {
  const record = useApiMutation('diversity.record');
  const withdraw = useApiMutation('diversity.remove');
  const announce = useAnnounce();
  const form = useClerkForm(diversityFormSchema, { answers: answersOf(existing), groups: [...(existing?.seldomHeardGroups ?? [])] });
  const { answers, groups } = form.watch();
  // The choices offered are the contract's: a problem here is one the backend would refuse too.
  const problem = Object.values(form.formState.errors).find((e) => e?.message !== undefined)?.message;
  const [saved, setSaved] = useState<DiversityResponse | null>(existing);
  const [confirming, setConfirming] = useState(false);
  const choices = groupChoices(boardGroups, existing?.seldomHeardGroups ?? []);

  const save = async (input: DiversityInput): Promise<void> => {
    const result = await record.run({ personId: person.id, ...input });
    if (result === undefined) return;
    setSaved(result);
    announce(`${person.name}’s answers saved.`);
    onSaved();
  };
  const remove = async (): Promise<void> => {
    const result = await withdraw.run({ personId: person.id });
    if (result === undefined) return;
    setConfirming(false);
    announce(`${person.name}’s answers withdrawn.`);
    onSaved();
    onDone();
  };
  const toggle = (group: string, on: boolean): void => form.setValue('groups', on ? [...groups, group] : groups.filter((g) => !sameGroup(g, group)));

  return (
    <>
      <form
        className="form diversity-form"
        aria-label={`Diversity answers of ${person.name}`}
        onSubmit={(event) => void form.handleSubmit(save)(event)}
        noValidate
      >
        <p className="quiet" role="status">
          {saved === null
            ? `${person.name} has not given any answers.`
            : `${person.name}’s answers were last recorded on ${formatLongDate(saved.recordedOn)}.`}
        </p>
        {DIVERSITY_QUESTIONS.map((q) => {
          const words = DIVERSITY_QUESTION_WORDS[q];
          return (
            <RadioGroup
              key={q}
              legend={`${words.label}: ${words.question}`}
              name={`diversity-${q}`}
              value={answers[q]}
              onChange={(value) => form.setValue('answers', { ...answers, [q]: value })}
              choices={[{ value: '', label: 'No answer given' }, ...words.choices, { value: PREFER_NOT_TO_SAY, label: PREFER_NOT_TO_SAY_LABEL }]}
            />
          );
        })}
        {choices.length === 0 ? null : (
          <fieldset className="fieldset">
            <legend className="fieldset__legend">Seldom-heard groups: does the person say they belong to any of these? (optional)</legend>
            {choices.map((group) => (
              <CheckboxField key={group} label={group} checked={groups.some((g) => sameGroup(g, group))} onChange={(on) => toggle(group, on)} />
            ))}
          </fieldset>
        )}
        {problem !== undefined || record.error ? (
          <p className="field__error" role="alert">
            {problem ?? record.error?.message}
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button" aria-disabled={record.pending}>
            {record.pending ? 'Saving…' : 'Save the answers'}
          </button>
          {saved === null ? null : (
            <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
              Withdraw all their answers
            </button>
          )}
        </div>
      </form>
      {/* Outside the form: the dialog's own form must not submit this one. */}
      {confirming ? (
        <ConfirmDialog
          title={`Withdraw ${person.name}’s answers?`}
          confirmLabel="Withdraw the answers"
          danger
          pending={withdraw.pending}
          error={withdraw.error}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        >
          <p>All their diversity answers are deleted, and they are no longer counted in the reports.</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
