import type { Board } from '../../model';
import { addDays, formatLongDate } from '../british-dates';
import { municipalYearLabel, municipalYearOf } from '../municipal-year';

/** A period of days, both ends included, as `YYYY-MM-DD`. */
export type ReportPeriod = { readonly from: string; readonly to: string };

const pad = (n: number): string => String(n).padStart(2, '0');

/** The municipal year of the board that contains `date`: from its start day to the day before the next. */
export function municipalYearPeriod(board: Pick<Board, 'municipalYearStart'>, date: string): ReportPeriod {
  const year = municipalYearOf(date, board.municipalYearStart);
  const start = (y: number): string => `${y}-${pad(board.municipalYearStart.month)}-${pad(board.municipalYearStart.day)}`;
  return { from: start(year), to: addDays(start(year + 1), -1) };
}

/** The period asked for, with either end defaulting to the municipal year that contains today. */
export function reportPeriod(board: Pick<Board, 'municipalYearStart'>, today: string, from?: string, to?: string): ReportPeriod {
  const year = municipalYearPeriod(board, today);
  return {
    from: from ?? (to === undefined ? year.from : municipalYearPeriod(board, to).from),
    to: to ?? (from === undefined ? year.to : municipalYearPeriod(board, from).to),
  };
}

export const inPeriod = (date: string, period: ReportPeriod): boolean => date >= period.from && date <= period.to;

/** "the municipal year 2025/26 (1 May 2025 to 30 April 2026)", or "1 June to 31 August 2025" in words. */
export function periodWords(board: Pick<Board, 'municipalYearStart'>, period: ReportPeriod): string {
  const range = `${formatLongDate(period.from)} to ${formatLongDate(period.to)}`;
  const year = municipalYearPeriod(board, period.from);
  if (year.from === period.from && year.to === period.to) {
    return `the municipal year ${municipalYearLabel(municipalYearOf(period.from, board.municipalYearStart))} (${range})`;
  }
  return range;
}
