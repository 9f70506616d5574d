import { municipalYearPeriod, type Period } from '../../../../shared/domain/participation/period';
import type { Board } from '../../../../shared/model/board';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The period in the address (`from`, `to`); either end left out or malformed falls back to the municipal year. */
export function parsePeriod(search: string, today: string, start: Board['municipalYearStart']): Period {
  const params = new URLSearchParams(search);
  const year = municipalYearPeriod(today, start);
  const from = params.get('from');
  const to = params.get('to');
  return { from: from !== null && ISO_DATE.test(from) ? from : year.from, to: to !== null && ISO_DATE.test(to) ? to : year.to };
}

/** The address form of a period; the current municipal year is the plain address. */
export function periodSearch(period: Period, today: string, start: Board['municipalYearStart']): string {
  const year = municipalYearPeriod(today, start);
  if (period.from === year.from && period.to === year.to) return '';
  return new URLSearchParams({ from: period.from, to: period.to }).toString();
}

export type PeriodErrors = { readonly from?: string; readonly to?: string };

/** What is wrong with the dates typed, in words for each field. */
export function periodErrors(from: string, to: string): PeriodErrors {
  const errors: { from?: string; to?: string } = {};
  if (!ISO_DATE.test(from)) errors.from = 'Enter the first day of the period, for example 1 May 2025';
  if (!ISO_DATE.test(to)) errors.to = 'Enter the last day of the period, for example 30 April 2026';
  if (errors.from === undefined && errors.to === undefined && to < from) errors.to = 'The last day must be the same as or after the first day';
  return errors;
}
