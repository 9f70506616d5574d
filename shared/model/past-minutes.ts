import { z } from 'zod';
import { ActionDue, ActionOwner, ActionStatus } from './action';
import { ExemptCategory } from './agenda-item';
import { AttendanceStatus, InterestType } from './attendance';
import { ClockTime, IsoDate } from './common';
import { MemberRole } from './person';
import { DecisionVerb, MotionOutcome, PartNumbering, VoteChoice } from './resolution';

/*
 * Past minutes brought in from Word and PDF files. A reader turns a file into a `SourceDocument` (its text as
 * numbered lines, and the blocks the lines make: headings, paragraphs, list entries, table rows); the recogniser
 * turns that into a `PastMinutesDraft`, every piece of which names the lines it came from and says where the
 * recogniser was unsure. The clerk corrects the draft on the review screen; nothing is stored until it is accepted.
 * Neither is a stored record: they travel through the contract between the reader, the screen and the store.
 */

/** Lines of the source, 1-based and inclusive: what a recognised piece was read from. */
export const SourceLines = z
  .object({ from: z.number().int().min(1), to: z.number().int().min(1) })
  .refine((r) => r.to >= r.from, { message: 'A range of lines ends at or after its start', path: ['to'] });
export type SourceLines = z.infer<typeof SourceLines>;

export const SOURCE_FORMATS = ['docx', 'pdf', 'doc', 'odt', 'rtf', 'text'] as const;
export const SourceFormat = z.enum(SOURCE_FORMATS);
export type SourceFormat = z.infer<typeof SourceFormat>;

/** A run of text's look, where the reader can tell: bold or underlined headings are how councils mark items. */
export const TextLook = z.object({
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  /** Type size in points, where the file says (PDF); larger than the body usually means a heading. */
  size: z.number().positive().max(200).optional(),
});
export type TextLook = z.infer<typeof TextLook>;

/** One cell of a table row: its text (paragraphs joined by a line break) and its lines. */
export const SourceCell = z.object({ text: z.string().max(100_000), lines: SourceLines });
export type SourceCell = z.infer<typeof SourceCell>;

/**
 * A block of the document, in reading order. A heading has a level (1 largest); a paragraph may be a list entry
 * (its marker as printed: "1.", "(a)", "•"); a table row keeps its cells, and `table` numbers the table it belongs
 * to so rows of one table stay together.
 */
export const SourceBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), level: z.number().int().min(1).max(6), text: z.string().max(100_000), lines: SourceLines }),
  z.object({
    kind: z.literal('paragraph'),
    text: z.string().max(100_000),
    lines: SourceLines,
    look: TextLook.optional(),
    /** A list entry's marker as printed ("1.", "(ii)", "•"), kept out of `text`. */
    listMarker: z.string().max(20).optional(),
    /** How deep the list entry sits: 0 at the outside. */
    listLevel: z.number().int().min(0).max(8).optional(),
  }),
  z.object({ kind: z.literal('row'), table: z.number().int().min(0), cells: z.array(SourceCell).max(50), lines: SourceLines }),
]);
export type SourceBlock = z.infer<typeof SourceBlock>;

/** A file as the recogniser reads it: its text as lines (the review screen shows them numbered), and its blocks. */
export const SourceDocument = z.object({
  fileName: z.string().min(1).max(1000),
  format: SourceFormat,
  /** Pages, where the format has them (PDF); each page's first line, so a line can be told by page. */
  pageStarts: z.array(z.number().int().min(1)).max(10_000).optional(),
  lines: z.array(z.string().max(100_000)).max(200_000),
  blocks: z.array(SourceBlock).max(200_000),
});
export type SourceDocument = z.infer<typeof SourceDocument>;

/** Where a recognised piece came from, and why the recogniser is unsure of it (left out when it is sure). */
const Found = {
  lines: SourceLines,
  unsure: z.string().trim().min(1).max(300).optional(),
};

/** A value recognised from some lines, such as the meeting's date. */
const found = <T extends z.ZodType>(value: T) => z.object({ value, ...Found });

/** A person as the minutes name them: "Councillor Asha Patel (AP), Chair" or "Dr J. Smith – NHS Rotherham". */
export const DraftPerson = z.object({
  /** The name as printed, title included ("Councillor Asha Patel"). */
  name: z.string().trim().min(1).max(200),
  initials: z.string().trim().max(12).optional(),
  /** The board role, where the minutes give one. */
  role: MemberRole.optional(),
  /** A job title or role as printed ("Director of Public Health"), where it is not a board role. */
  jobTitle: z.string().trim().max(200).optional(),
  organisation: z.string().trim().max(200).optional(),
  status: AttendanceStatus,
  /** "Substitute for Councillor Jones": the name of the member substituted for. */
  substituteFor: z.string().trim().max(200).optional(),
  ...Found,
});
export type DraftPerson = z.infer<typeof DraftPerson>;

