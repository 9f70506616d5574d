import { z } from 'zod';
import type { AccessChecklist, TermReminder } from '../../domain';
import { AccessNeedKind, Id, type AccessArrangement, type MemberRole, type MeetingStatus, type PersonKind } from '../../model';

/**
 * Access needs and members as equal partners: a meeting's checklist of the adjustments its attendees need, and
 * reminders of members' terms that are ending. People's needs and training are edited through `people.update`.
 */
export const ACCESS_INPUTS = {
  'access.checklist': z.object({ meetingId: Id }),
  /** Ticks or unticks one person's need for one meeting, with an optional note; creates the line on first use. */
  'access.arrange': z.object({
    meetingId: Id,
    personId: Id,
    need: AccessNeedKind,
    arranged: z.boolean(),
    note: z.string().trim().max(500).optional(),
  }),
  /** Terms ending within 60 days, or ended without renewal; every board's when `boardId` is left out. */
  'members.termReminders': z.object({ boardId: Id.optional() }),
} as const;

/** The checklist for one meeting, with what the screen needs to head it. */
export type AccessChecklistView = AccessChecklist & {
  readonly meeting: {
    readonly id: string;
    readonly boardId: string;
    readonly boardName: string;
    readonly date: string;
    readonly startTime: string;
    readonly title?: string;
    readonly status: MeetingStatus;
  };
  /** Whether lines may be ticked; when not, `why` says so in a sentence. */
  readonly canArrange: boolean;
  readonly why?: string;
};

export type TermReminderView = TermReminder & {
  readonly personName: string;
  readonly personKind: PersonKind;
  readonly role: MemberRole;
  readonly boardName: string;
};

export type AccessOutputs = {
  'access.checklist': AccessChecklistView;
  'access.arrange': AccessArrangement;
  'members.termReminders': readonly TermReminderView[];
};
