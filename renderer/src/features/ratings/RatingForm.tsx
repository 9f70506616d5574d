import { useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Input } from '../../../../shared/api/contract';
import { formatLongDate } from '../../../../shared/domain/british-dates';
import { subjectKindLabel } from '../../../../shared/domain/coproduction/rating-words';
import type { CriteriaSet, RatingSubjectKind } from '../../../../shared/model/coproduction-rating';
import type { Meeting } from '../../../../shared/model/meeting';
import { RATING_SUBJECT_KINDS } from '../../../../shared/model/coproduction-rating';
import { useApiMutation } from '../../api/use-api-mutation';
import { CheckboxField } from '../../components/form/CheckboxField';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { RadioGroup } from '../../components/form/RadioGroup';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { ItemPicker } from './ItemPicker';
import { RatedByFieldset } from './RatedByFieldset';
import { useClerkForm } from '../../components/form/use-clerk-form';
import { useFormErrors } from '../../components/form/use-form-errors';
import { newRatingValues, ratingFieldFor, ratingFieldIds, ratingFormSchema, type RatingValues } from './rating-form-schema';
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
  const schema = useMemo(() => ratingFormSchema(sets, boardId), [sets, boardId]);
  const form = useClerkForm(schema, newRatingValues(sets[0]?.id ?? '', today));
  const values = form.watch();
  const set = sets.find((s) => s.id === values.setId) ?? sets[0];
  const fieldFor = (path: string | undefined): string => ratingFieldFor(path, set);
  const {
    errors,
    errorFor: errorOf,
    attempt,
  } = useFormErrors(form, fieldFor, { error: submit.error, fieldForPath: fieldFor, fallbackId: ratingFieldIds.set });
  const change = (patch: Partial<RatingValues>): void => {
    for (const [key, value] of Object.entries(patch) as [keyof RatingValues, RatingValues[keyof RatingValues]][]) form.setValue(key, value);
  };

  const save = async (input: Input<'ratings.create'>): Promise<void> => {
    const saved = await submit.run(input);
    if (!saved) return;
    form.reset(newRatingValues(input.criteriaSetId, today));
    await onSaved(`Rating of “${saved.subject.name}” saved.`, saved.subject.name, saved.criteriaSetId);
  };

  const meetingChoices = [
    { value: '', label: values.kind === 'item' ? 'Choose a meeting' : 'None' },
    ...meetings
      .toSorted((a, b) => b.date.localeCompare(a.date))
      .map((m) => ({ value: m.id, label: `${formatLongDate(m.date)}${m.title ? `: ${m.title}` : ''}` })),
  ];
  return (
    <form
      className="form rating-form"
      onSubmit={(event) => {
        // The set shown is the first when none is chosen yet: that is the one rated against.
        if (values.setId === '' && set !== undefined) form.setValue('setId', set.id);
        void form.handleSubmit(save)(event);
      }}
      noValidate
      aria-label="Rate an item, project or workstream"
    >
      <ErrorSummary errors={errors} attempt={attempt} />
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
          change({
            meetingId,
            itemId: '',
            ...(meeting === undefined ? {} : { ratedOn: meeting.date }),
            ...(meetingId === '' ? { appendToMinutes: false } : {}),
          });
        }}
        error={errorOf(ratingFieldIds.meeting)}
      />
      {values.kind === 'item' && values.meetingId !== '' ? (
        <ItemPicker
          meetingId={values.meetingId}
          itemId={values.itemId}
          onChange={(itemId) => change({ itemId })}
          error={errorOf(ratingFieldIds.item)}
        />
      ) : null}
      <SelectField
        id={ratingFieldIds.set}
        label="Rate it against"
        value={set?.id ?? ''}
        choices={sets.map((s) => ({ value: s.id, label: s.name }))}
        onChange={(setId) => change({ setId, scores: {} })}
        error={errorOf(ratingFieldIds.set)}
      />
      <TextField
        id={ratingFieldIds.date}
        label="Date of the rating"
        type="date"
        width="medium"
        value={values.ratedOn}
        onChange={(ratedOn) => change({ ratedOn })}
        error={errorOf(ratingFieldIds.date)}
      />
      {set ? (
        <ScoreFields
          set={set}
          scores={values.scores}
          errors={errors}
          onChange={(id, value) => change({ scores: { ...values.scores, [id]: value } })}
        />
      ) : null}
      <RatedByFieldset
        counts={values.ratedBy}
        errors={errors}
        onChange={(kind, count) => change({ ratedBy: { ...values.ratedBy, [kind]: count } })}
      />
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
