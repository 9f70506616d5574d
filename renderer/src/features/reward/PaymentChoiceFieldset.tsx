import type { ReactNode } from 'react';
import { paymentChoiceKindLabel } from '../../../../shared/domain/reward/labels';
import type { PaymentChoice } from '../../../../shared/model/reward';
import { CheckboxField } from '../../components/form/CheckboxField';
import { RadioGroup } from '../../components/form/RadioGroup';
import { TextField } from '../../components/form/TextField';
import type { FieldError } from '../../components/form/field-error';
import { fieldId, type ClaimValues } from './claim-form-schema';

const CHOICES: readonly PaymentChoice['kind'][] = ['bank-transfer', 'vouchers', 'donation', 'declined'];
const HINTS: Readonly<Partial<Record<PaymentChoice['kind'], string>>> = {
  declined: 'The person does not want the reward for their time. Their expenses are still repaid.',
};

/**
 * How the person chose to receive the reward, and whether benefits advice was offered. Minute Book records the
 * choice; it does not apply benefit rules, so nothing here is worked out from the person's circumstances.
 */
export function PaymentChoiceFieldset({
  values,
  errors,
  onChange,
}: {
  values: ClaimValues;
  errors: readonly FieldError[];
  onChange: (patch: Partial<ClaimValues>) => void;
}): ReactNode {
  return (
    <>
      <RadioGroup
        id={fieldId('choice')}
        legend="How does the person want to receive the reward?"
        hint="Record the person’s own choice. Minute Book does not apply benefit rules."
        name="claim-choice"
        value={values.choice}
        choices={CHOICES.map((kind) => ({ value: kind, label: paymentChoiceKindLabel(kind), hint: HINTS[kind] }))}
        onChange={(choice) => onChange({ choice })}
      />
      {values.choice === 'donation' ? (
        <div className="conditional">
          <TextField
            id={fieldId('charity')}
            label="Name of the charity"
            value={values.charity}
            onChange={(charity) => onChange({ charity })}
            error={errors.find((e) => e.fieldId === fieldId('charity'))?.message}
          />
        </div>
      ) : null}
      <CheckboxField
        id={fieldId('advice')}
        label="Benefits advice was offered"
        checked={values.adviceOffered}
        onChange={(adviceOffered) => onChange({ adviceOffered })}
      />
      {values.adviceOffered ? (
        <div className="conditional">
          <TextField
            id={fieldId('advice-on')}
            label="Date advice was offered"
            type="date"
            width="medium"
            value={values.adviceOn}
            onChange={(adviceOn) => onChange({ adviceOn })}
            error={errors.find((e) => e.fieldId === fieldId('advice-on'))?.message}
          />
        </div>
      ) : null}
    </>
  );
}
