import { z } from 'zod';
import type { Input } from '../../../../shared/api/contract';
import { INPUTS } from '../../../../shared/api/inputs';
import { parsePounds } from '../../../../shared/domain/reward/money';
import { worded } from '../../components/form/form-rules';

const { role, band, amountPence, effectiveFrom } = INPUTS['reward.rates.set'].shape;

/** A new rate, from the contract's `reward.rates.set`: the amount typed in pounds, sent in pence; '' for every board. */
export const rateFormSchema = z
  .object({
    boardId: z.string(),
    role,
    band,
    amount: worded(z.string().transform(parsePounds).pipe(amountPence), 'Enter the amount in pounds, for example 25.00'),
    effectiveFrom: worded(effectiveFrom, 'Enter the date the rate applies from'),
  })
  .transform((values): Input<'reward.rates.set'> => ({
    ...(values.boardId === '' ? {} : { boardId: values.boardId }),
    role: values.role,
    band: values.band,
    amountPence: values.amount,
    effectiveFrom: values.effectiveFrom,
  }));

export type RateValues = z.input<typeof rateFormSchema>;

const FIELDS: Readonly<Record<string, string>> = {
  amount: 'amount',
  amountPence: 'amount',
  effectiveFrom: 'from',
  boardId: 'board',
  role: 'role',
  band: 'band',
};
export const rateFieldId = (name: string): string => `rate-${name}`;
/** The field a problem at `path` (in the form, or in the contract's input) is shown beside. */
export const rateFieldFor = (path: string | undefined): string | undefined => {
  const field = path === undefined ? undefined : FIELDS[path.split('.')[0] ?? ''];
  return field === undefined ? undefined : rateFieldId(field);
};

export const newRateValues = (today: string): RateValues => ({
  boardId: '',
  role: 'expert-by-experience',
  band: 'up-to-half-day',
  amount: '',
  effectiveFrom: today,
});
