import type { Meeting, Minute, Resolution } from '../model';

/**
 * What approving minutes wrote, in one commit: the approved meeting, now signed and locked, and what the approving
 * meeting records under its "Minutes of the previous meeting" item.
 */
export type MinutesApproval = {
  readonly meeting: Meeting;
  /**
   * The approving meeting's record of it: the resolution and the minute under that item as they now stand. Absent
   * when that meeting has no such item or its own minutes are signed already; the clerk then minutes it by hand.
   */
  readonly recorded?: {
    readonly meetingId: string;
    readonly itemId: string;
    readonly resolution: Resolution;
    readonly minute: Minute;
  };
};
