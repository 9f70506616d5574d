import { z } from 'zod';
import { ActionDue, DraftAction, DraftApproval, DraftItem, Id, PastMinutesDraft, SourceFormat, type Meeting, type SourceDocument } from '../../model';
import { DateInput } from '../dates';

/** A file of past minutes as the clerk picked it: its name, and its bytes. */
const PickedFile = z.object({
  fileName: z.string().trim().min(1, 'The file needs a name').max(1000),
  dataBase64: z.base64(),
});

/** A day an action is due, as a call gives it: within the contract's bounds, like every date a method takes. */
const DueInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), date: DateInput }),
  ActionDue.options[1],
  ActionDue.options[2],
  ActionDue.options[3],
]);

/** The reviewed items, with their actions' days as calls give them. */
export const DraftItemInput = DraftItem.extend({ actions: z.array(DraftAction.extend({ due: DueInput.optional() })).max(200) });

/** Reviewed minutes as the clerk sends them to be stored: the recogniser's draft, its dates as calls give them. */
export const PastMinutesDraftInput = PastMinutesDraft.extend({
  date: PastMinutesDraft.shape.date.unwrap().extend({ value: DateInput }).optional(),
  items: z.array(DraftItemInput).max(300),
  approval: DraftApproval.extend({ signedOn: DateInput.optional(), approvedAtMeetingOn: DateInput.optional() }).optional(),
});

export const PAST_MINUTES_INPUTS = {
  /**
   * Reads one file (.docx, .pdf; .doc, .odt and .rtf through LibreOffice) and recognises the minutes in it, for the
   * clerk to review. Nothing is stored.
   */
  'pastMinutes.read': PickedFile.extend({ boardId: Id }),
  /**
   * Stores reviewed minutes as a historic meeting of the board, all at once: the meeting, its items and minutes,
   * attendance, declarations, decisions and actions, and anyone named who is not yet on file.
   */
  'pastMinutes.accept': z.object({
    boardId: Id,
    source: z.object({ fileName: z.string().trim().min(1).max(1000), format: SourceFormat }),
    draft: PastMinutesDraftInput,
  }),
} as const;

/** What the recogniser made of one file. */
export type PastMinutesReading = {
  readonly source: SourceDocument;
  readonly draft: z.infer<typeof PastMinutesDraft>;
  /** Why the file does not look like minutes at all (a report, slides), where it does not. */
  readonly notMinutes?: string;
};

/** What accepting one file's minutes stored. */
export type PastMinutesAccepted = {
  readonly meeting: Meeting;
  readonly created: {
    readonly people: number;
    readonly memberships: number;
    readonly items: number;
    readonly decisions: number;
    readonly actions: number;
    readonly declarations: number;
  };
};

export type PastMinutesOutputs = {
  'pastMinutes.read': PastMinutesReading;
  'pastMinutes.accept': PastMinutesAccepted;
};
