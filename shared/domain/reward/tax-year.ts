/**
 * The UK tax year runs from 6 April to 5 April. It is named by the calendar years it spans: "2025/26" runs from
 * 6 April 2025 to 5 April 2026.
 */

export type TaxYearBounds = { readonly label: string; readonly start: string; readonly end: string };

const LABEL = /^(\d{4})\/(\d{2})$/;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** "2025/26" for the tax year that starts on 6 April 2025. */
export function taxYearLabel(startYear: number): string {
  return `${pad(startYear, 4)}/${pad((startYear + 1) % 100, 2)}`;
}

/** The calendar year in which the tax year holding `date` (YYYY-MM-DD) began: 5 April belongs to the year before. */
export function taxYearStartYear(date: string): number {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= '04-06' ? year : year - 1;
}

/** The tax year holding a date, as its label: 5 April 2026 is in "2025/26", 6 April 2026 in "2026/27". */
export const taxYearOf = (date: string): string => taxYearLabel(taxYearStartYear(date));

/** Reads "2025/26"; null unless the second year follows the first. */
export function parseTaxYear(label: string): number | null {
  const match = LABEL.exec(label.trim());
  if (!match) return null;
  const start = Number(match[1]);
  return (start + 1) % 100 === Number(match[2]) ? start : null;
}

export const isTaxYear = (label: string): boolean => parseTaxYear(label) !== null;

/** The first and last days of a tax year: "2025/26" runs from 2025-04-06 to 2026-04-05. Null for a label it cannot read. */
export function taxYearBounds(label: string): TaxYearBounds | null {
  const start = parseTaxYear(label);
  if (start === null) return null;
  return { label: taxYearLabel(start), start: `${pad(start, 4)}-04-06`, end: `${pad(start + 1, 4)}-04-05` };
}

/** Whether a date falls within the tax year. */
export function inTaxYear(date: string, label: string): boolean {
  const bounds = taxYearBounds(label);
  return bounds !== null && date >= bounds.start && date <= bounds.end;
}

/** Tax years from the earliest date to the latest (both included), newest first: the choices a filter offers. */
export function taxYearsSpanning(dates: readonly string[], alsoInclude: string): string[] {
  const years = [...dates, alsoInclude].map(taxYearStartYear);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const labels: string[] = [];
  for (let year = last; year >= first; year -= 1) labels.push(taxYearLabel(year));
  return labels;
}
