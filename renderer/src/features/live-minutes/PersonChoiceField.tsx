import type { ReactNode } from 'react';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { SOMEONE_ELSE, type PersonValues } from './decision-draft';

/**
 * Who moved or seconded: someone at the meeting or on the board, chosen by name; someone not on file, whose name
 * is typed; or not recorded.
 */
export function PersonChoiceField({
  id,
  nameId,
  label,
  value,
  people,
  error,
  nameError,
  onChange,
}: {
  id: string;
  /** The id of the box for a typed name. */
  nameId: string;
  label: string;
  value: PersonValues;
  /** The people offered, in the order shown. */
  people: readonly { readonly id: string; readonly name: string }[];
  error: string | undefined;
  nameError: string | undefined;
  onChange: (value: PersonValues) => void;
}): ReactNode {
  const offered = people.some((p) => p.id === value.choice) || value.choice === '' || value.choice === SOMEONE_ELSE;
  const choices = [
    { value: '', label: 'Not recorded' },
    ...people.map((p) => ({ value: p.id, label: p.name })),
    // Someone chosen before who is no longer offered stays chosen.
    ...(offered ? [] : [{ value: value.choice, label: 'Someone no longer at the meeting' }]),
    { value: SOMEONE_ELSE, label: 'Someone not on file: type their name' },
  ];
  return (
    <div className="person-choice">
      <SelectField id={id} label={label} value={value.choice} choices={choices} error={error} onChange={(choice) => onChange({ ...value, choice })} />
      {value.choice === SOMEONE_ELSE ? (
        <TextField
          id={nameId}
          label={`${label}: name`}
          hint="As the minutes should print it, such as Jo Bloggs (Healthwatch Riverside)."
          value={value.name}
          onChange={(name) => onChange({ ...value, name })}
          error={nameError}
          width="long"
        />
      ) : null}
    </div>
  );
}
