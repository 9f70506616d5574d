import type { ReactNode } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { SelectField, type Choice } from '../../components/form/SelectField';

/** Who chaired the item: the meeting's chair unless someone else took the chair for it (a vice-chair, say). */
export function ItemChairField({
  id,
  boardId,
  date,
  value,
  error,
  onChange,
}: {
  id: string;
  boardId: string;
  date: string;
  value: string;
  error?: string;
  onChange: (personId: string) => void;
}): ReactNode {
  const members = useApiQuery('members.list', { boardId, on: date });
  const people: Choice<string>[] = (members.data ?? []).map((m) => ({ value: m.person.id, label: m.person.publicName }));
  // Someone no longer a member stays choosable, so the form never drops what was recorded.
  if (value !== '' && !people.some((p) => p.value === value)) people.push({ value, label: 'Someone no longer on the board' });
  return (
    <SelectField<string>
      id={id}
      label="Chaired by"
      hint="The minutes print “… in the chair” where the chair changes, and again when the meeting’s chair takes it back."
      value={value}
      choices={[{ value: '', label: 'The meeting’s chair' }, ...people]}
      onChange={onChange}
      error={error}
    />
  );
}
