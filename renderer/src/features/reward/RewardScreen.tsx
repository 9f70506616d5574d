import type { ReactNode } from 'react';

// SKELETON: replaced by the screen's owner.
export function RewardScreen({ search }: { search: string }): ReactNode {
  return <h1>{search}</h1>;
}
