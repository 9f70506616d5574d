import { z } from 'zod';
import {
  AccessNeed,
  ActionDue,
  ActionOwner,
  ActionReference,
  ActionStatus,
  AttendanceOrder,
  AttendanceStatus,
  MovementTiming,
  Amendment,
  BoardKind,
  ClockTime,
  DecisionVerb,
  DecisionVerbs,
  ExemptItemsOrder,
  Confidentiality,
  HouseStyleSettings,
  Id,
  InterestType,
  Initials,
  ItemPurpose,
  MemberRole,
  MinuteNumbering,
  MotionOutcome,
  MotionPerson,
  NamedVote,
  PartLevel,
  PartNumbering,
  PersonKind,
  PlainEnglishWord,
  ResolutionReferencing,
  Signature,
  StandardItem,
  StandardItemKind,
  Text,
  TrainingRecord,
  VoteCount,
} from '../model';
import { ACCESS_INPUTS } from './areas/access';
import { REWARD_INPUTS } from './areas/reward';
import { RATINGS_INPUTS } from './areas/ratings';
import { PARTICIPATION_INPUTS } from './areas/participation';
import { YOU_SAID_INPUTS } from './areas/you-said';
import { PLAIN_ENGLISH_INPUTS } from './areas/plain-english';
import { REPORTS_INPUTS } from './areas/reports';
import { BACKUP_INPUTS } from './areas/backups';
import { PAST_MINUTES_INPUTS } from './areas/past-minutes';
import { cleanFileName } from '../domain/file-names';
import { DateInput, period, periodInOrder } from './dates';
import { ExportRequest, PreviewRequest, SaveFileRequest } from './exports';
import { patchSchema } from './patch';
import { SearchQuery } from './search';

const optionalText = (max: number): z.ZodOptional<z.ZodString> => z.string().trim().max(max).optional();
const byId = z.object({ id: Id });
const inMeeting = z.object({ meetingId: Id, id: Id });

function onePerson(value: { readonly personId?: string | undefined; readonly person?: unknown }, ctx: z.RefinementCtx): void {
  if ((value.personId === undefined) === (value.person === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Say who is joining: someone already on file, or someone new, not both.' });
  }
}

/** The board's numbering as a call gives it: the date the numbering had reached is a real one, within the bounds. */
const MinuteNumberingInput = MinuteNumbering.extend({
  carriedFrom: MinuteNumbering.shape.carriedFrom.unwrap().extend({ date: DateInput }).optional(),
});

export const BoardFields = z.object({
  name: Text(200),
  shortCode: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9-]{0,11}$/, 'Use 1 to 12 letters, digits or hyphens, starting with a letter'),
  kind: BoardKind,
  organisation: optionalText(200),
  quorum: z.number().int().min(1).max(200),
  municipalYearStart: z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }).optional(),
  minuteNumbering: MinuteNumberingInput.optional(),
  resolutionReferencing: ResolutionReferencing.optional(),
  standardItems: z.array(StandardItem).max(30).optional(),
  /** Verbs the board's decisions may open with besides the standard ones. */
  decisionVerbs: DecisionVerbs.optional(),
  /** How new decisions number their parts: (1), (i) or (a). */
  decisionNumbering: PartNumbering.optional(),
  clerk: z.object({ name: z.string().trim().max(200), email: optionalText(200) }).optional(),
  houseStyle: HouseStyleSettings.optional(),
  seldomHeardGroups: z.array(Text(200)).max(50).optional(),
  /** The board's own plain English word list; null returns to the shipped list. */
  plainEnglishWords: z.array(PlainEnglishWord).max(1000).nullable().optional(),
  attendanceOrder: AttendanceOrder.optional(),
  /** Print each item's agenda number beside its minute number in the minutes. */
  printAgendaItemNumbers: z.boolean().optional(),
  /** Exempt items after the public ones, or in the order taken. */
  exemptItemsOrder: ExemptItemsOrder.optional(),
});

