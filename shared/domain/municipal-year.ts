import { municipalYearText, type Board } from '../model';

/** The calendar year in which the municipal year containing `date` began. */
export function municipalYearOf(date: string, start: Board['municipalYearStart']): number {
  const year = Number(date.slice(0, 4));
  const monthDay = date.slice(5);
  const startMonthDay = `${String(start.month).padStart(2, '0')}-${String(start.day).padStart(2, '0')}`;
  return monthDay >= startMonthDay ? year : year - 1;
}

/** "24/25" for the municipal year that began in 2024. */
export const municipalYearLabel = (startYear: number): string => municipalYearText(startYear);
