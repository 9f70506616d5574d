import type { ReactNode } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { SelectField } from '../../components/form/SelectField';
import { LoadingMessage } from '../../components/LoadingMessage';
import { ratingFieldIds } from './rating-form-schema';

/** The agenda items of the chosen meeting, by number; an exempt item is marked, as its rating is private. */
export function ItemPicker({
  meetingId,
  itemId,
  error,
  onChange,
}: {
  meetingId: string;
  itemId: string;
  error?: string;
  onChange: (itemId: string) => void;
}): ReactNode {
  const detail = useApiQuery('meetings.get', { id: meetingId, carriedActions: false });
  if (detail.isPending) return <LoadingMessage>Loading the agenda…</LoadingMessage>;
  if (detail.isLoadingError) {
    return (
      <p className="field__error" role="alert">
        The agenda of that meeting could not be loaded: {detail.error.message}
      </p>
    );
  }
  const choices = [
    { value: '', label: 'Choose an item' },
    ...detail.data.items.map((i) => ({
      value: i.id,
      label: `${i.number}. ${i.title}${i.part === 'private' ? ' (exempt: private minutes only)' : ''}`,
    })),
  ];
  return (
    <SelectField id={ratingFieldIds.item} label="Agenda item that was rated" value={itemId} choices={choices} onChange={onChange} error={error} />
  );
}
