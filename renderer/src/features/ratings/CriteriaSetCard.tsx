import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import type { CriteriaSetView } from '../../../../shared/api/areas/ratings';
import { useApiMutation } from '../../api/use-api-mutation';
import { CriteriaSetEditor } from './CriteriaSetEditor';
import { valuesOfSet, type SetInput } from './criteria-set-schema';

/** One of the board's criteria sets: its criteria with their questions and its scale; edit or archive it. */
export function CriteriaSetCard({ view, onChanged }: { view: CriteriaSetView; onChanged: (message: string) => Promise<void> }): ReactNode {
  const { set } = view;
  const submit = useApiMutation('criteriaSets.update');
  const headingId = useId();
  const [editing, setEditing] = useState(false);

  const save = async (input: SetInput): Promise<void> => {
    const saved = await submit.run({ id: set.id, patch: input });
    if (!saved) return;
    setEditing(false);
    await onChanged(`Changes to “${saved.name}” saved.`);
  };
  const archive = async (archived: boolean): Promise<void> => {
    const saved = await submit.run({ id: set.id, patch: { archived } });
    if (saved) await onChanged(archived ? `“${saved.name}” archived. Its ratings are kept.` : `“${saved.name}” is back in use.`);
  };

  return (
    <li className="card criteria-set" aria-labelledby={headingId}>
      <h3 id={headingId} className="card__title">
        {set.name}
        {set.archived ? <span className="tag tag--info criteria-set__tag">Archived</span> : null}
      </h3>
      {editing ? (
        <CriteriaSetEditor
          prefix={`edit-${set.id}`}
          label={`Edit ${set.name}`}
          initial={valuesOfSet(set)}
          scoredCriterionIds={new Set(view.scoredCriterionIds)}
          minScalePoints={view.highestScore === null ? 0 : view.highestScore + 1}
          submitLabel="Save the set"
          pending={submit.pending}
          serverError={submit.error}
          onSave={save}
          onCancel={() => {
            submit.clearError();
            setEditing(false);
          }}
        />
      ) : (
        <>
          {set.description ? <p>{set.description}</p> : null}
          <ol className="criteria-set__criteria">
            {set.criteria.map((c) => (
              <li key={c.id}>
                <strong>{c.name}</strong>
                {c.question ? <span className="criteria-set__question"> {c.question}</span> : null}
              </li>
            ))}
          </ol>
          <p>
            <strong>Scale, lowest first:</strong> {set.scale.join(', ')}.
          </p>
          <p className="quiet">
            {view.ratingCount === 0
              ? 'Not used in a rating yet.'
              : view.ratingCount === 1
                ? 'Used in 1 rating.'
                : `Used in ${view.ratingCount} ratings.`}
          </p>
          {submit.error ? (
            <p className="field__error" role="alert">
              {submit.error.message}
            </p>
          ) : null}
          <div className="button-row button-row--compact">
            {set.archived ? (
              <button type="button" className="button button--secondary button--small" onClick={() => void archive(false)}>
                Bring back {set.name}
              </button>
            ) : (
              <>
                <button type="button" className="button button--secondary button--small" onClick={() => setEditing(true)}>
                  Edit {set.name}
                </button>
                <button type="button" className="button button--secondary button--small" onClick={() => void archive(true)}>
                  Archive {set.name}
                </button>
              </>
            )}
          </div>
        </>
      )}
    </li>
  );
}
