import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { RewardClaimView } from '../../../../shared/api/areas/reward';
import type { RewardClaim } from '../../../../shared/model/reward';
import { useApi } from '../../api/ApiProvider';
import { useSubmit } from '../../api/use-submit';
import { TextAreaField } from '../../components/form/TextAreaField';

/** The one thing that may change on an approved or paid claim: its note. */
export function ClaimNoteDialog({ claim, onSaved, onClose }: { claim: RewardClaimView; onSaved: (claim: RewardClaim) => void; onClose: () => void }): ReactNode {
  const { call } = useApi();
  const submit = useSubmit();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [note, setNote] = useState(claim.note ?? '');

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    element.querySelector<HTMLElement>('textarea')?.focus();
    return () => element.close();
  }, []);

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const trimmed = note.trim();
    const saved = await submit.run(() => call('reward.claims.update', { id: claim.id, patch: { note: trimmed === '' ? null : trimmed } }));
    if (saved) onSaved(saved);
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!submit.pending) onClose();
      }}
    >
      <form onSubmit={(event) => void save(event)} noValidate>
        <h2 id={titleId} className="dialog__title">
          Change the note
        </h2>
        <p className="quiet">
          This claim is {claim.status === 'paid' ? 'paid' : 'approved'}, so only its note can change
          {claim.status === 'approved' ? '. To correct anything else, return it to due first' : ''}.
        </p>
        <TextAreaField label="Note" value={note} onChange={setNote} rows={3} />
        {submit.error ? (
          <p className="field__error" role="alert">
            {submit.error.message}
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button" aria-disabled={submit.pending}>
            {submit.pending ? 'Saving…' : 'Save the note'}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose} disabled={submit.pending}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
