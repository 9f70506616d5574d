import type { MouseEvent, ReactNode } from 'react';

/** Moves focus without touching the URL's hash, which the router owns. */
export function SkipLink({ targetId }: { targetId: string }): ReactNode {
  const skip = (event: MouseEvent<HTMLAnchorElement>): void => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView();
  };
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={skip}>
      Skip to main content
    </a>
  );
}
