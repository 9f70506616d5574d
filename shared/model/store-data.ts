import { z } from 'zod';
import { AccessArrangement } from './access';
import { Action } from './action';
import { AgendaItem } from './agenda-item';
import { Attachment } from './attachment';
import { Attendance, Declaration } from './attendance';
import { Board } from './board';
import { CriteriaSet, Rating } from './coproduction-rating';
import { DiversityResponse } from './diversity';
import { Meeting } from './meeting';
import { Minute } from './minute';
import { Membership, Person } from './person';
import { Resolution } from './resolution';
import { RewardClaim, RewardRate } from './reward';
import { YouSaidWeDid } from './you-said';

/** The version of the data format this build writes. Older files are migrated forward on open. */
export const SCHEMA_VERSION = 5;

/** Collections held once for the whole store. */
export const CORE_COLLECTIONS = {
  boards: Board,
  people: Person,
  memberships: Membership,
  meetings: Meeting,
  rewardRates: RewardRate,
  rewardClaims: RewardClaim,
  criteriaSets: CriteriaSet,
  ratings: Rating,
  /** Kept apart from people: read only for aggregate reports. */
  diversityResponses: DiversityResponse,
  youSaidWeDid: YouSaidWeDid,
} as const;

/** Collections that belong to one meeting (each record has a `meetingId`). */
export const MEETING_COLLECTIONS = {
  agendaItems: AgendaItem,
  attendance: Attendance,
  declarations: Declaration,
  minutes: Minute,
  resolutions: Resolution,
  actions: Action,
  attachments: Attachment,
  accessArrangements: AccessArrangement,
} as const;

export const COLLECTIONS = { ...CORE_COLLECTIONS, ...MEETING_COLLECTIONS } as const;
export type CoreCollection = keyof typeof CORE_COLLECTIONS;
export type MeetingCollection = keyof typeof MEETING_COLLECTIONS;
export type Collection = keyof typeof COLLECTIONS;
export type RecordOf<C extends Collection> = z.infer<(typeof COLLECTIONS)[C]>;
export const CORE_COLLECTION_NAMES = Object.keys(CORE_COLLECTIONS) as CoreCollection[];
export const MEETING_COLLECTION_NAMES = Object.keys(MEETING_COLLECTIONS) as MeetingCollection[];
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as Collection[];

export const isMeetingCollection = (c: Collection): c is MeetingCollection => c in MEETING_COLLECTIONS;

/**
 * A bundle: the store's own shape as one JSON document. `minute-book export-data` writes the whole store as a
 * bundle; `minute-book import` takes a whole or partial one (any collection may be left out).
 * Attachment bytes travel base64-encoded under `attachmentData`, keyed by SHA-256.
 */
export const Bundle = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    exportedAt: z.string().optional(),
    boards: z.array(Board).default([]),
    people: z.array(Person).default([]),
    memberships: z.array(Membership).default([]),
    meetings: z.array(Meeting).default([]),
    rewardRates: z.array(RewardRate).default([]),
    rewardClaims: z.array(RewardClaim).default([]),
    criteriaSets: z.array(CriteriaSet).default([]),
    ratings: z.array(Rating).default([]),
    diversityResponses: z.array(DiversityResponse).default([]),
    youSaidWeDid: z.array(YouSaidWeDid).default([]),
    agendaItems: z.array(AgendaItem).default([]),
    attendance: z.array(Attendance).default([]),
    declarations: z.array(Declaration).default([]),
    minutes: z.array(Minute).default([]),
    resolutions: z.array(Resolution).default([]),
    actions: z.array(Action).default([]),
    attachments: z.array(Attachment).default([]),
    accessArrangements: z.array(AccessArrangement).default([]),
    attachmentData: z.record(z.string().regex(/^[0-9a-f]{64}$/), z.base64()).default({}),
  })
  .strict();
export type Bundle = z.infer<typeof Bundle>;

/** The core file, `minute-book.json`: the small collections and every meeting's header. */
export const CoreFile = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    boards: z.array(Board),
    people: z.array(Person),
    memberships: z.array(Membership),
    meetings: z.array(Meeting),
    rewardRates: z.array(RewardRate),
    rewardClaims: z.array(RewardClaim),
    criteriaSets: z.array(CriteriaSet),
    ratings: z.array(Rating),
    diversityResponses: z.array(DiversityResponse),
    youSaidWeDid: z.array(YouSaidWeDid),
  })
  .strict();
export type CoreFile = z.infer<typeof CoreFile>;

/** One meeting's file, `meetings/<id>.json`: everything that belongs to that meeting. */
export const MeetingFile = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    meetingId: z.string().min(1),
    agendaItems: z.array(AgendaItem),
    attendance: z.array(Attendance),
    declarations: z.array(Declaration),
    minutes: z.array(Minute),
    resolutions: z.array(Resolution),
    actions: z.array(Action),
    attachments: z.array(Attachment),
    accessArrangements: z.array(AccessArrangement),
  })
  .strict();
export type MeetingFile = z.infer<typeof MeetingFile>;
