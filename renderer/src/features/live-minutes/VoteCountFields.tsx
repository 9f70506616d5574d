import type { ReactNode } from 'react';
import { TextField } from '../../components/form/TextField';
import type { CountValues } from './decision-draft';

const COUNTS = [
  ['for', 'For'],
  ['against', 'Against'],
  ['abstain', 'Abstained'],
] as const;

/** The numbers voting each way; a number the minutes do not give is left blank. */
export function VoteCountFields({
  id,
  legend,
  counts,
  errorFor,
  onChange,
}: {
  /** The base of the three fields' ids: `${id}-for` and so on. */
  id: string;
  legend: ReactNode;
  counts: CountValues;
  errorFor: (field: keyof CountValues) => string | undefined;
  onChange: (counts: CountValues) => void;
}): ReactNode {
  return (
    <fieldset className="decision-form__counts">
      <legend>{legend}</legend>
      {COUNTS.map(([field, label]) => (
        <TextField
          key={field}
          id={`${id}-${field}`}
          label={label}
          value={counts[field]}
          onChange={(value) => onChange({ ...counts, [field]: value })}
          error={errorFor(field)}
          inputMode="numeric"
          width="short"
        />
      ))}
    </fieldset>
  );
}
