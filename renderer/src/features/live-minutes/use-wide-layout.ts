import { useEffect } from 'react';

/**
 * Widens the page while a minutes screen is shown, so the minute and the attendance sit side by side on a laptop.
 * A class on the root element rather than a `:has()` rule: `:has()` is re-checked as the clerk types, at a cost
 * on every keystroke.
 */
export function useWideLayout(): void {
  useEffect(() => {
    document.documentElement.classList.add('wide-layout');
    return () => document.documentElement.classList.remove('wide-layout');
  }, []);
}
