import type { ReactNode } from 'react';
import { useFieldIds } from './field-ids';
import { FieldMessages } from './FieldMessages';

export type Choice<V extends string> = { readonly value: V; readonly label: string };

/** A labelled drop-down list. */
export function SelectField<V extends string>({
  label,
  value,
  choices,
  onChange,
  hint,
  error,
  id,
}: {
  label: ReactNode;
  value: V;
  choices: readonly Choice<V>[];
  onChange: (value: V) => void;
  hint?: ReactNode;
  error?: string;
  id?: string;
}): ReactNode {
  const ids = useFieldIds(id, hint !== undefined, error !== undefined);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={ids.control}>
        {label}
      </label>
      <FieldMessages ids={ids} hint={hint} error={error} />
      <select
        id={ids.control}
        className="input select"
        value={value}
        onChange={(event) => {
          // The options are exactly `choices`, so the chosen value is one of them.
          const chosen = choices.find((c) => c.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