export const PersonFields = z.object({
  name: Text(200),
  publicName: optionalText(200),
  consentToBeNamed: z.boolean(),
  kind: PersonKind,
  organisation: optionalText(200),
  initials: Initials.optional(),
  jobTitle: optionalText(200),
  email: optionalText(200),
  accessNeeds: z.array(AccessNeed).max(30).optional(),
  training: z
    .array(TrainingRecord.extend({ completedOn: DateInput }))
    .max(50)
    .optional(),
});

export const MeetingFields = z.object({
  title: optionalText(200),
  date: DateInput,
  startTime: ClockTime,
  endTime: ClockTime.optional(),
  venue: optionalText(300),
  onlineLink: z.url({ protocol: /^https?$/ }).optional(),
  noApologiesReceived: z.boolean().optional(),
  minuteTaker: optionalText(200),
});

export const ItemFields = z.object({
  title: Text(300),
  purpose: ItemPurpose,
  /** What the agenda says the item is for, apart from the minute. */
  description: optionalText(10_000),
  unnumbered: z.boolean().optional(),
  /** Who chaired the item when not the meeting's chair. */
  chairPersonId: Id.optional(),
  presenter: optionalText(200),
  presenterPersonId: Id.optional(),
  timeAllowanceMinutes: z.number().int().min(0).max(600).optional(),
  standardKind: StandardItemKind.optional(),
  confidentiality: Confidentiality,
  recommendations: z.array(Text(2000)).max(50),
  attachmentIds: z.array(Id).max(100),
  easyReadSummary: optionalText(2000),
});

/** A part as a call gives it: its words, or its words and how far within the part above it sits. */
export const PartInput = z.union([Text(4000), z.object({ text: Text(4000), level: PartLevel.optional() })]);
export type PartInput = z.infer<typeof PartInput>;

/** An amendment as a call gives it: an `id` keeps one already recorded, else it is new. */
export const AmendmentFields = Amendment.extend({ id: Id.optional() });

/** A decision's fields. Its own rules (`decisionIssues`) are checked on the record the handler makes of them. */
export const ResolutionFields = z.object({
  kind: DecisionVerb,
  recommendedTo: optionalText(200),
  /** Words before the verb: "The Committee" AGREED to ... */
  leadIn: optionalText(200),
  /** How the parts are numbered; the board's choice when left out. */
  numbering: PartNumbering.optional(),
  parts: z.array(PartInput).min(1, 'A decision needs at least one part').max(50),
  vote: VoteCount.optional(),
  recordedVote: z.array(NamedVote).max(200).optional(),
  mover: MotionPerson.optional(),
  seconder: MotionPerson.optional(),
  amendments: z.array(AmendmentFields).max(20).optional(),
  outcome: MotionOutcome.optional(),
});

/** When an action is due, as a call gives it: a day within the calendar's bounds, a month, the next meeting, words. */
export const ActionDueInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), date: DateInput }),
  ActionDue.options[1],
  ActionDue.options[2],
  ActionDue.options[3],
]);

export const ActionFields = z.object({
  text: Text(2000),
  owner: ActionOwner,
  due: ActionDueInput.optional(),
  itemId: Id.optional(),
  /** Further items of the same meeting it was raised against. */
  otherItemIds: z.array(Id).max(20, 'An action can name at most 20 further items').optional(),
  resolutionId: Id.optional(),
  /** The council's own references ("A23/04"), as typed. */
  references: z.array(ActionReference).max(10, 'An action can carry at most 10 references').optional(),
});

export const DeclarationFields = z.object({
  itemId: Id,
  personId: Id,
  type: InterestType,
  nature: z.string().trim().min(1, 'Say what the interest is').max(1000),
  leftTheRoom: z.boolean(),
});

