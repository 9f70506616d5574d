import { DIVERSITY_QUESTIONS, PREFER_NOT_TO_SAY, type DiversityQuestion } from '../../model';

export type DiversityChoice = { readonly value: string; readonly label: string };

export type DiversityQuestionWords = {
  /** The short name, for reports: "Ethnic group". */
  readonly label: string;
  /** The question as the form asks it. */
  readonly question: string;
  readonly choices: readonly DiversityChoice[];
};

const yesNo: readonly DiversityChoice[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/**
 * The monitoring questions and their answers, after the Office for National Statistics' 2021 Census categories
 * (broad groups only: finer categories make small counts, which would all be suppressed). Every question also has
 * "Prefer not to say", which is counted as an answer of its own.
 */
export const DIVERSITY_QUESTION_WORDS: Readonly<Record<DiversityQuestion, DiversityQuestionWords>> = {
  ageBand: {
    label: 'Age',
    question: 'What is your age?',
    choices: [
      { value: 'under-18', label: 'Under 18' },
      { value: '18-24', label: '18 to 24' },
      { value: '25-34', label: '25 to 34' },
      { value: '35-44', label: '35 to 44' },
      { value: '45-54', label: '45 to 54' },
      { value: '55-64', label: '55 to 64' },
      { value: '65-74', label: '65 to 74' },
      { value: '75-and-over', label: '75 or over' },
    ],
  },
  gender: {
    label: 'Gender',
    question: 'Which of these best describes your gender?',
    choices: [
      { value: 'woman', label: 'Woman' },
      { value: 'man', label: 'Man' },
      { value: 'non-binary', label: 'Non-binary' },
      { value: 'another', label: 'In another way' },
    ],
  },
  ethnicity: {
    label: 'Ethnic group',
    question: 'What is your ethnic group?',
    choices: [
      { value: 'asian', label: 'Asian or Asian British' },
      { value: 'black', label: 'Black, Black British, Caribbean or African' },
      { value: 'mixed', label: 'Mixed or multiple ethnic groups' },
      { value: 'white', label: 'White' },
      { value: 'another', label: 'Another ethnic group' },
    ],
  },
  disability: {
    label: 'Disability',
    question: 'Do you have a physical or mental health condition or illness that has lasted, or is expected to last, 12 months or more?',
    choices: yesNo,
  },
  sexualOrientation: {
    label: 'Sexual orientation',
    question: 'Which of these best describes your sexual orientation?',
    choices: [
      { value: 'straight', label: 'Straight or heterosexual' },
      { value: 'gay-or-lesbian', label: 'Gay or lesbian' },
      { value: 'bisexual', label: 'Bisexual' },
      { value: 'another', label: 'Another sexual orientation' },
    ],
  },
  religion: {
    label: 'Religion or belief',
    question: 'What is your religion or belief?',
    choices: [
      { value: 'none', label: 'No religion' },
      { value: 'christian', label: 'Christian' },
      { value: 'buddhist', label: 'Buddhist' },
      { value: 'hindu', label: 'Hindu' },
      { value: 'jewish', label: 'Jewish' },
      { value: 'muslim', label: 'Muslim' },
      { value: 'sikh', label: 'Sikh' },
      { value: 'another', label: 'Another religion or belief' },
    ],
  },
  carer: {
    label: 'Caring',
    question: 'Do you look after, or give help or support to, anyone because of long-term illness, disability or problems related to old age?',
    choices: yesNo,
  },
};

export const PREFER_NOT_TO_SAY_LABEL = 'Prefer not to say';
export const NOT_ANSWERED_LABEL = 'Not answered';

/** The answers a question accepts: its choices and "prefer not to say". */
export function acceptedAnswers(question: DiversityQuestion): readonly string[] {
  return [...DIVERSITY_QUESTION_WORDS[question].choices.map((c) => c.value), PREFER_NOT_TO_SAY];
}

export const isAcceptedAnswer = (question: DiversityQuestion, answer: string): boolean => acceptedAnswers(question).includes(answer);

/** The words for a stored answer; an answer from elsewhere (an import) is shown as it was stored. */
export function answerLabel(question: DiversityQuestion, answer: string): string {
  if (answer === PREFER_NOT_TO_SAY) return PREFER_NOT_TO_SAY_LABEL;
  return DIVERSITY_QUESTION_WORDS[question].choices.find((c) => c.value === answer)?.label ?? answer;
}

export { DIVERSITY_QUESTIONS };
