import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { formatLongDate } from '../../../../shared/domain/british-dates';
import { subjectKindLabel } from '../../../../shared/domain/coproduction/rating-words';
import type { CriteriaSet, RatingSubjectKind } from '../../../../shared/model/coproduction-rating';
import type { Meeting } from '../../../../shared/model/meeting';
import { RATING_SUBJECT_KINDS } from '../../../../shared/model/coproduction-rating';
import { useApiMutation } from '../../api/use-api-mutation';
import { CheckboxField } from '../../components/form/CheckboxField';
import { ErrorSummary, type FieldError } from '../../components/form/ErrorSummary';
import { RadioGroup } from '../../components/form/RadioGroup';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { ItemPicker } from './ItemPicker';
import { RatedByFieldset } from './RatedByFieldset';
import { fieldOfPath, newRatingValues, ratingErrors, ratingFieldIds, ratingInput, type RatingValues } from './rating-form-values';
import { ScoreFields } from './ScoreFields';

const KIND_HINTS: Readonly<Record<RatingSubjectKind, string>> = {
  item: 'An item on the agenda of one of the board’s meetings.',
  project: 'A piece of work with a start and an end, such as a strategy or a service redesign.',
  workstream: 'An ongoing area of the board’s work.',
};

/** "Rate an item, project or workstream": the subject, the set, a score and evidence per criterion, who took part. */
export function RatingForm({
  boardId,
  sets,
  meetings,
  today,
  subjectNames,
  onSaved,
}: {
  boardId: string;
  sets: readonly CriteriaSet[];
  meetings: readonly Meeting[];
  today: string;
  /** Projects and workstreams rated before, offered as the name is typed so a trend keeps one spelling. */
  subjectNames: readonly string[];
  onSaved: (message: string, subjectName: string, setId: string) => Promise<void>;
}): ReactNode {
  const submit = useApiMutation('ratings.create');
  const [values, setValues] = useState<RatingValues>(() => newRatingValues(sets[0]?.id ?? '', today));
  const [checked, setChecked] = useState<readonly FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const set = sets.find((s) => s.id === values.setId) ?? sets[0];
  const errors: readonly FieldError[] =
    checked.length === 0 && submit.error ? [{ fieldId: fieldOfPath(submit.error.apiError.path, set), message: submit.error.message }] : checked;
  const errorOf = (fieldId: string): string | undefined => errors.find((e) => e.fieldId === fieldId)?.message;
  const change = (patch: Partial<RatingValues>): void => setValues((v) => ({ ...v, ...patch }));

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const current = { ...values, setId: set?.id ?? '' };
    const found = ratingErrors(current, set);
    setChecked(found);
    setAttempt((n) => n + 1);
    if (found.length > 0 || set === undefined) return;
    const saved = await submit.run(ratingInput(current, set, boardId));
    if (!saved) return;
    setValues(newRatingValues(set.id, today));
    setChecked([]);
    await onSaved(`Rating of “${saved.subject.name}” saved.`, saved.subject.name, saved.criteriaSetId);
  };

  const meetingChoices = [
    { value: '', label: values.kind === 'item' ? 'Choose a meeting' : 'None' },
    ...meetings.toSorted((a, b) => b.date.localeCompare(a.date)).map((m) => ({ value: m.id, label: `${formatLongDate(m.date)}${m.title ? `: ${m.title}` : ''}` })),
  ];
  return (
    <form className="form rating-form" onSubmit={(event) => void save(event)} noValidate aria-label="Rate an item, project or workstream">
      <ErrorSummary errors={errors} attempt={attempt + (submit.error ? 1 : 0)} />
      <RadioGroup<RatingSubjectKind>
        id={ratingFieldIds.kind}
        legend="What are you rating?"
        name="rating-kind"
        value={values.kind}
        inline
        choices={RATING_SUBJECT_KINDS.map((kind) => ({ value: kind, label: subjectKindLabel(kind), hint: KIND_HINTS[kind] }))}
        onChange={(kind) => change({ kind, itemId: '' })}
      />
      {values.kind === 'item' ? null : (
        <>
          <TextField
            id={ratingFieldIds.name}
            label={`Name of the ${values.kind}`}
            hint="Use the same name each time: ratings of one name make its trend."
            value={values.name}
            onChange={(name) => change({ name })}
            list="rated-subject-names"
            error={errorOf(ratingFieldIds.name)}
          />
          <datalist id="rated-subject-names">
            {subjectNames.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </>
      )}
      <SelectField
        id={ratingFieldIds.meeting}
        label={values.kind === 'item' ? 'Meeting' : 'Meeting it was rated at (optional)'}
        hint={values.kind === 'item' ? undefined : 'Needed only to print the rating with that meeting’s minutes.'}
        value={values.meetingId}
        choices={meetingChoices}
        onChange={(meetingId) => {
          const meeting = meetings.find((m) => m.id === meetingId);
          change({ meetingId, itemId: '', ...(meeting === undefined ? {} : { ratedOn: meeting.date }), ...(meetingId === '' ? { appendToMinutes: false } : {}) });
        }}
        error={errorOf(ratingFieldIds.meeting)}
      />
      {values.kind === 'item' && values.meetingId !== '' ? (
        <ItemPicker meetingId={values.meetingId} itemId={values.itemId} onChange={(itemId) => change({ itemId })} error={errorOf(ratingFieldIds.item)} />
      ) : null}
      <SelectField
        id={ratingFieldIds.set}
        label="Rate it against"
        value={set?.id ?? ''}
        choices={sets.map((s) => ({ value: s.id, label: s.name }))}
        onChange={(setId) => change({ setId, scores: {} })}
        error={errorOf(ratingFieldIds.set)}
      />
      <TextField id={ratingFieldIds.date} label="Date of the rating" type="date" width="medium" value={values.ratedOn} onChange={(ratedOn) => change({ ratedOn })} error={errorOf(ratingFieldIds.date)} />
      {set ? <ScoreFields set={set} scores={values.scores} errors={errors} onChange={(id, value) => change({ scores: { ...values.scores, [id]: value } })} /> : null}
      <RatedByFieldset counts={values.ratedBy} errors={errors} onChange={(kind, count) => change({ ratedBy: { ...values.ratedBy, [kind]: count } })} />
      {values.meetingId !== '' ? (
        <CheckboxField
          id={ratingFieldIds.append}
          label="Print this rating as an appendix to the minutes of that meeting"
          hint="It appears in the public minutes too, unless the item is exempt."
          checked={values.appendToMinutes}
          onChange={(appendToMinutes) => change({ appendToMinutes })}
        />
      ) : null}
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={submit.pending}>
          {submit.pending ? 'Saving…' : 'Save the rating'}
        </button>
      </div>
    </form>
  );
}
