import type { ReactNode } from 'react';
import type { ApiCallError } from '../../api/api-call-error';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextAreaField } from '../../components/form/TextAreaField';
import { TextField } from '../../components/form/TextField';
import { useClerkForm } from '../../components/form/use-clerk-form';
import { useFormErrors } from '../../components/form/use-form-errors';
import {
  criteriaSetSchema,
  criterionFieldId,
  emptyCriterion,
  scaleFieldId,
  setFieldIdFor,
  type CriterionRow,
  type SetInput,
  type SetValues,
} from './criteria-set-schema';

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
  onSave: (input: SetInput) => Promise<void>;
  onCancel?: () => void;
}): ReactNode {
  const form = useClerkForm(criteriaSetSchema, initial);
  const fieldIdFor = setFieldIdFor(prefix);
  const {
    errors,
    errorFor: errorOf,
    attempt,
  } = useFormErrors(form, fieldIdFor, {
    error: serverError,
    fieldForPath: (path) => (path === undefined ? undefined : fieldIdFor(path.replace(/^patch\./, ''))),
    fallbackId: `${prefix}-name`,
  });
  const values = form.watch();
  const setCriteria = (criteria: readonly CriterionRow[]): void => form.setValue('criteria', [...criteria]);
  const setScale = (scale: readonly string[]): void => form.setValue('scale', [...scale]);
  const setCriterion = (index: number, change: Partial<CriterionRow>): void =>
    setCriteria(values.criteria.map((c, i) => (i === index ? { ...c, ...change } : c)));
  const setPoint = (index: number, words: string): void => setScale(values.scale.map((p, i) => (i === index ? words : p)));

  return (
    <form className="form criteria-set-editor" onSubmit={(event) => void form.handleSubmit(onSave)(event)} noValidate aria-label={label}>
      <ErrorSummary errors={errors} attempt={attempt} />
      <TextField
        id={`${prefix}-name`}
        label="Name of the set"
        value={values.name}
        onChange={(name) => form.setValue('name', name)}
        error={errorOf(`${prefix}-name`)}
      />
      <TextAreaField
        id={`${prefix}-description`}
        label="What the set is for (optional)"
        rows={2}
        value={values.description}
        onChange={(description) => form.setValue('description', description)}
        error={errorOf(`${prefix}-description`)}
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
                  error={errorOf(`${criterionFieldId(prefix, index)}-question`)}
                />
                {scored ? (
                  <p className="quiet">This criterion has been scored, so it cannot be removed. You can reword it, or archive the whole set.</p>
                ) : (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => setCriteria(values.criteria.filter((_, i) => i !== index))}
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
            onClick={() => setCriteria([...values.criteria, emptyCriterion()])}
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
              <TextField
                id={scaleFieldId(prefix, index)}
                label={`Point ${index + 1}`}
                width="medium"
                value={point}
                onChange={(words) => setPoint(index, words)}
                error={errorOf(scaleFieldId(prefix, index))}
              />
              {index >= minScalePoints && values.scale.length > 2 ? (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => setScale(values.scale.filter((_, i) => i !== index))}
                >
                  Remove point {index + 1}
                </button>
              ) : null}
            </li>
          ))}
        </ol>
        {values.scale.length < 10 ? (
          <button id={`${prefix}-add-point`} type="button" className="button button--secondary" onClick={() => setScale([...values.scale, ''])}>
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
