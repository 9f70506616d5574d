import type { ReactNode } from 'react';
import type { Input } from '../../../../shared/api/contract';
import { personKindLabel } from '../../../../shared/domain';
import { rewardBandLabel } from '../../../../shared/domain/reward/labels';
import { formatPence } from '../../../../shared/domain/reward/money';
import type { Board } from '../../../../shared/model/board';
import { PERSON_KINDS } from '../../../../shared/model/person';
import { REWARD_BANDS, type RewardRate } from '../../../../shared/model/reward';
import { useApiMutation } from '../../api/use-api-mutation';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { useClerkForm } from '../../components/form/use-clerk-form';
import { useFormErrors } from '../../components/form/use-form-errors';
import { newRateValues, rateFieldFor, rateFieldId, rateFormSchema } from './rate-form-schema';

/** A new rate from a date. History is never edited: a change of rate is a new rate from the day it applies. */
export function RateForm({
  boards,
  today,
  onAdded,
}: {
  boards: readonly Board[];
  today: string;
  onAdded: (rate: RewardRate, message: string) => void;
}): ReactNode {
  const submit = useApiMutation('reward.rates.set');
  const form = useClerkForm(rateFormSchema, newRateValues(today));
  const { errors, errorFor, attempt } = useFormErrors(form, rateFieldFor, {
    error: submit.error,
    fieldForPath: rateFieldFor,
    fallbackId: rateFieldId('from'),
  });
  const values = form.watch();

  const save = async (input: Input<'reward.rates.set'>): Promise<void> => {
    const rate = await submit.run(input);
    if (rate === undefined) return;
    form.setValue('amount', '');
    onAdded(rate, `Rate added: ${personKindLabel(rate.role)}, ${rewardBandLabel(rate.band).toLowerCase()}, ${formatPence(rate.amountPence)}.`);
  };

  return (
    <form className="form inline-form" aria-labelledby="rate-form-heading" onSubmit={(event) => void form.handleSubmit(save)(event)} noValidate>
      <h3 id="rate-form-heading">Add a rate</h3>
      <p className="quiet">
        To change a rate, add the new one from the day it applies. Claims already entered keep the amounts they were worked out with.
      </p>
      <ErrorSummary errors={errors} attempt={attempt} />
      <div className="field-row">
        <SelectField
          id={rateFieldId('board')}
          label="Board"
          value={values.boardId}
          choices={[{ value: '', label: 'All boards' }, ...boards.map((b) => ({ value: b.id, label: b.name }))]}
          onChange={(boardId) => form.setValue('boardId', boardId)}
        />
        <SelectField
          id={rateFieldId('role')}
          label="Role"
          value={values.role}
          choices={PERSON_KINDS.map((k) => ({ value: k, label: personKindLabel(k) }))}
          onChange={(role) => form.setValue('role', role)}
        />
        <SelectField
          id={rateFieldId('band')}
          label="Length of involvement"
          value={values.band}
          choices={REWARD_BANDS.map((b) => ({ value: b, label: rewardBandLabel(b) }))}
          onChange={(band) => form.setValue('band', band)}
        />
      </div>
      <div className="field-row">
        <TextField
          id={rateFieldId('amount')}
          label="Amount (£)"
          width="short"
          value={values.amount}
          onChange={(amount) => form.setValue('amount', amount)}
          error={errorFor(rateFieldId('amount'))}
        />
        <TextField
          id={rateFieldId('from')}
          label="Applies from"
          type="date"
          width="medium"
          value={values.effectiveFrom}
          onChange={(effectiveFrom) => form.setValue('effectiveFrom', effectiveFrom)}
          error={errorFor(rateFieldId('from'))}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={submit.pending}>
          {submit.pending ? 'Adding…' : 'Add the rate'}
        </button>
      </div>
    </form>
  );
}
