import { describe, expect, it } from 'vitest';
import { boardCopyOfDefault, defaultCriteriaSet } from '../../../../shared/domain/coproduction/default-sets';
import { criteriaSetSchema, newSetValues, setFieldIdFor, valuesOfSet } from '../../../../renderer/src/features/ratings/criteria-set-schema';
import {
  NOT_SCORED,
  newRatingValues,
  ratingFieldFor,
  ratingFieldIds,
  ratingFormSchema,
  type RatingValues,
} from '../../../../renderer/src/features/ratings/rating-form-schema';

const SIX = boardCopyOfDefault(defaultCriteriaSet('six-point-test'), { id: 'set-six', boardId: 'b1', now: '2025-01-01T10:00:00.000Z' });

describe('the criteria set form', () => {
  it('finds a missing name, unnamed or repeated criteria, and a scale too short or with repeated points', () => {
    const values = {
      ...newSetValues(),
      criteria: [
        { key: 'a', name: 'Access', question: '' },
        { key: 'b', name: ' access ', question: '' },
        { key: 'c', name: '', question: '' },
      ],
      scale: ['Yes'],
    };
    const issues = criteriaSetSchema.safeParse(values).error?.issues ?? [];
    expect(issues.map((issue) => ({ fieldId: setFieldIdFor('p')(issue.path.join('.')), message: issue.message }))).toEqual([
      { fieldId: 'p-name', message: 'Enter a name for the set' },
      { fieldId: 'p-criterion-1', message: 'Criterion 2 has the same name as an earlier one' },
      { fieldId: 'p-criterion-2', message: 'Enter a name for criterion 3, or remove it' },
      { fieldId: 'p-add-point', message: 'A scale needs at least two points' },
    ]);
  });

  it('sends an edited set with the ids of existing criteria and none for new ones, trimmed', () => {
    const values = valuesOfSet(SIX);
    const edited = {
      ...values,
      description: '  ',
      criteria: [...values.criteria.slice(0, 1), { key: 'n', name: ' Papers on time ', question: ' Were they? ' }],
    };
    expect(criteriaSetSchema.parse(edited)).toEqual({
      name: 'Six-point test',
      criteria: [
        { id: 'whole-life-involvement', name: 'Whole-life involvement', question: SIX.criteria[0]?.question },
        { name: 'Papers on time', question: 'Were they?' },
      ],
      scale: ['Not yet', 'Partly', 'Mostly', 'Fully'],
    });
  });
});

describe('the rating form', () => {
  const schema = ratingFormSchema([SIX], 'b1');
  const ratingErrors = (values: RatingValues): { fieldId: string; message: string }[] =>
    (schema.safeParse(values).error?.issues ?? []).map((issue) => ({ fieldId: ratingFieldFor(issue.path.join('.'), SIX), message: issue.message }));

  it('asks for the meeting and item, a score, and whole-number counts', () => {
    const values = { ...newRatingValues(SIX.id, '2025-06-10'), ratedBy: { officer: 'two' } };
    expect(ratingErrors(values).map((e) => [e.fieldId, e.message])).toEqual([
      [ratingFieldIds.meeting, 'Choose the meeting the item was on'],
      [ratingFieldIds.score('whole-life-involvement'), 'Score at least one criterion'],
      [ratingFieldIds.count('officer'), 'Enter how many took part as a whole number, or leave it blank'],
    ]);
    expect(ratingErrors({ ...values, kind: 'project', ratedBy: {} })[0]?.message).toBe('Enter the name of the project');
  });

  it('sends only the scored criteria, evidence trimmed, and the counts given, experts by experience first', () => {
    const values: RatingValues = {
      ...newRatingValues(SIX.id, '2025-06-10'),
      meetingId: 'm1',
      itemId: 'i1',
      scores: {
        'whole-life-involvement': { score: '3', evidence: '  Carers wrote it. ' },
        'blurred-boundaries': { score: NOT_SCORED, evidence: 'ignored' },
        'reciprocal-reward': { score: '0', evidence: '' },
      },
      ratedBy: { officer: '1', 'expert-by-experience': '4', carer: '' },
      appendToMinutes: true,
    };
    expect(ratingErrors(values)).toEqual([]);
    expect(schema.parse(values)).toEqual({
      boardId: 'b1',
      criteriaSetId: SIX.id,
      subject: { kind: 'item', meetingId: 'm1', itemId: 'i1' },
      ratedOn: '2025-06-10',
      scores: [
        { criterionId: 'whole-life-involvement', score: 3, evidence: 'Carers wrote it.' },
        { criterionId: 'reciprocal-reward', score: 0 },
      ],
      ratedBy: [
        { kind: 'expert-by-experience', count: 4 },
        { kind: 'officer', count: 1 },
      ],
      appendToMinutes: true,
    });
  });

  it('puts a refusal from the backend beside the field it is about', () => {
    expect(ratingFieldFor('subject.itemId', SIX)).toBe(ratingFieldIds.item);
    expect(ratingFieldFor('subject.name', SIX)).toBe(ratingFieldIds.name);
    expect(ratingFieldFor('scores.2.score', SIX)).toBe(ratingFieldIds.score('whole-life-involvement'));
    expect(ratingFieldFor('appendToMinutes', SIX)).toBe(ratingFieldIds.append);
  });
});
