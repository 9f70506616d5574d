import { useId, useRef } from 'react';
import type { ReactNode, RefObject } from 'react';
import type { ApiCallError } from '../api/api-call-error';
import { DialogFooter } from './DialogFooter';
import { useModalDialog } from './use-modal-dialog';

/**
 * Asks before a step that cannot simply be taken back. A native modal <dialog>: the browser keeps focus inside
 * it, Escape cancels it, and the page behind is inert. Shown only while mounted, so screens render it when needed.
 * Focus starts on `initialFocus` if given, else on the safe choice (Cancel).
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  danger = false,
  pending = false,
  error = null,
  initialFocus,
  onConfirm,
  onCancel,
}: {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  pending?: boolean;
  error?: ApiCallError | null;
  initialFocus?: RefObject<HTMLElement | null>;
  onConfirm: () => void;
  onCancel: () => void;
}): ReactNode {
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const dialog = useModalDialog(() => initialFocus?.current ?? cancel.current);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={children ? bodyId : undefined}
      onCancel={(event) => {
        // Escape: let the screen decide, so its state and the dialog never disagree.
        event.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (!pending) onConfirm();
        }}
      >
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        {children ? (
          <div id={bodyId} className="dialog__body">
            {children}
          </div>
        ) : null}
        <DialogFooter
          submitLabel={confirmLabel}
          pendingLabel="Working…"
          cancelLabel={cancelLabel}
          danger={danger}
          pending={pending}
          error={error}
          cancelRef={cancel}
          onCancel={onCancel}
        />
      </form>
    </dialog>
  );
}
