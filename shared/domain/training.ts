import type { TrainingRecord } from '../model';
import { formatShortDate } from './british-dates';

/** The highest level completed, the latest completion of that level; null for someone with no training recorded. */
export function highestTraining(records: readonly TrainingRecord[]): TrainingRecord | null {
  let best: TrainingRecord | null = null;
  for (const record of records) {
    if (best === null || record.level > best.level || (record.level === best.level && record.completedOn > best.completedOn)) best = record;
  }
  return best;
}

/** "Level 2, completed 3 March 2025", or "None recorded". */
export function trainingSummary(records: readonly TrainingRecord[]): string {
  const best = highestTraining(records);
  return best === null ? 'None recorded' : `Level ${best.level}, completed ${formatShortDate(best.completedOn)}`;
}

/** Records as a list shows them: the most recent first. */
export const trainingByDate = (records: readonly TrainingRecord[]): TrainingRecord[] =>
  records.toSorted((a, b) => b.completedOn.localeCompare(a.completedOn) || b.level - a.level);
