import type { HTMLInputAutoCompleteAttribute, ReactNode, Ref } from 'react';
import { useFieldIds } from './field-ids';
import { FieldMessages } from './FieldMessages';

export type FieldWidth = 'short' | 'medium' | 'long' | 'full';

type Props = {
  readonly label: ReactNode;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: ReactNode;
  readonly error?: string;
  readonly id?: string;
  readonly type?: 'text' | 'email' | 'url' | 'date' | 'time' | 'number';
  readonly width?: FieldWidth;
  readonly required?: boolean;
  readonly autoComplete?: HTMLInputAutoCompleteAttribute;
  readonly inputMode?: 'numeric' | 'text' | 'email' | 'url';
  readonly min?: number | string;
  readonly max?: number | string;
  readonly list?: string;
  readonly spellCheck?: boolean;
  readonly inputRef?: Ref<HTMLInputElement>;
};

/** A labelled one-line input, with its hint and error read out after the label. */
export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  id,
  type = 'text',
  width = 'long',
  required = false,
  autoComplete,
  inputMode,
  min,
  max,
  list,
  spellCheck,
  inputRef,
}: Props): ReactNode {
  const ids = useFieldIds(id, hint !== undefined, error !== undefined);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={ids.control}>
        {label}
      </label>
      <FieldMessages ids={ids} hint={hint} error={error} />
      <input
        ref={inputRef}
        id={ids.control}
        className={`input input--${width}`}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
        required={required}
        autoComplete={autoComplete ?? 'off'}
        inputMode={inputMode}
        min={min}
        max={max}
        list={list}
        spellCheck={spellCheck}
      />
    </div>
  );
}
