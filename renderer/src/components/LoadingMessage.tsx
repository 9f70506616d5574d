import type { ReactNode } from 'react';

export function LoadingMessage({ children }: { children: ReactNode }): ReactNode {
  return <p className="loading">{children}</p>;
}
