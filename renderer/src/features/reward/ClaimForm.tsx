import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import type { Input } from '../../../../shared/api/contract';
import type { RewardClaimView } from '../../../../shared/api/areas/reward';
import { formatLongDate } from '../../../../shared/domain';
import { activityKindLabel } from '../../../../shared/domain/reward/labels';
import { ACTIVITY_KINDS, type RewardClaim } from '../../../../shared/model/reward';
import type { Board } from '../../../../shared/model/board';
import type { Person } from '../../../../shared/model/person';
import { useApiQuery } from '../../api/use-api-query';
import { useApiMutation } from '../../api/use-api-mutation';
import { CheckboxField } from '../../components/form/CheckboxField';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { RadioGroup } from '../../components/form/RadioGroup';
import { SelectField } from '../../components/form/SelectField';
import { TextAreaField } from '../../components/form/TextAreaField';
import { TextField } from '../../components/form/TextField';
import { useClerkForm } from '../../components/form/use-clerk-form';
import { useFormErrors } from '../../components/form/use-form-errors';
import { claimFieldFor, claimFormSchema, claimValuesOf, fieldId, newClaimValues, updateInput, type ClaimValues } from './claim-form-schema';
import { ExpensesFieldset } from './ExpensesFieldset';
import { PaymentChoiceFieldset } from './PaymentChoiceFieldset';

/**
 * A claim for a meeting or another activity: who, what, how long, preparation, expenses with receipts, the person's
 * choice of payment and whether benefits advice was offered. The reward itself is worked out by Minute Book from
 * the rates in force on the day.
 */
