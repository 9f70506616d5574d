import { describe, expect, it } from 'vitest';
import { diversityReport, DIVERSITY_QUESTION_WORDS, isAcceptedAnswer } from '../../../../shared/domain/participation';
import { shownWords } from '../../../../shared/domain/suppression';
import { DIVERSITY_QUESTIONS, PREFER_NOT_TO_SAY, type DiversityResponse } from '../../../../shared/model';

const T = '2025-01-01T10:00:00.000Z';
const response = (n: number, answers: Partial<DiversityResponse>): DiversityResponse => ({
  id: `d${n}`,
  personId: `p${n}`,
  recordedOn: '2025-01-01',
  createdAt: T,
  updatedAt: T,
  ...answers,
});
const many = (count: number, answers: Partial<DiversityResponse>, start: number): DiversityResponse[] =>
  Array.from({ length: count }, (_, i) => response(start + i, answers));

const report = (responses: readonly DiversityResponse[], tookPart = 30) =>
  diversityReport({ boardId: 'b1', boardName: 'Board', period: { from: '2025-05-01', to: '2026-04-30' }, tookPart, responses });

const row = (r: ReturnType<typeof report>, question: string): Record<string, string> =>
  Object.fromEntries((r.questions.find((q) => q.question === question)?.cells ?? []).map((c) => [c.label, shownWords(c.shown)]));

describe('the diversity report', () => {
  it('counts "prefer not to say" as an answer of its own, and those who skipped a question as not answered', () => {
    const responses = [
      ...many(6, { gender: 'woman', carer: 'yes' }, 0),
      ...many(5, { gender: PREFER_NOT_TO_SAY, carer: 'no' }, 10),
      ...many(7, { gender: 'man' }, 20),
    ];
    const r = report(responses);
    expect(shownWords(r.responded)).toBe('18');
    expect(row(r, 'gender')).toEqual({
      Woman: '6',
      Man: '7',
      'Non-binary': '0',
      'In another way': '0',
      'Prefer not to say': '5',
      'Not answered': '0',
    });
    expect(row(r, 'carer')).toEqual({ Yes: '6', No: '5', 'Prefer not to say': '0', 'Not answered': '7' });
  });

  it('suppresses small counts, and the next smallest when only one is small', () => {
    const responses = [...many(9, { ethnicity: 'white' }, 0), ...many(2, { ethnicity: 'asian' }, 20), ...many(6, { ethnicity: 'black' }, 30)];
    expect(row(report(responses), 'ethnicity')).toEqual({
      'Asian or Asian British': 'fewer than 5',
      'Black, Black British, Caribbean or African': 'not shown',
      'Mixed or multiple ethnic groups': '0',
      White: '9',
      'Another ethnic group': '0',
      'Prefer not to say': '0',
      'Not answered': '0',
    });
  });

  it('shows nothing of the answers when fewer than 5 people responded', () => {
    const r = report(many(3, { ageBand: '25-34', gender: 'woman' }, 0), 12);
    expect(shownWords(r.responded)).toBe('fewer than 5');
    expect(new Set(r.questions.flatMap((q) => q.cells.map((c) => shownWords(c.shown))))).toEqual(new Set(['not shown']));
  });

  it('keeps an answer it does not know (from an import) as its own row, suppressed like any other', () => {
    const r = report([...many(8, { religion: 'none' }, 0), response(99, { religion: 'Pastafarian' })]);
    expect(row(r, 'religion')).toMatchObject({ 'No religion': 'not shown', Pastafarian: 'fewer than 5' });
  });

  it('offers "prefer not to say" on every question, and accepts only the answers offered', () => {
    for (const q of DIVERSITY_QUESTIONS) {
      expect(isAcceptedAnswer(q, PREFER_NOT_TO_SAY)).toBe(true);
      expect(isAcceptedAnswer(q, DIVERSITY_QUESTION_WORDS[q].choices[0]?.value ?? '')).toBe(true);
      expect(isAcceptedAnswer(q, 'something typed')).toBe(false);
    }
  });
});
