import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways inside its own box, so a narrow window (or 200% zoom) never makes the whole
 * page scroll. The box can be focused, so a keyboard user can scroll it, and is named for the table it holds.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }): ReactNode {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
