import { DIVERSITY_QUESTIONS, type DiversityQuestion, type DiversityResponse } from '../../../../shared/model/diversity';

/** '' for a question left unanswered. */
export type DiversityAnswers = Readonly<Record<DiversityQuestion, string>>;

export const NO_ANSWERS: DiversityAnswers = Object.fromEntries(DIVERSITY_QUESTIONS.map((q) => [q, ''])) as Record<DiversityQuestion, string>;

export function answersOf(response: DiversityResponse | null): DiversityAnswers {
  if (response === null) return NO_ANSWERS;
  return Object.fromEntries(DIVERSITY_QUESTIONS.map((q) => [q, response[q] ?? ''])) as Record<DiversityQuestion, string>;
}

/** The answers as the backend takes them: unanswered questions left out. */
export function answersInput(answers: DiversityAnswers): Partial<Record<DiversityQuestion, string>> {
  return Object.fromEntries(DIVERSITY_QUESTIONS.flatMap((q) => (answers[q] === '' ? [] : [[q, answers[q]]])));
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
