import type { Board } from '../../model';
import { inPeriod, municipalYearPeriod as yearOfBoard, type ReportPeriod } from '../reports/report-period';

/** A span of days, both ends included, `YYYY-MM-DD`: the same periods as every other report of the board. */
export type Period = ReportPeriod;

/** The municipal year that contains `date`: from the board's year start to the day before the next one. */
export const municipalYearPeriod = (date: string, start: Board['municipalYearStart']): Period => yearOfBoard({ municipalYearStart: start }, date);

export { inPeriod };
