import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { personKindLabel } from '../../../../shared/domain';
import { rewardBandLabel } from '../../../../shared/domain/reward/labels';
import { formatPence } from '../../../../shared/domain/reward/money';
import type { Board } from '../../../../shared/model/board';
import { PERSON_KINDS } from '../../../../shared/model/person';
import { REWARD_BANDS, type RewardRate } from '../../../../shared/model/reward';
import { useApiMutation } from '../../api/use-api-mutation';
import { ErrorSummary, type FieldError } from '../../components/form/ErrorSummary';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { newRateValues, rateErrors, rateFieldId, rateInput, type RateValues } from './rate-form-values';

/** A new rate from a date. History is never edited: a change of rate is a new rate from the day it applies. */
export function RateForm({ boards, today, onAdded }: { boards: readonly Board[]; today: string; onAdded: (rate: RewardRate, message: string) => void }): ReactNode {
  const submit = useApiMutation('reward.rates.set');
  const [values, setValues] = useState<RateValues>(() => newRateValues(today));
  const [checked, setChecked] = useState<readonly FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const set = (patch: Partial<RateValues>): void => setValues((v) => ({ ...v, ...patch }));
  const errors = checked.length > 0 ? checked : submit.error ? [{ fieldId: rateFieldId('from'), message: submit.error.message }] : [];

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const found = rateErrors(values);
    setChecked(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    const rate = await submit.run(rateInput(values));
    if (rate === undefined) {
      setAttempt((n) => n + 1);
      return;
    }
    setValues((v) => ({ ...v, amount: '' }));
    onAdded(rate, `Rate added: ${personKindLabel(rate.role)}, ${rewardBandLabel(rate.band).toLowerCase()}, ${formatPence(rate.amountPence)}.`);
  };

  return (
    <form className="form inline-form" aria-labelledby="rate-form-heading" onSubmit={(event) => void save(event)} noValidate>
      <h3 id="rate-form-heading">Add a rate</h3>
      <p className="quiet">To change a rate, add the new one from the day it applies. Claims already entered keep the amounts they were worked out with.</p>
      <ErrorSummary errors={errors} attempt={attempt} />
      <div className="field-row">
        <SelectField id={rateFieldId('board')} label="Board" value={values.boardId} choices={[{ value: '', label: 'All boards' }, ...boards.map((b) => ({ value: b.id, label: b.name }))]} onChange={(boardId) => set({ boardId })} />
        <SelectField id={rateFieldId('role')} label="Role" value={values.role} choices={PERSON_KINDS.map((k) => ({ value: k, label: personKindLabel(k) }))} onChange={(role) => set({ role })} />
        <SelectField id={rateFieldId('band')} label="Length of involvement" value={values.band} choices={REWARD_BANDS.map((b) => ({ value: b, label: rewardBandLabel(b) }))} onChange={(band) => set({ band })} />
      </div>
      <div className="field-row">
        <TextField id={rateFieldId('amount')} label="Amount (£)" width="short" value={values.amount} onChange={(amount) => set({ amount })} error={errors.find((e) => e.fieldId === rateFieldId('amount'))?.message} />
        <TextField
          id={rateFieldId('from')}
          label="Applies from"
          type="date"
          width="medium"
          value={values.effectiveFrom}
          onChange={(effectiveFrom) => set({ effectiveFrom })}
          error={errors.find((e) => e.fieldId === rateFieldId('from'))?.message}
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
