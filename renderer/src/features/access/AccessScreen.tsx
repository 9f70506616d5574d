import type { ReactNode } from 'react';

// SKELETON: replaced by the screen's owner.
export function AccessScreen({ meetingId }: { meetingId: string }): ReactNode {
  return <h1>{meetingId}</h1>;
}
