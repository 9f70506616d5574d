import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { RewardClaimView } from '../../../../shared/api/areas/reward';
import type { RewardClaim } from '../../../../shared/model/reward';
import { useApiMutation } from '../../api/use-api-mutation';
import { FormDialog } from '../../components/FormDialog';
import { TextAreaField } from '../../components/form/TextAreaField';

/** The one thing that may change on an approved or paid claim: its note. */
export function ClaimNoteDialog({
  claim,
  onSaved,
  onClose,
}: {
  claim: RewardClaimView;
  onSaved: (claim: RewardClaim) => void;
  onClose: () => void;
}): ReactNode {
  const submit = useApiMutation('reward.claims.update');
  const [note, setNote] = useState(claim.note ?? '');

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const trimmed = note.trim();
    const saved = await submit.run({ id: claim.id, patch: { note: trimmed === '' ? null : trimmed } });
    if (saved) onSaved(saved);
  };

  return (
    <FormDialog
      title="Change the note"
      initialFocus="textarea"
      submitLabel="Save the note"
      pending={submit.pending}
      error={submit.error}
      onSubmit={(event) => void save(event)}
      onClose={onClose}
    >
      <p className="quiet">
        This claim is {claim.status === 'paid' ? 'paid' : 'approved'}, so only its note can change
        {claim.status === 'approved' ? '. To correct anything else, return it to due first' : ''}.
      </p>
      <TextAreaField label="Note" value={note} onChange={setNote} rows={3} />
    </FormDialog>
  );
}