export function ClaimForm({
  claim,
  boards,
  people,
  defaults,
  today,
  onSaved,
  onCancel,
}: {
  /** The claim being changed; a new claim when left out. */
  claim?: RewardClaimView;
  boards: readonly Board[];
  people: readonly Person[];
  defaults: { readonly boardId: string; readonly personId: string };
  today: string;
  onSaved: (claim: RewardClaim, message: string) => void;
  onCancel: () => void;
}): ReactNode {
  const create = useApiMutation('reward.claims.create');
  const update = useApiMutation('reward.claims.update');
  const submit = claim === undefined ? create : update;
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useClerkForm(
    claimFormSchema,
    claim === undefined
      ? newClaimValues(defaults.boardId || (boards[0]?.id ?? ''), defaults.personId || (people[0]?.id ?? ''), today)
      : claimValuesOf(claim),
  );
  const values = form.watch();
  const fieldFor = (path: string | undefined): string => claimFieldFor(path, values);
  const {
    errors,
    errorFor: errorAt,
    attempt,
  } = useFormErrors(form, fieldFor, { error: submit.error, fieldForPath: fieldFor, fallbackId: fieldId('time') });
  const errorFor = (name: string): string | undefined => errorAt(fieldId(name));
  const meetings = useApiQuery('meetings.list', values.boardId === '' ? {} : { boardId: values.boardId });
  const set = (patch: Partial<ClaimValues>): void => {
    for (const [key, value] of Object.entries(patch) as [keyof ClaimValues, ClaimValues[keyof ClaimValues]][]) form.setValue(key, value);
  };

  useEffect(() => heading.current?.focus(), []);

  const save = async (input: Input<'reward.claims.create'>): Promise<void> => {
    const saved = claim === undefined ? await create.run(input) : await update.run(updateInput(claim.id, input, values.recalculate));
    if (saved === undefined) return;
    const name = people.find((p) => p.id === saved.personId)?.name ?? 'the person';
    onSaved(saved, claim === undefined ? `Claim added for ${name}.` : `Claim for ${name} saved.`);
  };

  const meetingChoices =
    meetings.data !== undefined
      ? meetings.data
          .filter((m) => m.status !== 'cancelled')
          .toSorted((a, b) => b.date.localeCompare(a.date))
          .map((m) => ({ value: m.id, label: m.title === undefined ? formatLongDate(m.date) : `${formatLongDate(m.date)}: ${m.title}` }))
      : [];

  return (
    <section className="form-panel reward-claim-form" aria-labelledby="claim-form-heading">
      <h2 id="claim-form-heading" ref={heading} tabIndex={-1}>
        {claim === undefined ? 'Add a claim' : `Change the claim of ${claim.personName}`}
      </h2>
      <form className="form" onSubmit={(event) => void form.handleSubmit(save)(event)} noValidate aria-labelledby="claim-form-heading">
        <ErrorSummary errors={errors} attempt={attempt} />
        <div className="field-row">
          <SelectField
            id={fieldId('person')}
            label="Person"
            value={values.personId}
            choices={[{ value: '', label: 'Choose a person' }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
            onChange={(personId) => set({ personId })}
            error={errorFor('person')}
          />
          <SelectField
            id={fieldId('board')}
            label="Board"
            value={values.boardId}
            choices={[{ value: '', label: 'Choose a board' }, ...boards.map((b) => ({ value: b.id, label: b.name }))]}
            onChange={(boardId) => set({ boardId, meetingId: '' })}
            error={errorFor('board')}
          />
        </div>
        <RadioGroup
          legend="What is the claim for?"
          name="claim-for"
          inline
          value={values.forWhat}
          choices={[
            { value: 'meeting', label: 'A meeting of the board' },
            { value: 'activity', label: 'Another activity' },
          ]}
          onChange={(forWhat) => set({ forWhat })}
        />
        {values.forWhat === 'meeting' ? (
          <SelectField
            id={fieldId('meeting')}
            label="Meeting"
            hint="The claim takes the meeting’s date."
            value={values.meetingId}
            choices={[{ value: '', label: meetings.isPending ? 'Loading meetings…' : 'Choose a meeting' }, ...meetingChoices]}
            onChange={(meetingId) => set({ meetingId })}
            error={errorFor('meeting')}
          />
        ) : (
          <div className="field-row">
            <SelectField
              id={fieldId('activity')}
              label="Activity"
              value={values.activity}
              choices={ACTIVITY_KINDS.filter((k) => k !== 'meeting').map((k) => ({ value: k, label: activityKindLabel(k) }))}
              onChange={(activity) => set({ activity })}
            />
            <TextField
              id={fieldId('date')}
              label="Date"
              type="date"
              width="medium"
              value={values.date}
              onChange={(date) => set({ date })}
              error={errorFor('date')}
            />
          </div>
        )}
        <TextField
          id={fieldId('description')}
          label="Description (optional)"
          hint="For example, the workshop’s subject."
          value={values.description}
          onChange={(description) => set({ description })}
          error={errorFor('description')}
        />
        <div className="field-row">
          <TextField
            id={fieldId('time')}
            label="Time given"
            hint="Hours and minutes, for example 2:30. Up to 4 hours is half a day."
            width="short"
            value={values.time}
            onChange={(time) => set({ time })}
            error={errorFor('time')}
          />
          <TextField
            id={fieldId('preparation')}
            label="Preparation time"
            hint="Hours and minutes; paid to the nearest quarter hour."
            width="short"
            value={values.preparation}
            onChange={(preparation) => set({ preparation })}
            error={errorFor('preparation')}
          />
        </div>
        <ExpensesFieldset expenses={values.expenses} errors={errors} onChange={(expenses) => set({ expenses: [...expenses] })} />
        <PaymentChoiceFieldset values={values} errors={errors} onChange={set} />
        <TextAreaField
          id={fieldId('note')}
          label="Note (optional)"
          hint="For the clerk and finance. Not printed on the statement."
          value={values.note}
          onChange={(note) => set({ note })}
          rows={2}
        />
        {claim === undefined ? null : (
          <CheckboxField
            id={fieldId('recalculate')}
            label="Work out the reward again"
            hint="From the rates in force on the claim’s date. Leave it unticked to keep the reward as first worked out."
            checked={values.recalculate}
            onChange={(recalculate) => set({ recalculate })}
          />
        )}
        <div className="button-row">
          <button type="submit" className="button" aria-disabled={submit.pending}>
            {submit.pending ? 'Saving…' : claim === undefined ? 'Add the claim' : 'Save the claim'}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={submit.pending}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
