import { z } from 'zod';
import shipped from '../data/bank-holidays-england-and-wales.json';
import { IsoDate, Text } from '../model/common';

/** One day the office is shut, with the name a clerk would recognise ("Easter Monday"). */
export const NonWorkingDay = z.object({ date: IsoDate, title: Text(200) });
export type NonWorkingDay = z.infer<typeof NonWorkingDay>;

/**
 * `non-working-days.json` in the data folder: the clerk's own additions to the shipped bank holidays — a bank
 * holiday proclaimed later, days after the shipped years, or days the council closes (say, between Christmas and
 * New Year). Only `days` is read; anything else in the file is left alone.
 */
export const NonWorkingDaysFile = z.object({ days: z.array(NonWorkingDay).max(5000) });
export type NonWorkingDaysFile = z.infer<typeof NonWorkingDaysFile>;

const ShippedHolidays = z.object({
  division: z.literal('england-and-wales'),
  firstYear: z.number().int(),
  lastYear: z.number().int(),
  days: z.array(NonWorkingDay),
});

const parsed = ShippedHolidays.parse(shipped);

/** Bank holidays of England and Wales, shipped with Minute Book, oldest first. */
export const BANK_HOLIDAYS_ENGLAND_AND_WALES: readonly NonWorkingDay[] = parsed.days;

/** The calendar years the shipped list covers, both included. */
export const BANK_HOLIDAY_YEARS: { readonly first: number; readonly last: number } = {
  first: parsed.firstYear,
  last: parsed.lastYear,
};
