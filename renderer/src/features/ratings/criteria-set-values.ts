import type { z } from 'zod';
import type { CriteriaSetFields } from '../../../../shared/api/areas/ratings';
import { EXTENT_SCALE } from '../../../../shared/domain/coproduction/default-sets';
import type { CriteriaSet } from '../../../../shared/model/coproduction-rating';
import type { FieldError } from '../../components/form/field-error';

/** One criterion as the form holds it; `key` is for React, `id` is the stored criterion's (absent for a new one). */
export type CriterionRow = { readonly key: string; readonly id?: string; readonly name: string; readonly question: string };

export type SetValues = {
  readonly name: string;
  readonly description: string;
  readonly criteria: readonly CriterionRow[];
  readonly scale: readonly string[];
};

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

const sameWords = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** What is wrong with a set before it is sent, each tied to its field. */
export function setErrors(values: SetValues, prefix: string): FieldError[] {
  const errors: FieldError[] = [];
  if (values.name.trim() === '') errors.push({ fieldId: `${prefix}-name`, message: 'Enter a name for the set' });
  values.criteria.forEach((c, i) => {
    if (c.name.trim() === '') errors.push({ fieldId: criterionFieldId(prefix, i), message: `Enter a name for criterion ${i + 1}, or remove it` });
    else if (values.criteria.slice(0, i).some((earlier) => sameWords(earlier.name, c.name))) {
      errors.push({ fieldId: criterionFieldId(prefix, i), message: `Criterion ${i + 1} has the same name as an earlier one` });
    }
  });
  if (values.criteria.length === 0) errors.push({ fieldId: `${prefix}-add-criterion`, message: 'Add at least one criterion' });
  values.scale.forEach((point, i) => {
    if (point.trim() === '') errors.push({ fieldId: scaleFieldId(prefix, i), message: `Enter words for point ${i + 1} of the scale, or remove it` });
    else if (values.scale.slice(0, i).some((earlier) => sameWords(earlier, point))) {
      errors.push({ fieldId: scaleFieldId(prefix, i), message: `Point ${i + 1} of the scale has the same words as an earlier one` });
    }
  });
  if (values.scale.length < 2) errors.push({ fieldId: `${prefix}-add-point`, message: 'A scale needs at least two points' });
  return errors;
}

/** The set as the contract takes it. */
export function setInput(values: SetValues): z.input<typeof CriteriaSetFields> {
  const description = values.description.trim();
  return {
    name: values.name.trim(),
    ...(description === '' ? {} : { description }),
    criteria: values.criteria.map((c) => ({
      ...(c.id === undefined ? {} : { id: c.id }),
      name: c.name.trim(),
      ...(c.question.trim() === '' ? {} : { question: c.question.trim() }),
    })),
    scale: values.scale.map((p) => p.trim()),
  };
}
