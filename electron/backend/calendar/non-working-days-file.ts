import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NonWorkingDaysView, NonWorkingDayView } from '../../../shared/api';
import { BANK_HOLIDAY_YEARS, BANK_HOLIDAYS_ENGLAND_AND_WALES, NonWorkingDaysFile } from '../../../shared/domain';

/** The clerk's own non-working days live beside the store's files, in the data folder. */
export const NON_WORKING_DAYS_FILE = 'non-working-days.json';

type ReadExtra = { readonly days: readonly NonWorkingDayView[]; readonly problem?: string };

/**
 * The shipped bank holidays plus the days in the data folder's `non-working-days.json`. Read on every call: the
 * file is small, and a clerk who edits it by hand sees the change without restarting. A file that cannot be read
 * is reported, never fatal: the bank holidays alone still give a deadline.
 */
export function readNonWorkingDays(dataDir: string): NonWorkingDaysView {
  const file = path.join(dataDir, NON_WORKING_DAYS_FILE);
  const extra = readExtra(file);
  const byDate = new Map<string, NonWorkingDayView>();
  for (const day of BANK_HOLIDAYS_ENGLAND_AND_WALES) byDate.set(day.date, { ...day, source: 'bank-holiday' });
  for (const day of extra.days) if (!byDate.has(day.date)) byDate.set(day.date, day);
  const days = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
  const lastExtraYear = Math.max(0, ...extra.days.map((d) => Number(d.date.slice(0, 4))));
  return {
    days,
    knownThroughYear: Math.max(BANK_HOLIDAY_YEARS.last, lastExtraYear),
    file,
    ...(extra.problem === undefined ? {} : { problem: extra.problem }),
  };
}

function readExtra(file: string): ReadExtra {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (isMissing(error)) return { days: [] };
    return { days: [], problem: `${NON_WORKING_DAYS_FILE} could not be read: ${messageOf(error)}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { days: [], problem: `${NON_WORKING_DAYS_FILE} is not valid JSON: ${messageOf(error)}` };
  }
  const parsed = NonWorkingDaysFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? '' : ` at ${issue.path.join('.')}`;
    return { days: [], problem: `${NON_WORKING_DAYS_FILE} has a mistake${where}: ${issue?.message ?? 'it does not match the expected form'}.` };
  }
  return { days: parsed.data.days.map((d) => ({ ...d, source: 'data-folder' as const })) };
}

const isMissing = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR');

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