export const DraftDeclaration = z.object({
  /** Who declared, as named. */
  name: z.string().trim().min(1).max(200),
  /** The item's number as printed, where the declaration names one. */
  itemNumber: z.string().trim().max(20).optional(),
  type: InterestType.optional(),
  nature: z.string().trim().min(1).max(1000),
  leftTheRoom: z.boolean().optional(),
  ...Found,
});
export type DraftDeclaration = z.infer<typeof DraftDeclaration>;

export const DraftPart = z.object({
  /** The part's label as printed: "1", "ii", "b". */
  label: z.string().trim().max(10).optional(),
  level: z.number().int().min(0).max(2),
  text: z.string().trim().min(1).max(4000),
});
export type DraftPart = z.infer<typeof DraftPart>;

/** Counts and names as the minutes give them; names are as printed (the store links them to people on accept). */
export const DraftVote = z.object({
  for: z.number().int().min(0).max(9999).optional(),
  against: z.number().int().min(0).max(9999).optional(),
  abstain: z.number().int().min(0).max(9999).optional(),
  named: z
    .array(z.object({ name: z.string().trim().min(1).max(200), vote: VoteChoice }))
    .max(200)
    .optional(),
});
export type DraftVote = z.infer<typeof DraftVote>;

export const DraftDecision = z.object({
  /** The verb as printed: RESOLVED, AGREED, ORDERED, NOTED, RECOMMENDED… */
  verb: DecisionVerb,
  /** Words before the verb: "The Committee" AGREED. */
  leadIn: z.string().trim().max(200).optional(),
  /** The body a recommendation goes to ("RECOMMENDED to Cabinet"). */
  recommendedTo: z.string().trim().max(200).optional(),
  numbering: PartNumbering.optional(),
  parts: z.array(DraftPart).min(1).max(50),
  mover: z.string().trim().max(200).optional(),
  seconder: z.string().trim().max(200).optional(),
  vote: DraftVote.optional(),
  outcome: MotionOutcome.optional(),
  /** The decision's own reference as printed under it ("Reference: HWB/2015/4-1"). */
  reference: z.string().trim().min(1).max(120).optional(),
  ...Found,
});
export type DraftDecision = z.infer<typeof DraftDecision>;

export const DraftAction = z.object({
  text: z.string().trim().min(1).max(2000),
  /** The owner as printed ("JB", "Director of Public Health", "TBC"); `owner` once recognised. */
  ownerText: z.string().trim().max(200).optional(),
  owner: ActionOwner.optional(),
  due: ActionDue.optional(),
  /** The council's own reference ("A23/04"). */
  reference: z.string().trim().max(40).optional(),
  status: ActionStatus.optional(),
  ...Found,
});
export type DraftAction = z.infer<typeof DraftAction>;

export const DraftItem = z.object({
  /** The item's number as printed on the agenda ("4", "4.1", "4(a)"), where there is one. */
  number: z.string().trim().max(20).optional(),
  /** The minute's own number as printed ("23", "HWB12/24"), where the minutes number them apart from the agenda. */
  minuteNumber: z.string().trim().max(40).optional(),
  title: z.string().trim().min(1).max(300),
  /** Who presented the item, as printed ("Presented by Sue Wilson."). */
  presenter: z.string().trim().min(1).max(200).optional(),
  /** The agenda's text for the item, where the minutes print it before "Minutes:". */
  description: z.string().trim().max(10_000).optional(),
  /** The minute's text, in minute markup (paragraphs apart by a blank line, "- " bullets). */
  text: z.string().max(200_000),
  /** Taken in private, under these paragraphs of Schedule 12A. */
  exemptParagraphs: z.array(ExemptCategory).max(7).optional(),
  decisions: z.array(DraftDecision).max(50),
  actions: z.array(DraftAction).max(200),
  ...Found,
});
export type DraftItem = z.infer<typeof DraftItem>;

/** How the minutes were approved, as the source or the clerk says: signed by whom, and when. */
export const DraftApproval = z.object({
  signedBy: z.string().trim().min(1).max(200),
  signedOn: IsoDate.optional(),
  /** The date of the meeting that approved them, where known. */
  approvedAtMeetingOn: IsoDate.optional(),
});
export type DraftApproval = z.infer<typeof DraftApproval>;

/** One document's minutes as recognised, for the clerk to correct and accept. */
export const PastMinutesDraft = z.object({
  /** The body as the heading names it ("Health and Wellbeing Board"). */
  boardName: found(z.string().trim().min(1).max(200)).optional(),
  date: found(IsoDate).optional(),
  startTime: found(ClockTime).optional(),
  endTime: found(ClockTime).optional(),
  venue: found(z.string().trim().min(1).max(300)).optional(),
  attendance: z.array(DraftPerson).max(500),
  declarations: z.array(DraftDeclaration).max(200),
  items: z.array(DraftItem).max(300),
  approval: DraftApproval.optional(),
  /** Things the recogniser noticed about the whole document: "No attendance list was found". */
  notes: z.array(z.string().max(500)).max(100),
});
export type PastMinutesDraft = z.infer<typeof PastMinutesDraft>;
