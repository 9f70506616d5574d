import type { ReactNode } from 'react';

// SKELETON: replaced by the screen's owner.
export function ParticipationScreen({ boardId }: { boardId: string; search: string }): ReactNode {
  return <h1>{boardId}</h1>;
}
