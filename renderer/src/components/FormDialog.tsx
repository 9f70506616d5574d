import { useId } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { ApiCallError } from '../api/api-call-error';
import { DialogFooter } from './DialogFooter';
import { useModalDialog } from './use-modal-dialog';

/**
 * A form in a native modal <dialog>, shown while mounted: its title names the dialog, then come the fields, the
 * refusal if the change was refused, and the buttons to save or cancel. Escape cancels, as Cancel does, unless the
 * change is being saved: the screen decides, so its state and the dialog never disagree. Focus starts on the first
 * element inside the dialog that `initialFocus` (a CSS selector) matches.
 */
export function FormDialog({
  title,
  className,
  initialFocus,
  submitLabel,
  pending,
  error,
  onSubmit,
  onClose,
  children,
}: {
  title: ReactNode;
  /** Added to the dialog's own class. */
  className?: string;
  initialFocus: string;
  submitLabel: string;
  pending: boolean;
  error: ApiCallError | null;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onClose: () => void;
  children: ReactNode;
}): ReactNode {
  const titleId = useId();
  const dialog = useModalDialog((element) => element.querySelector<HTMLElement>(initialFocus));

  return (
    <dialog
      ref={dialog}
      className={className === undefined ? 'dialog' : `dialog ${className}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onClose();
      }}
    >
      <form onSubmit={onSubmit} noValidate>
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        {children}
        <DialogFooter submitLabel={submitLabel} pending={pending} error={error} onCancel={onClose} />
      </form>
    </dialog>
  );
}
