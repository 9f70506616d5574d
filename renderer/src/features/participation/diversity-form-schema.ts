import { z } from 'zod';
import type { Input } from '../../../../shared/api/contract';
import { INPUTS } from '../../../../shared/api/inputs';
import { DIVERSITY_QUESTIONS, type DiversityQuestion, type DiversityResponse } from '../../../../shared/model/diversity';

const { answers: answersRule, seldomHeardGroups } = INPUTS['diversity.record'].shape;

/** '' for a question left unanswered. */
export type DiversityAnswers = Record<DiversityQuestion, string>;

/**
 * One person's diversity answers as the form holds them, checked with the contract's `diversity.record`: its
 * output is the answers (unanswered questions left out) and the groups, as the contract takes them.
 */
export const diversityFormSchema = z
  .object({
    answers: z.custom<DiversityAnswers>(),
    groups: z.array(z.string()),
  })
  .transform((values) => ({
    answers: Object.fromEntries(DIVERSITY_QUESTIONS.flatMap((q) => (values.answers[q] === '' ? [] : [[q, values.answers[q]]]))),
    seldomHeardGroups: values.groups,
  }))
  .pipe(z.object({ answers: answersRule, seldomHeardGroups: seldomHeardGroups.unwrap() }));

export type DiversityFormValues = z.input<typeof diversityFormSchema>;
export type DiversityInput = Omit<Input<'diversity.record'>, 'personId'>;

export const NO_ANSWERS: DiversityAnswers = Object.fromEntries(DIVERSITY_QUESTIONS.map((q) => [q, ''])) as DiversityAnswers;

export function answersOf(response: DiversityResponse | null): DiversityAnswers {
  if (response === null) return { ...NO_ANSWERS };
  return Object.fromEntries(DIVERSITY_QUESTIONS.map((q) => [q, response[q] ?? ''])) as DiversityAnswers;
}

/** The board's groups, then any others the person gave on another board's form, each once. */
export function groupChoices(boardGroups: readonly string[], given: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const g of [...boardGroups, ...given]) {
    const key = g.trim().toLocaleLowerCase('en-GB');
    if (key !== '' && !seen.has(key)) seen.set(key, g.trim());
  }
  return [...seen.values()];
}

export const sameGroup = (a: string, b: string): boolean => a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');
