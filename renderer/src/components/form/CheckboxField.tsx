import type { ReactNode } from 'react';
import { useFieldIds } from './field-ids';
import { FieldMessages } from './FieldMessages';

/** One checkbox with its label beside it and an optional hint below. */
export function CheckboxField({
  label,
  checked,
  onChange,
  hint,
  id,
}: {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
  id?: string;
}): ReactNode {
  const ids = useFieldIds(id, hint !== undefined, false);
  return (
    <div className="field checkbox">
      <input
        id={ids.control}
        className="checkbox__input"
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={ids.describedBy}
      />
      <label className="checkbox__label" htmlFor={ids.control}>
        {label}
      </label>
      <FieldMessages ids={ids} hint={hint} />
    </div>
  );
}
