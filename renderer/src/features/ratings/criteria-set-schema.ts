import { z } from 'zod';
import { CriteriaSetFields, CriterionFields } from '../../../../shared/api/areas/ratings';
import { EXTENT_SCALE } from '../../../../shared/domain/coproduction/default-sets';
import type { CriteriaSet } from '../../../../shared/model/coproduction-rating';
import { optional, worded } from '../../components/form/form-rules';

/** One criterion as the form holds it; `key` is for React, `id` is the stored criterion's (absent for a new one). */
const criterionRow = z.object({ key: z.string(), id: z.string().optional(), name: z.string(), question: z.string() });
export type CriterionRow = z.infer<typeof criterionRow>;

const sameWords = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
const { name: criterionName, question } = CriterionFields.shape;
const pointWords = CriteriaSetFields.shape.scale.element;

/**
 * A criteria set, from the contract's CriteriaSetFields: its name, criteria (each named, no two alike) and scale
 * (at least two points, no two alike), each problem beside its field; its output is the set as the contract takes it.
 */
export const criteriaSetSchema = z
  .object({
    name: worded(CriteriaSetFields.shape.name, 'Enter a name for the set'),
    description: optional(worded(CriteriaSetFields.shape.description.unwrap(), 'Keep what the set is for to 2,000 characters')),
    criteria: z.array(criterionRow).superRefine((rows, ctx) => {
      rows.forEach((row, i) => {
        if (!criterionName.safeParse(row.name).success)
          ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `Enter a name for criterion ${i + 1}, or remove it` });
        else if (rows.slice(0, i).some((earlier) => sameWords(earlier.name, row.name))) {
          ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `Criterion ${i + 1} has the same name as an earlier one` });
        }
        if (!question.safeParse(row.question.trim() === '' ? undefined : row.question).success) {
          ctx.addIssue({ code: 'custom', path: [i, 'question'], message: `Keep the question for criterion ${i + 1} to 1,000 characters` });
        }
      });
      if (rows.length === 0) ctx.addIssue({ code: 'custom', path: ['add'], message: 'Add at least one criterion' });
    }),
    scale: z.array(z.string()).superRefine((points, ctx) => {
      points.forEach((point, i) => {
        if (!pointWords.safeParse(point).success)
          ctx.addIssue({ code: 'custom', path: [i], message: `Enter words for point ${i + 1} of the scale, or remove it` });
        else if (points.slice(0, i).some((earlier) => sameWords(earlier, point))) {
          ctx.addIssue({ code: 'custom', path: [i], message: `Point ${i + 1} of the scale has the same words as an earlier one` });
        }
      });
      if (points.length < 2) ctx.addIssue({ code: 'custom', path: ['add'], message: 'A scale needs at least two points' });
    }),
  })
  .transform((values): z.input<typeof CriteriaSetFields> => ({
    name: values.name,
    ...(values.description === undefined ? {} : { description: values.description }),
    criteria: values.criteria.map((c) => ({
      ...(c.id === undefined ? {} : { id: c.id }),
      name: c.name.trim(),
      ...(c.question.trim() === '' ? {} : { question: c.question.trim() }),
    })),
    scale: values.scale.map((p) => p.trim()),
  }));

export type SetValues = z.input<typeof criteriaSetSchema>;
/** A set as the contract takes it. */
export type SetInput = z.output<typeof criteriaSetSchema>;

let rows = 0;
export const newRowKey = (): string => `row-${(rows += 1)}`;

export const emptyCriterion = (): CriterionRow => ({ key: newRowKey(), name: '', question: '' });

/** A new set of the board's own: one criterion to start, on the "Not yet" to "Fully" scale. */
export const newSetValues = (): SetValues => ({ name: '', description: '', criteria: [emptyCriterion()], scale: [...EXTENT_SCALE] });

export const valuesOfSet = (set: CriteriaSet): SetValues => ({
  name: set.name,
  description: set.description ?? '',
  criteria: set.criteria.map((c) => ({ key: c.id, id: c.id, name: c.name, question: c.question ?? '' })),
  scale: [...set.scale],
});

export const criterionFieldId = (prefix: string, index: number): string => `${prefix}-criterion-${index}`;
export const scaleFieldId = (prefix: string, index: number): string => `${prefix}-point-${index}`;

/** The field of the editor `prefix` a problem at `path` is shown beside. */
export const setFieldIdFor =
  (prefix: string): ((path: string) => string | undefined) =>
  (path) => {
    const [field, index, part] = path.split('.');
    if (field === 'name' || field === 'description') return `${prefix}-${field}`;
    if (field === 'criteria')
      return index === 'add'
        ? `${prefix}-add-criterion`
        : part === 'question'
          ? `${criterionFieldId(prefix, Number(index))}-question`
          : criterionFieldId(prefix, Number(index));
    if (field === 'scale') return index === 'add' ? `${prefix}-add-point` : scaleFieldId(prefix, Number(index));
    return undefined;
  };
