import { useLayoutEffect, useRef } from 'react';
import type { RefObject } from 'react';

/**
 * Shows a native <dialog> as a modal while the component is mounted: the browser keeps focus inside it and the
 * page behind is inert. Focus starts on what `initialFocus` picks when the dialog opens. When the dialog goes,
 * focus goes back to what opened it, if that is still in the page; a screen that removed it moves focus itself.
 */
export function useModalDialog(initialFocus: (dialog: HTMLDialogElement) => HTMLElement | null | undefined): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  // The dialog opens once, so the first render's choice is the one used.
  const pickFocus = useRef(initialFocus);

  // A layout effect: its clean-up runs while the dialog is still in the page, so closing it can hand focus back.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const before = document.activeElement;
    if (!element.open) element.showModal();
    pickFocus.current(element)?.focus();
    return () => {
      element.close();
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  return dialog;
}
