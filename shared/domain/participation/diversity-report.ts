import { DIVERSITY_QUESTIONS, PREFER_NOT_TO_SAY, type DiversityQuestion, type DiversityResponse } from '../../model';
import { suppressBreakdown, suppressCount, type Shown } from '../suppression';
import { answerLabel, DIVERSITY_QUESTION_WORDS, NOT_ANSWERED_LABEL, PREFER_NOT_TO_SAY_LABEL } from './diversity-questions';
import type { Period } from './period';

export type DiversityCell = {
  /** The stored answer; '' for people who answered other questions but left this one. */
  readonly answer: string;
  readonly label: string;
  readonly shown: Shown;
};

export type DiversityBreakdown = {
  readonly question: DiversityQuestion;
  readonly label: string;
  readonly cells: readonly DiversityCell[];
};

/** Aggregate only: no answer here can be tied to a person, and small counts are suppressed. */
export type DiversityReport = {
  readonly boardId: string;
  readonly boardName: string;
  readonly period: Period;
  /** Different people who took part in the board's meetings in the period. */
  readonly tookPart: number;
  /** How many of them have given diversity answers (suppressed like any other count). */
  readonly responded: Shown;
  readonly questions: readonly DiversityBreakdown[];
};

/**
 * Counts the answers of the people in scope, question by question. Every shipped answer has a cell (nought is
 * shown), "prefer not to say" is an answer of its own, and people who skipped the question are counted as
 * "not answered", so each question's cells add up to the number who responded.
 */
export function diversityReport(options: {
  readonly boardId: string;
  readonly boardName: string;
  readonly period: Period;
  readonly tookPart: number;
  /** The responses of the people in scope: one each. */
  readonly responses: readonly DiversityResponse[];
}): DiversityReport {
  const responses = options.responses;
  const questions = DIVERSITY_QUESTIONS.map((question): DiversityBreakdown => {
    const known = [...DIVERSITY_QUESTION_WORDS[question].choices.map((c) => c.value), PREFER_NOT_TO_SAY];
    const others = [...new Set(responses.map((r) => r[question]).filter((a): a is string => a !== undefined && !known.includes(a)))].sort();
    const answers = [...known.filter((a) => a !== PREFER_NOT_TO_SAY), ...others, PREFER_NOT_TO_SAY, ''];
    const counts = answers.map((answer) => responses.filter((r) => (r[question] ?? '') === answer).length);
    const { cells } = suppressBreakdown(counts);
    return {
      question,
      label: DIVERSITY_QUESTION_WORDS[question].label,
      cells: answers.map((answer, i) => ({
        answer,
        label: answer === '' ? NOT_ANSWERED_LABEL : answer === PREFER_NOT_TO_SAY ? PREFER_NOT_TO_SAY_LABEL : answerLabel(question, answer),
        shown: cells[i] ?? { kind: 'hidden' },
      })),
    };
  });
  return {
    boardId: options.boardId,
    boardName: options.boardName,
    period: options.period,
    tookPart: options.tookPart,
    responded: suppressCount(responses.length),
    questions,
  };
}
