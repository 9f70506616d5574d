import type { ReactNode } from 'react';

export type TagTone = 'neutral' | 'info' | 'success' | 'warning' | 'private';

/** A short label in a box. The words carry the meaning; the colour only helps the eye. */
export function Tag({ tone = 'neutral', children }: { tone?: TagTone; children: ReactNode }): ReactNode {
  return <strong className={`tag tag--${tone}`}>{children}</strong>;
}
