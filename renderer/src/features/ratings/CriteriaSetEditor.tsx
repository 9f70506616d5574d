import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { ApiCallError } from '../../api/api-call-error';
import { ErrorSummary, type FieldError } from '../../components/form/ErrorSummary';
import { TextAreaField } from '../../components/form/TextAreaField';
import { TextField } from '../../components/form/TextField';
import { criterionFieldId, emptyCriterion, scaleFieldId, setErrors, type CriterionRow, type SetValues } from './criteria-set-values';

/**
 * A criteria set's name, criteria and scale, for a new set of the board's own or an edit of one it has. A
 * criterion that has been scored cannot be removed (only reworded), and the scale cannot lose a point that a
 * rating used: the screen says so beside the control rather than offering what the backend would refuse.
 */
export function CriteriaSetEditor({
  prefix,
  label,
  initial,
  scoredCriterionIds,
  minScalePoints,
  submitLabel,
  pending,
  serverError,
  onSave,
  onCancel,
}: {
  prefix: string;
  /** The form's accessible name. */
  label: string;
  initial: SetValues;
  scoredCriterionIds: ReadonlySet<string>;
  minScalePoints: number;
  submitLabel: string;
  pending: boolean;
  serverError: ApiCallError | null;
  onSave: (values: SetValues) => Promise<void>;
  onCancel?: () => void;
}): ReactNode {
  const [values, setValues] = useState<SetValues>(initial);
  const [checked, setChecked] = useState<readonly FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const errors: readonly FieldError[] = checked.length === 0 && serverError ? [{ fieldId: `${prefix}-name`, message: serverError.message }] : checked;
  const errorOf = (fieldId: string): string | undefined => errors.find((e) => e.fieldId === fieldId)?.message;

  const setCriterion = (index: number, change: Partial<CriterionRow>): void =>
    setValues((v) => ({ ...v, criteria: v.criteria.map((c, i) => (i === index ? { ...c, ...change } : c)) }));
  const setPoint = (index: number, words: string): void => setValues((v) => ({ ...v, scale: v.scale.map((p, i) => (i === index ? words : p)) }));

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const found = setErrors(values, prefix);
    setChecked(found);
    setAttempt((n) => n + 1);
    if (found.length === 0) await onSave(values);
  };

  return (
    <form className="form criteria-set-editor" onSubmit={(event) => void save(event)} noValidate aria-label={label}>
      <ErrorSummary errors={errors} attempt={attempt + (serverError ? 1 : 0)} />
      <TextField id={`${prefix}-name`} label="Name of the set" value={values.name} onChange={(name) => setValues((v) => ({ ...v, name }))} error={errorOf(`${prefix}-name`)} />
      <TextAreaField
        id={`${prefix}-description`}
        label="What the set is for (optional)"
        rows={2}
        value={values.description}
        onChange={(description) => setValues((v) => ({ ...v, description }))}
      />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">Criteria</legend>
        <p className="field__hint">Each criterion is scored on the scale below. Write the question in plain English, as the board would ask it.</p>
        <ol className="criteria-rows">
          {values.criteria.map((criterion, index) => {
            const scored = criterion.id !== undefined && scoredCriterionIds.has(criterion.id);
            return (
              <li key={criterion.key} className="criteria-rows__row">
                <TextField
                  id={criterionFieldId(prefix, index)}
                  label={`Criterion ${index + 1}`}
                  value={criterion.name}
                  onChange={(name) => setCriterion(index, { name })}
                  error={errorOf(criterionFieldId(prefix, index))}
                />
                <TextAreaField
                  id={`${criterionFieldId(prefix, index)}-question`}
                  label={`Question for criterion ${index + 1} (optional)`}
                  rows={2}
                  value={criterion.question}
                  onChange={(question) => setCriterion(index, { question })}
                />
                {scored ? (
                  <p className="quiet">This criterion has been scored, so it cannot be removed. You can reword it, or archive the whole set.</p>
                ) : (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => setValues((v) => ({ ...v, criteria: v.criteria.filter((_, i) => i !== index) }))}
                  >
                    Remove criterion {index + 1}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
        {values.criteria.length < 20 ? (
          <button
            id={`${prefix}-add-criterion`}
            type="button"
            className="button button--secondary"
            onClick={() => setValues((v) => ({ ...v, criteria: [...v.criteria, emptyCriterion()] }))}
          >
            Add a criterion
          </button>
        ) : null}
        {errorOf(`${prefix}-add-criterion`) ? <p className="field__error">{errorOf(`${prefix}-add-criterion`)}</p> : null}
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">Scale, lowest first</legend>
        <p className="field__hint">
          Every criterion is scored on these points. {minScalePoints > 2 ? `Ratings have used the first ${minScalePoints} points, so they stay.` : ''}
        </p>
        <ol className="scale-rows">
          {values.scale.map((point, index) => (
            <li key={index} className="scale-rows__row">
              <TextField id={scaleFieldId(prefix, index)} label={`Point ${index + 1}`} width="medium" value={point} onChange={(words) => setPoint(index, words)} error={errorOf(scaleFieldId(prefix, index))} />
              {index >= minScalePoints && values.scale.length > 2 ? (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => setValues((v) => ({ ...v, scale: v.scale.filter((_, i) => i !== index) }))}
                >
                  Remove point {index + 1}
                </button>
              ) : null}
            </li>
          ))}
        </ol>
        {values.scale.length < 10 ? (
          <button id={`${prefix}-add-point`} type="button" className="button button--secondary" onClick={() => setValues((v) => ({ ...v, scale: [...v.scale, ''] }))}>
            Add a point to the scale
          </button>
        ) : null}
        {errorOf(`${prefix}-add-point`) ? <p className="field__error">{errorOf(`${prefix}-add-point`)}</p> : null}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={pending}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
