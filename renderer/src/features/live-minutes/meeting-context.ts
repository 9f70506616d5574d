import { createContext, useContext } from 'react';
import type { MeetingWork } from './use-meeting-work';

export type LiveMeeting = MeetingWork & {
  /** Signed minutes: everything is shown, nothing can change. */
  readonly locked: boolean;
  readonly refresh: () => Promise<void>;
};

export const LiveMeetingContext = createContext<LiveMeeting | null>(null);

/** The meeting the minutes screens are working on, with its members and a way to refresh it after a change. */
export function useLiveMeeting(): LiveMeeting {
  const meeting = useContext(LiveMeetingContext);
  if (meeting === null) throw new Error('useLiveMeeting needs a <LiveMeetingContext> above it');
  return meeting;
}
