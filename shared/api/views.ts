import type { Action, AgendaItem, Attachment, Attendance, Board, Declaration, Meeting, Membership, Minute, Person, Resolution } from '../model';

export type Notice = {
  readonly level: 'info' | 'warning' | 'error';
  readonly message: string;
  readonly at: string;
};

export type AppStatus = {
  readonly version: string;
  readonly schemaVersion: number;
  readonly dataDir: string;
  readonly readOnly: boolean;
  /** Why the folder is open read-only, when it is because it cannot be written (a full disk, a read-only folder). */
  readonly readOnlyReason?: string;
  readonly notices: readonly Notice[];
};

export type MemberView = { readonly membership: Membership; readonly person: Person; readonly current: boolean };

/** An agenda item with its printed number ("3", "3.1") and, once the minutes are drafted, its minute label. */
export type NumberedItem = AgendaItem & {
  readonly number: string;
  readonly depth: number;
  readonly minuteLabel?: string;
  /** Exempt items are taken in the private part, after the public items. */
  readonly part: 'public' | 'private';
};

export type MeetingDetail = {
  readonly meeting: Meeting;
  readonly board: Board;
  readonly items: readonly NumberedItem[];
  readonly attendance: readonly Attendance[];
  readonly declarations: readonly Declaration[];
  readonly minutes: readonly Minute[];
  readonly resolutions: readonly Resolution[];
  readonly actions: readonly Action[];
  readonly attachments: readonly Attachment[];
  /** Actions of earlier meetings of the board that are still open: the matters-arising list (empty if left out). */
  readonly carriedActions: readonly ActionView[];
  /** True once the minutes are signed: every change is refused with `locked`. */
  readonly locked: boolean;
};

export type ActionView = Action & {
  readonly boardId: string;
  readonly boardName: string;
  readonly meetingDate: string;
  readonly itemTitle?: string;
  readonly ownerLabel: string;
  readonly overdue: boolean;
};

export type ResolutionView = Resolution & {
  readonly boardId: string;
  readonly boardName: string;
  readonly meetingDate: string;
  readonly itemTitle: string;
  readonly minuteLabel?: string;
  readonly meetingStatus: Meeting['status'];
};

export type ImportSummary = { readonly counts: Readonly<Record<string, number>> };

/** A day the office is shut, and where Minute Book learnt of it. */
export type NonWorkingDayView = {
  readonly date: string;
  readonly title: string;
  readonly source: 'bank-holiday' | 'data-folder';
};

/** The days that do not count as clear working days: the shipped bank holidays and the clerk's own additions. */
export type NonWorkingDaysView = {
  readonly days: readonly NonWorkingDayView[];
  /** The last calendar year for which bank holidays are known: later meetings need days added by hand. */
  readonly knownThroughYear: number;
  /** Where the clerk adds days: the file's full path in the data folder. */
  readonly file: string;
  /** Why the clerk's file could not be read, when it could not; the shipped bank holidays still apply. */
  readonly problem?: string;
};
