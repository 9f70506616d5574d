import type { Action, Attachment, Attendance, Board, Declaration, Meeting, MemberRole, Minute, Person, Resolution } from '../../model';
import type { NumberedAgendaItem } from '../agenda-numbering';
import type { RatingWithSet } from '../coproduction/rating-with-set';

/** An agenda item in agenda order, with its printed number and, once the minutes are drafted, its minute label. */
export type ComposeItem = NumberedAgendaItem & { readonly minuteLabel?: string };

/** A member of the board on the meeting's date. */
export type MemberEntry = { readonly personId: string; readonly role: MemberRole; readonly voting: boolean };

/** An action raised at an earlier meeting and still outstanding: the matters-arising list. */
export type CarriedAction = {
  readonly action: Action;
  readonly meetingDate: string;
  readonly minuteLabel?: string;
  /** Raised under an exempt item: a public document must not show it. */
  readonly fromPrivateItem: boolean;
  readonly overdue: boolean;
};

export type Audience = 'public' | 'private';

/** Everything a meeting's documents are composed from, gathered once by the backend. */
export type MeetingData = {
  readonly audience: Audience;
  readonly board: Board;
  readonly meeting: Meeting;
  readonly items: readonly ComposeItem[];
  readonly people: readonly Person[];
  readonly members: readonly MemberEntry[];
  readonly attendance: readonly Attendance[];
  readonly declarations: readonly Declaration[];
  readonly minutes: readonly Minute[];
  readonly resolutions: readonly Resolution[];
  readonly actions: readonly Action[];
  readonly attachments: readonly Attachment[];
  readonly carriedActions: readonly CarriedAction[];
  /** The date of the meeting at which these minutes were approved, once they have been. */
  readonly approvedAtMeetingDate?: string;
  /** Today in Europe/London, `YYYY-MM-DD`: overdue actions and certificates are dated by it. */
  readonly today: string;
  /** Co-production ratings of this meeting's work, with their sets: those marked for it make the minutes' appendix. */
  readonly ratings?: readonly RatingWithSet[];
};

/** One row of a board's action log. */
export type ActionLogEntry = {
  readonly action: Action;
  readonly meetingDate: string;
  readonly minuteLabel?: string;
  readonly itemTitle?: string;
  readonly fromPrivateItem: boolean;
  /** The labels of the further items it was raised against ("24"), in the order recorded. */
  readonly otherMinuteLabels?: readonly string[];
  /** The date of the board's next meeting after the one that raised it, when one is scheduled. */
  readonly nextMeetingDate?: string;
};

export type ActionLogData = {
  readonly audience: Audience;
  readonly board: Board;
  readonly people: readonly Person[];
  readonly entries: readonly ActionLogEntry[];
  readonly today: string;
  /** Closed actions are listed when closed within this many days. */
  readonly recentDays: number;
  /** Set when the clerk asked for the log as it stood on a past day (then `today` is that day). */
  readonly asAt?: string;
};

/** One decision of a board's resolutions register. */
export type RegisterEntry = {
  readonly resolution: Resolution;
  readonly meetingDate: string;
  readonly meetingStatus: Meeting['status'];
  readonly minuteLabel?: string;
  readonly itemTitle: string;
  readonly fromPrivateItem: boolean;
};

export type RegisterData = {
  readonly audience: Audience;
  readonly board: Board;
  readonly people: readonly Person[];
  readonly entries: readonly RegisterEntry[];
};
