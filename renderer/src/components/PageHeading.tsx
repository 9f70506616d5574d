import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useRoute } from '../routing/RouteProvider';

/**
 * The screen's one h1. After the user moves to a new screen, focus lands here so a screen reader reads where
 * they are and the next Tab starts from the top of the content; on the first screen focus stays at the top
 * of the page, where the skip link is.
 */
export function PageHeading({ caption, children }: { caption?: string; children: ReactNode }): ReactNode {
  const ref = useRef<HTMLHeadingElement>(null);
  const { navigated } = useRoute();
  useEffect(() => {
    if (navigated) ref.current?.focus();
  }, [navigated]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {caption ? <span className="page-heading__caption">{caption}</span> : null}
      {children}
    </h1>
  );
}
