import { useId } from 'react';
import type { ReactNode } from 'react';
import { FieldMessages } from './FieldMessages';

export type RadioChoice<V extends string> = { readonly value: V; readonly label: ReactNode; readonly hint?: ReactNode };

/** A question with one answer: a fieldset whose legend is the question, one radio button per answer. */
export function RadioGroup<V extends string>({
  legend,
  name,
  value,
  choices,
  onChange,
  hint,
  error,
  inline = false,
  id,
}: {
  legend: ReactNode;
  name: string;
  value: V | null;
  choices: readonly RadioChoice<V>[];
  onChange: (value: V) => void;
  hint?: ReactNode;
  error?: string;
  inline?: boolean;
  /** The id of the first radio button, for an error summary to move focus to. */
  id?: string;
}): ReactNode {
  const base = useId();
  const hintId = hint ? `${base}-hint` : undefined;
  const errorId = error ? `${base}-error` : undefined;
  const describedBy = [hintId, errorId].filter((x) => x !== undefined).join(' ') || undefined;
  return (
    <fieldset className={error ? 'fieldset field--error' : 'fieldset'} aria-describedby={describedBy}>
      <legend className="fieldset__legend">{legend}</legend>
      <FieldMessages ids={{ control: base, hint: hintId, error: errorId, describedBy }} hint={hint} error={error} />
      <div className={inline ? 'radios radios--inline' : 'radios'}>
        {choices.map((choice, index) => {
          const radioId = index === 0 && id ? id : `${base}-${index}`;
          const choiceHintId = choice.hint ? `${radioId}-hint` : undefined;
          return (
            <div key={choice.value} className="radio">
              <input
                id={radioId}
                className="radio__input"
                type="radio"
                name={name}
                value={choice.value}
                checked={value === choice.value}
                onChange={() => onChange(choice.value)}
                aria-describedby={choiceHintId}
              />
              <label className="radio__label" htmlFor={radioId}>
                {choice.label}
              </label>
              {choice.hint ? (
                <div id={choiceHintId} className="field__hint radio__hint">
                  {choice.hint}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
