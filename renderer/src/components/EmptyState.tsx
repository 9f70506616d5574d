import type { ReactNode } from 'react';

/** Says that there is nothing here yet and what to do next. */
export function EmptyState({ title, children }: { title: string; children: ReactNode }): ReactNode {
  return (
    <div className="empty-state">
      <p className="empty-state__title">{title}</p>
      <div className="empty-state__next">{children}</div>
    </div>
  );
}
