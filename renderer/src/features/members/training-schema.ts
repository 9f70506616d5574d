import { z } from 'zod';
import { PersonFields } from '../../../../shared/api/inputs';
import { trainingByDate } from '../../../../shared/domain/training';
import type { TrainingRecord } from '../../../../shared/model/person';

export type TrainingLevel = '1' | '2' | '3';

const trainingRow = z.object({ key: z.string(), level: z.enum(['1', '2', '3']), completedOn: z.string(), course: z.string() });
/** One training record as the form holds it; `key` keeps a row's fields together while rows come and go. */
export type TrainingRow = z.infer<typeof trainingRow>;

const { completedOn, course } = PersonFields.shape.training.unwrap().element.shape;
const LEVELS: Readonly<Record<TrainingLevel, TrainingRecord['level']>> = { '1': 1, '2': 2, '3': 3 };

/**
 * A person's training records, from the contract's: each with a real completion date and a course name that fits,
 * named by its place in the list; its output is the records as the contract takes them.
 */
export const trainingSchema = z
  .array(trainingRow)
  .superRefine((rows, ctx) => {
    rows.forEach((row, index) => {
      if (!completedOn.safeParse(row.completedOn).success) {
        ctx.addIssue({ code: 'custom', path: [index, 'completedOn'], message: `Enter the date training record ${index + 1} was completed` });
      }
      if (!course.safeParse(row.course).success) {
        ctx.addIssue({ code: 'custom', path: [index, 'course'], message: `Keep the course name of training record ${index + 1} to 200 characters` });
      }
    });
  })
  .transform((rows): TrainingRecord[] =>
    rows.map((row) => {
      const name = row.course.trim();
      return { level: LEVELS[row.level], completedOn: row.completedOn, ...(name === '' ? {} : { course: name }) };
    }),
  );

let rowCount = 0;
const nextKey = (): string => `training-${(rowCount += 1)}`;

export const newTrainingRow = (today: string): TrainingRow => ({ key: nextKey(), level: '1', completedOn: today, course: '' });

const LEVEL_VALUES: Readonly<Record<TrainingRecord['level'], TrainingLevel>> = { 1: '1', 2: '2', 3: '3' };

export const trainingValues = (records: readonly TrainingRecord[]): TrainingRow[] =>
  trainingByDate(records).map((r) => ({ key: nextKey(), level: LEVEL_VALUES[r.level], completedOn: r.completedOn, course: r.course ?? '' }));

export const trainingFieldId = (prefix: string, row: Pick<TrainingRow, 'key'>, field: 'level' | 'date' | 'course'): string =>
  `${prefix}-${row.key}-${field}`;
