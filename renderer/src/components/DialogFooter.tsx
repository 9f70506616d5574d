import type { ReactNode, Ref } from 'react';
import type { ApiCallError } from '../api/api-call-error';

/**
 * The foot of a dialog's form: the refusal, if the change was refused, then the button that submits the form and
 * the one that cancels. While the change is being made the submit button says so and Cancel is disabled.
 */
export function DialogFooter({
  submitLabel,
  pendingLabel = 'Saving…',
  cancelLabel = 'Cancel',
  danger = false,
  pending,
  error,
  cancelRef,
  onCancel,
}: {
  submitLabel: string;
  pendingLabel?: string;
  cancelLabel?: string;
  danger?: boolean;
  pending: boolean;
  error: ApiCallError | null;
  cancelRef?: Ref<HTMLButtonElement>;
  onCancel: () => void;
}): ReactNode {
  return (
    <>
      {error ? (
        <p className="field__error" role="alert">
          {error.message}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className={danger ? 'button button--danger' : 'button'} aria-disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
        <button ref={cancelRef} type="button" className="button button--secondary" onClick={onCancel} disabled={pending}>
          {cancelLabel}
        </button>
      </div>
    </>
  );
}
