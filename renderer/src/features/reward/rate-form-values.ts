import type { Input } from '../../../../shared/api/contract';
import { parsePounds } from '../../../../shared/domain/reward/money';
import type { PersonKind } from '../../../../shared/model/person';
import type { RewardBand } from '../../../../shared/model/reward';
import type { FieldError } from '../../components/form/field-error';

export type RateValues = {
  /** '' for every board. */
  readonly boardId: string;
  readonly role: PersonKind;
  readonly band: RewardBand;
  readonly amount: string;
  readonly effectiveFrom: string;
};

export const rateFieldId = (name: string): string => `rate-${name}`;

export const newRateValues = (today: string): RateValues => ({ boardId: '', role: 'expert-by-experience', band: 'up-to-half-day', amount: '', effectiveFrom: today });

export function rateErrors(values: RateValues): FieldError[] {
  const errors: FieldError[] = [];
  if (parsePounds(values.amount) === null) errors.push({ fieldId: rateFieldId('amount'), message: 'Enter the amount in pounds, for example 25.00' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.effectiveFrom)) errors.push({ fieldId: rateFieldId('from'), message: 'Enter the date the rate applies from' });
  return errors;
}

export function rateInput(values: RateValues): Input<'reward.rates.set'> {
  return {
    ...(values.boardId === '' ? {} : { boardId: values.boardId }),
    role: values.role,
    band: values.band,
    amountPence: parsePounds(values.amount) ?? 0,
    effectiveFrom: values.effectiveFrom,
  };
}
