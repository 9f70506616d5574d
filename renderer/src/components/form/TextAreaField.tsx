import type { ReactNode, Ref } from 'react';
import { useFieldIds } from './field-ids';
import { FieldMessages } from './FieldMessages';

/** A labelled box for several lines of text. */
export function TextAreaField({
  label,
  value,
  onChange,
  hint,
  error,
  id,
  rows = 4,
  textAreaRef,
}: {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  id?: string;
  rows?: number;
  textAreaRef?: Ref<HTMLTextAreaElement>;
}): ReactNode {
  const ids = useFieldIds(id, hint !== undefined, error !== undefined);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={ids.control}>
        {label}
      </label>
      <FieldMessages ids={ids} hint={hint} error={error} />
      <textarea
        ref={textAreaRef}
        id={ids.control}
        className="input input--full textarea"
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
