import type { ReactNode } from 'react';

// SKELETON: replaced by the screen's owner.
export function CoproductionScreen({ boardId }: { boardId: string }): ReactNode {
  return <h1>{boardId}</h1>;
}
