import { z } from 'zod';

/*
 * Dates as calls give them. Every date a method takes is a real calendar date (no 30 February) between these
 * bounds: nothing a council board records falls outside them, and dates such as 0001-01-01 or 9999-12-31 defeat the
 * date arithmetic behind municipal years, tax years and clear days. Stored records keep the model's plain
 * `IsoDate`, so a folder written before these bounds still opens.
 */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2200-12-31';

export const DateInput = z.iso
  .date({ error: 'Give a real date as YYYY-MM-DD, such as 2025-06-10.' })
  .refine((date) => date >= EARLIEST_DATE && date <= LATEST_DATE, { error: 'Give a date between 1900 and 2200.' })
  .describe('Calendar date, YYYY-MM-DD, from 1900 to 2200');

const PERIOD_ORDER = 'The period must end on or after the day it starts.';

/** A period's two ends, each optional: for `.extend()` or an object's fields. */
export const period = { from: DateInput.optional(), to: DateInput.optional() };

/** Refuses a period that ends before it starts; for `.superRefine()` on an object with `from` and `to`. */
export function periodInOrder(value: { readonly from?: string | undefined; readonly to?: string | undefined }, ctx: z.RefinementCtx): void {
  if (value.from !== undefined && value.to !== undefined && value.from > value.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: PERIOD_ORDER });
  }
}
