import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { DEFAULT_CRITERIA_SETS, type DefaultSetKey } from '../../../../shared/domain/coproduction/default-sets';
import { useApiMutation } from '../../api/use-api-mutation';
import { RadioGroup, type RadioChoice } from '../../components/form/RadioGroup';
import { CriteriaSetEditor } from './CriteriaSetEditor';
import { newSetValues, type SetInput } from './criteria-set-schema';

type Choice = DefaultSetKey | 'own';

/** Adds one of the shipped sets (those the board does not have yet) or a set of the board's own. */
export function AddCriteriaSetForm({
  boardId,
  inUse,
  onAdded,
}: {
  boardId: string;
  /** Names of the board's sets in use: a shipped set already added is not offered again. */
  inUse: ReadonlySet<string>;
  onAdded: (message: string) => Promise<void>;
}): ReactNode {
  const addShipped = useApiMutation('criteriaSets.addDefault');
  const create = useApiMutation('criteriaSets.create');
  const offered = DEFAULT_CRITERIA_SETS.filter((s) => !inUse.has(s.name.toLowerCase()));
  const [choice, setChoice] = useState<Choice>(offered[0]?.key ?? 'own');
  const [ownKey, setOwnKey] = useState(0);
  const chosen: Choice = choice === 'own' || offered.some((s) => s.key === choice) ? choice : (offered[0]?.key ?? 'own');

  const addDefault = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (chosen === 'own') return;
    const added = await addShipped.run({ boardId, key: chosen });
    if (added) await onAdded(`“${added.name}” added to the board’s criteria sets.`);
  };
  const addOwn = async (input: SetInput): Promise<void> => {
    const added = await create.run({ boardId, ...input });
    if (!added) return;
    setOwnKey((n) => n + 1);
    await onAdded(`“${added.name}” added to the board’s criteria sets.`);
  };

  const choices: RadioChoice<Choice>[] = [
    ...offered.map((s) => ({
      value: s.key,
      label: s.name,
      hint: `${s.description} ${s.criteria.length === 1 ? '1 criterion' : `${s.criteria.length} criteria`}; scale: ${s.scale.join(', ')}.`,
    })),
    { value: 'own', label: 'A set of the board’s own', hint: 'Write your own criteria and scale.' },
  ];
  return (
    <>
      <form className="form" onSubmit={(event) => void addDefault(event)} noValidate aria-label="Choose a set to add">
        <RadioGroup<Choice>
          legend="Which set?"
          name="add-set-choice"
          value={chosen}
          choices={choices}
          onChange={(value) => {
            addShipped.clearError();
            create.clearError();
            setChoice(value);
          }}
        />
        {chosen !== 'own' ? (
          <>
            {addShipped.error ? (
              <p className="field__error" role="alert">
                {addShipped.error.message}
              </p>
            ) : null}
            <div className="button-row">
              <button type="submit" className="button" aria-disabled={addShipped.pending}>
                Add the set
              </button>
            </div>
          </>
        ) : null}
      </form>
      {chosen === 'own' ? (
        <CriteriaSetEditor
          key={ownKey}
          prefix="new-set"
          label="The board’s own set"
          initial={newSetValues()}
          scoredCriterionIds={new Set()}
          minScalePoints={0}
          submitLabel="Add the set"
          pending={create.pending}
          serverError={create.error}
          onSave={addOwn}
        />
      ) : null}
    </>
  );
}