export const INPUTS = {
  'app.status': z.object({}),

  'boards.list': z.object({ includeArchived: z.boolean().optional() }),
  'boards.get': byId,
  'boards.create': BoardFields,
  'boards.update': z.object({
    id: Id,
    patch: patchSchema(BoardFields, ['organisation', 'clerk', 'houseStyle', 'decisionVerbs', 'decisionNumbering']).extend({
      archived: z.boolean().optional(),
    }),
  }),

  'people.list': z.object({}),
  'people.create': PersonFields,
  'people.update': z.object({ id: Id, patch: patchSchema(PersonFields, ['organisation', 'initials', 'jobTitle', 'email']) }),

  'members.list': z.object({ boardId: Id, includePast: z.boolean().optional(), on: DateInput.optional() }),
  /** Someone already on file (`personId`), or someone new (`person`), who is then created in the same change. */
  'members.add': z
    .object({
      boardId: Id,
      personId: Id.optional(),
      person: PersonFields.optional(),
      role: MemberRole,
      voting: z.boolean().optional(),
      termStart: DateInput,
      termEnd: DateInput.optional(),
    })
    .superRefine(onePerson),
  /** Several new people join the board for the same term, as a pasted list: all of them, or none. */
  'members.addMany': z.object({
    boardId: Id,
    termStart: DateInput,
    termEnd: DateInput.optional(),
    members: z
      .array(z.object({ person: PersonFields, role: MemberRole, voting: z.boolean().optional() }))
      .min(1, 'Give at least one member')
      .max(200, 'Add at most 200 members at a time'),
  }),
  'members.update': z.object({
    id: Id,
    patch: z.object({
      role: MemberRole.optional(),
      voting: z.boolean().optional(),
      termStart: DateInput.optional(),
      termEnd: DateInput.nullable().optional(),
    }),
    /** Changes to the person themselves, made in the same change: they apply on every board they sit on. */
    person: patchSchema(PersonFields, ['organisation', 'initials', 'jobTitle', 'email']).optional(),
  }),

  'meetings.list': z.object({ boardId: Id.optional(), ...period }).superRefine(periodInOrder),
  /** `carriedActions: false` leaves out the open actions of earlier meetings, which cost a read of the board's history. */
  'meetings.get': z.object({ id: Id, carriedActions: z.boolean().optional() }),
  /** `historic`: the meeting has already happened and is entered from its papers; it is created as held. */
  'meetings.create': MeetingFields.extend({ boardId: Id, withStandardItems: z.boolean().default(true), historic: z.boolean().optional() }),
  'meetings.update': z.object({
    id: Id,
    patch: patchSchema(MeetingFields, ['title', 'endTime', 'venue', 'onlineLink', 'noApologiesReceived', 'minuteTaker']),
  }),
  'meetings.publishAgenda': byId,
  'meetings.hold': byId,
  'meetings.cancel': z.object({ id: Id, reason: optionalText(500) }),

  'agenda.add': ItemFields.partial({
    confidentiality: true,
    recommendations: true,
    attachmentIds: true,
  }).extend({ meetingId: Id, parentId: Id.nullable().optional(), index: z.number().int().min(0).optional() }),
  'agenda.update': inMeeting.extend({
    patch: patchSchema(ItemFields, [
      'description',
      'unnumbered',
      'chairPersonId',
      'presenter',
      'presenterPersonId',
      'timeAllowanceMinutes',
      'easyReadSummary',
    ]),
  }),
  'agenda.move': inMeeting.extend({ parentId: Id.nullable(), index: z.number().int().min(0) }),
  'agenda.remove': inMeeting,

  'attendance.set': z.object({
    meetingId: Id,
    personId: Id,
    status: AttendanceStatus,
    substituteForPersonId: Id.optional(),
    note: optionalText(500),
  }),
  'attendance.recordMovement': z.object({
    meetingId: Id,
    personId: Id,
    kind: z.enum(['arrived', 'left']),
    itemId: Id,
    /** During the item (the default), before it began, or after it ended. */
    when: MovementTiming.optional(),
  }),
  'attendance.remove': z.object({ meetingId: Id, personId: Id }),
  /** Marks several people present at once: all of them, or none if one cannot be. */
  'attendance.markPresent': z.object({ meetingId: Id, personIds: z.array(Id).min(1, 'Say who was present').max(500) }),
  /** Takes back the last arrival or departure recorded for the person: one entered by mistake. */
  'attendance.undoMovement': z.object({ meetingId: Id, personId: Id }),

  'declarations.add': DeclarationFields.extend({ meetingId: Id }),
  'declarations.update': inMeeting.extend({ patch: patchSchema(DeclarationFields, []) }),
  'declarations.remove': inMeeting,

  'minutes.save': z.object({ meetingId: Id, itemId: Id, text: z.string().max(200_000) }),
  'minutes.draft': z.object({ meetingId: Id }),
  'minutes.circulate': z.object({ meetingId: Id }),
  /**
   * Approves minutes as a correct record at a later meeting and records the chair's signature, which locks them; the
   * approving meeting's "Minutes of the previous meeting" item gets the resolution and the minute. One change.
   */
  'minutes.approve': z.object({ meetingId: Id, atMeetingId: Id, signature: Signature.extend({ signedOn: DateInput }) }),
  /**
   * Records that minutes entered from the past were approved and signed before Minute Book: who signed and when,
   * and the day of the approving meeting if known. Numbers the minutes if not drafted yet, signs and locks them. One change.
   */
  'minutes.recordPastApproval': z.object({
    meetingId: Id,
    signature: Signature.extend({ signedOn: DateInput }),
    atMeetingOn: DateInput.optional(),
  }),
  /** Without `itemId`, the correction is minuted under an item of its own, added to that meeting in the same change. */
  'minutes.recordCorrection': z.object({
    meetingId: Id,
    itemId: Id.optional(),
    corrects: z.object({ meetingId: Id, itemId: Id }),
    text: Text(200_000),
  }),

  'resolutions.add': ResolutionFields.extend({ meetingId: Id, itemId: Id }),
  'resolutions.update': inMeeting.extend({
    patch: patchSchema(ResolutionFields, [
      'recommendedTo',
      'leadIn',
      'numbering',
      'vote',
      'recordedVote',
      'mover',
      'seconder',
      'amendments',
      'outcome',
    ]),
  }),
  'resolutions.move': inMeeting.extend({ index: z.number().int().min(0) }),
  'resolutions.remove': inMeeting,
  'resolutions.list': z.object({ boardId: Id.optional(), ...period }).superRefine(periodInOrder),

  'actions.add': ActionFields.extend({ meetingId: Id }),
  'actions.update': inMeeting.extend({
    patch: patchSchema(ActionFields.pick({ text: true, owner: true, due: true, otherItemIds: true, references: true }), [
      'due',
      'otherItemIds',
      'references',
    ]),
  }),
  'actions.addUpdate': inMeeting.extend({ status: ActionStatus, note: optionalText(2000), date: DateInput.optional() }),
  'actions.list': z.object({
    boardId: Id.optional(),
    status: z.union([ActionStatus, z.enum(['all', 'outstanding', 'closed'])]).default('all'),
    ownerPersonId: Id.optional(),
    ownerName: optionalText(200),
    overdue: z.boolean().optional(),
  }),
  'actions.openForMeeting': z.object({ meetingId: Id }),

  'search.query': SearchQuery,

  'attachments.add': z.object({
    meetingId: Id,
    itemId: Id.optional(),
    /** The name the file had on the clerk's computer, cleaned: no folders, control or bidirectional characters. */
    originalName: z
      .string()
      .trim()
      .min(1, 'This cannot be empty')
      .max(1000)
      .transform((name) => cleanFileName(name, 'attachment')),
    mediaType: z.string().trim().min(1).max(200),
    dataBase64: z.base64(),
  }),
  'attachments.remove': inMeeting,
  'attachments.read': inMeeting,

  'data.export': z.object({}),
  'data.import': z.object({ bundle: z.unknown() }),

  'exports.render': ExportRequest,
  'exports.start': ExportRequest,
  'exports.progress': z.object({ jobId: Id }),
  'exports.preview': PreviewRequest,
  'files.saveAs': SaveFileRequest,

  'calendar.nonWorkingDays': z.object({}),

  ...ACCESS_INPUTS,
  ...REWARD_INPUTS,
  ...RATINGS_INPUTS,
  ...PARTICIPATION_INPUTS,
  ...YOU_SAID_INPUTS,
  ...PLAIN_ENGLISH_INPUTS,
  ...REPORTS_INPUTS,
  ...BACKUP_INPUTS,
  ...PAST_MINUTES_INPUTS,
} as const;
