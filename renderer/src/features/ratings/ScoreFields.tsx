import type { ReactNode } from 'react';
import type { CriteriaSet } from '../../../../shared/model/coproduction-rating';
import type { FieldError } from '../../components/form/field-error';
import { RadioGroup } from '../../components/form/RadioGroup';
import { TextAreaField } from '../../components/form/TextAreaField';
import { NOT_SCORED, ratingFieldIds, type ScoreValue } from './rating-form-schema';

/** For each criterion of the set: its question, a score chosen from the scale, and the evidence for it. */
export function ScoreFields({
  set,
  scores,
  errors,
  onChange,
}: {
  set: CriteriaSet;
  scores: Readonly<Record<string, ScoreValue>>;
  errors: readonly FieldError[];
  onChange: (criterionId: string, value: ScoreValue) => void;
}): ReactNode {
  return (
    <div className="score-fields">
      {set.criteria.map((criterion) => {
        const value = scores[criterion.id] ?? { score: NOT_SCORED, evidence: '' };
        return (
          <div key={criterion.id} className="score-fields__criterion">
            <RadioGroup
              id={ratingFieldIds.score(criterion.id)}
              legend={criterion.name}
              hint={criterion.question}
              name={`score-${criterion.id}`}
              value={value.score}
              inline
              choices={[...set.scale.map((label, index) => ({ value: String(index), label })), { value: NOT_SCORED, label: 'Not scored' }]}
              onChange={(score) => onChange(criterion.id, { ...value, score })}
              error={errors.find((e) => e.fieldId === ratingFieldIds.score(criterion.id))?.message}
            />
            <TextAreaField
              id={`${ratingFieldIds.score(criterion.id)}-evidence`}
              label={`Evidence for “${criterion.name}” (optional)`}
              hint="What the board saw or heard that supports the score, in its own words."
              rows={2}
              value={value.evidence}
              onChange={(evidence) => onChange(criterion.id, { ...value, evidence })}
            />
          </div>
        );
      })}
    </div>
  );
}
