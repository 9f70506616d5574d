import { useEffect } from 'react';

/** The window title names the screen first, so a list of windows or tabs tells them apart. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} – Minute Book` : 'Minute Book';
  }, [title]);
}
