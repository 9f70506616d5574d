import { parseIsoDate } from '../../../../shared/domain/british-dates';
import { trainingByDate } from '../../../../shared/domain/training';
import type { TrainingRecord } from '../../../../shared/model/person';
import type { FieldError } from '../../components/form/field-error';

export type TrainingLevel = '1' | '2' | '3';

/** One training record as the form holds it; `key` keeps a row's fields together while rows come and go. */
export type TrainingRow = {
  readonly key: string;
  readonly level: TrainingLevel;
  readonly completedOn: string;
  readonly course: string;
};

let rowCount = 0;
const nextKey = (): string => `training-${(rowCount += 1)}`;

export const newTrainingRow = (today: string): TrainingRow => ({ key: nextKey(), level: '1', completedOn: today, course: '' });

const LEVEL_VALUES: Readonly<Record<TrainingRecord['level'], TrainingLevel>> = { 1: '1', 2: '2', 3: '3' };

export const trainingValues = (records: readonly TrainingRecord[]): TrainingRow[] =>
  trainingByDate(records).map((r) => ({ key: nextKey(), level: LEVEL_VALUES[r.level], completedOn: r.completedOn, course: r.course ?? '' }));

export const trainingFieldId = (prefix: string, row: Pick<TrainingRow, 'key'>, field: 'level' | 'date' | 'course'): string =>
  `${prefix}-${row.key}-${field}`;

export function trainingErrors(rows: readonly TrainingRow[], prefix: string): FieldError[] {
  return rows.flatMap((row, index) => {
    const errors: FieldError[] = [];
    if (parseIsoDate(row.completedOn) === null) {
      errors.push({ fieldId: trainingFieldId(prefix, row, 'date'), message: `Enter the date training record ${index + 1} was completed` });
    }
    if (row.course.trim().length > 200) {
      errors.push({ fieldId: trainingFieldId(prefix, row, 'course'), message: `Keep the course name of training record ${index + 1} to 200 characters` });
    }
    return errors;
  });
}

const LEVELS: Readonly<Record<TrainingLevel, TrainingRecord['level']>> = { '1': 1, '2': 2, '3': 3 };

export function trainingInput(rows: readonly TrainingRow[]): TrainingRecord[] {
  return rows.map((row) => {
    const course = row.course.trim();
    return { level: LEVELS[row.level], completedOn: row.completedOn, ...(course === '' ? {} : { course }) };
  });
}
