import { z } from 'zod';
import { DateInput } from '../../../../shared/api/dates';
import { DraftItemInput } from '../../../../shared/api/areas/past-minutes';
import { ClockTime, DraftDeclaration, DraftPerson, type PastMinutesDraft, type SourceLines } from '../../../../shared/model';

const optional = <T extends z.ZodType>(schema: T) => z.union([schema, z.literal('')]);

/**
 * What the review form edits: the meeting's facts as plain fields (empty when the minutes did not give them), the
 * approval as the clerk confirms it, and the recognised lists as the draft holds them. Its rules are the contract's
 * (the draft's own schemas, and its date and time rules), with the date required: a meeting cannot be stored
 * without one.
 */
export const ReviewValues = z.object({
  date: z.string().min(1, 'Give the date of the meeting').pipe(DateInput),
  startTime: optional(ClockTime),
  endTime: optional(ClockTime),
  venue: z.string().trim().max(300),
  signedBy: z.string().trim().max(200),
  signedOn: optional(DateInput),
  approvedAtMeetingOn: optional(DateInput),
  attendance: z.array(DraftPerson),
  declarations: z.array(DraftDeclaration),
  items: z.array(DraftItemInput).min(1, 'Minutes need at least one item'),
});
export type ReviewValues = z.infer<typeof ReviewValues>;

/** The form's starting values: what was recognised. */
export function reviewValues(draft: PastMinutesDraft): ReviewValues {
  return {
    date: draft.date?.value ?? '',
    startTime: draft.startTime?.value ?? '',
    endTime: draft.endTime?.value ?? '',
    venue: draft.venue?.value ?? '',
    signedBy: draft.approval?.signedBy ?? '',
    signedOn: draft.approval?.signedOn ?? '',
    approvedAtMeetingOn: draft.approval?.approvedAtMeetingOn ?? '',
    attendance: draft.attendance,
    declarations: draft.declarations,
    items: draft.items,
  };
}

/** The first line, for a fact the clerk typed that the minutes did not give. */
const NOWHERE: SourceLines = { from: 1, to: 1 };

/**
 * The reviewed draft to accept: each fact the clerk kept or changed keeps the lines it was read from, and is no
 * longer marked unsure (the clerk has looked at it); an emptied fact is left out.
 */
export function reviewedDraft(original: PastMinutesDraft, values: ReviewValues): PastMinutesDraft {
  const fact = <T>(value: T | '', was: { readonly lines: SourceLines } | undefined) =>
    value === '' ? undefined : { value, lines: was?.lines ?? NOWHERE };
  const date = fact(values.date, original.date);
  const startTime = fact(values.startTime, original.startTime);
  const endTime = fact(values.endTime, original.endTime);
  const venue = fact(values.venue.trim(), original.venue);
  const signedBy = values.signedBy.trim();
  return {
    ...(original.boardName === undefined ? {} : { boardName: original.boardName }),
    ...(date === undefined ? {} : { date }),
    ...(startTime === undefined ? {} : { startTime }),
    ...(endTime === undefined ? {} : { endTime }),
    ...(venue === undefined ? {} : { venue }),
    attendance: values.attendance,
    declarations: values.declarations,
    items: values.items,
    ...(signedBy === ''
      ? {}
      : {
          approval: {
            signedBy,
            ...(values.signedOn === '' ? {} : { signedOn: values.signedOn }),
            ...(values.approvedAtMeetingOn === '' ? {} : { approvedAtMeetingOn: values.approvedAtMeetingOn }),
          },
        }),
    notes: original.notes,
  };
}

/** How many pieces the recogniser was unsure of, for the list of files and the review's summary. */
export function unsureCount(draft: PastMinutesDraft): number {
  const facts = [draft.date, draft.startTime, draft.endTime, draft.venue, draft.boardName];
  return (
    facts.filter((f) => f?.unsure !== undefined).length +
    [...draft.attendance, ...draft.declarations].filter((p) => p.unsure !== undefined).length +
    draft.items.reduce(
      (n, item) =>
        n + (item.unsure === undefined ? 0 : 1) + [...item.decisions, ...item.actions].filter((piece) => piece.unsure !== undefined).length,
      0,
    )
  );
}

/** "line 12" or "lines 12 to 14". */
export const linesWords = (lines: SourceLines): string => (lines.from === lines.to ? `line ${lines.from}` : `lines ${lines.from} to ${lines.to}`);
