import { useId, useLayoutEffect, useRef } from 'react';
import type { ReactNode, RefObject } from 'react';
import type { ApiCallError } from '../api/api-call-error';

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
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  // A layout effect: its clean-up runs while the dialog is still in the page, so closing it can hand focus back.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const before = document.activeElement;
    if (!element.open) element.showModal();
    (initialFocus?.current ?? cancel.current)?.focus();
    return () => {
      element.close();
      // Back to what opened the dialog, if it is still there; a screen that removed it moves focus itself.
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, [initialFocus]);

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
        {error ? (
          <p className="field__error" role="alert">
            {error.message}
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className={danger ? 'button button--danger' : 'button'} aria-disabled={pending}>
            {pending ? 'Working…' : confirmLabel}
          </button>
          <button ref={cancel} type="button" className="button button--secondary" onClick={onCancel} disabled={pending}>
            {cancelLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
