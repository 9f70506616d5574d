import {
  PERSON_KINDS,
  type AgendaItem,
  type Attendance,
  type Board,
  type Meeting,
  type MeetingStatus,
  type Person,
  type PersonKind,
} from '../../model';
import { clearWorkingDaysBetween, DEFAULT_AGENDA_NOTICE_CLEAR_DAYS, type NonWorkingDays } from '../clear-days';
import { londonDate } from '../london-time';
import { suppressCount, type Shown } from '../suppression';
import { inPeriod, type Period } from './period';

/**
 * Who counts as an expert by experience: people who use services, and carers of people who do (the definition in
 * the Oxfordshire board's own words). Champions, partners and professionals are counted under their own kinds.
 */
export const EXPERIENCE_KINDS: readonly PersonKind[] = ['expert-by-experience', 'carer'];

/** Only meetings that have taken place are measured; drafts, published agendas and cancelled meetings are not. */
export const HELD_STATUSES: readonly MeetingStatus[] = ['held', 'minutes-drafted', 'minutes-signed'];

/** One meeting's records that participation is measured from. */
export type MeetingRecordsForParticipation = {
  readonly meeting: Meeting;
  readonly attendance: readonly Attendance[];
  readonly items: readonly AgendaItem[];
};

export type ParticipationData = {
  readonly board: Board;
  /** Every meeting of the board, whatever its date: who is new is judged against the board's whole history. */
  readonly meetings: readonly MeetingRecordsForParticipation[];
  readonly people: readonly Person[];
  /** The seldom-heard groups each person said they belong to, from their (opt-in) diversity response. */
  readonly groupsByPerson: ReadonlyMap<string, readonly string[]>;
  /** Weekends are never working days; these are the bank holidays and other closed days. */
  readonly closed: NonWorkingDays;
  readonly period: Period;
  /** Clear days the board aims for; the legal floor when left out. */
  readonly noticeClearDays?: number;
};

export type KindCounts = Readonly<Record<PersonKind, number>>;

export type PapersNotice =
  | { readonly kind: 'published'; readonly publishedOn: string; readonly clearDays: number; readonly late: boolean }
  /** Held without a publication date on record (an agenda published outside Minute Book, say). */
  | { readonly kind: 'not-recorded' };

export type MeetingParticipation = {
  readonly meetingId: string;
  readonly date: string;
  readonly title?: string;
  /** People present or in attendance. */
  readonly tookPart: number;
  readonly byKind: KindCounts;
  readonly apologies: number;
  readonly experts: number;
  /** Experts by experience as a share of those who took part, 0 to 1; null when nobody's attendance is recorded. */
  readonly expertShare: number | null;
  /** Took part for the first time at a meeting of this board. */
  readonly newPeople: number;
  readonly returningPeople: number;
  /** Business items: the agenda without its standard items (apologies, declarations, ...). */
  readonly items: number;
  readonly itemsLedByExperts: number;
  readonly papers: PapersNotice;
  /** The board's seldom-heard groups that someone who took part belongs to. Never who, nor how many. */
  readonly groupsReached: readonly string[];
};

export type GroupTotal = {
  readonly group: string;
  /** Different people of the group who took part in the period, small numbers suppressed. */
  readonly people: Shown;
  /** Meetings in the period at which the group took part. */
  readonly meetings: number;
};

export type PeriodParticipation = {
  readonly meetingsHeld: number;
  /** Person-meetings: one per person per meeting taken part in. */
  readonly attendances: number;
  readonly attendancesByKind: KindCounts;
  /** Different people who took part. */
  readonly people: number;
  readonly peopleByKind: KindCounts;
  readonly expertAttendanceShare: number | null;
  readonly expertPeopleShare: number | null;
  /** First took part in a meeting of this board during the period. */
  readonly newPeople: number;
  /** Took part in the period, and had taken part before it. */
  readonly returningPeople: number;
  readonly items: number;
  readonly itemsLedByExperts: number;
  readonly papers: {
    readonly published: number;
    readonly notRecorded: number;
    /** Published with fewer clear days than the notice the board aims for. */
    readonly late: number;
    readonly averageClearDays: number | null;
    readonly fewestClearDays: number | null;
  };
  readonly groups: readonly GroupTotal[];
};

export type ParticipationReport = {
  readonly boardId: string;
  readonly boardName: string;
  readonly period: Period;
  readonly noticeClearDays: number;
  readonly meetings: readonly MeetingParticipation[];
  readonly totals: PeriodParticipation;
};

const TOOK_PART = new Set<Attendance['status']>(['present', 'in-attendance']);
const isExpertKind = (kind: PersonKind | undefined): boolean => kind !== undefined && EXPERIENCE_KINDS.includes(kind);
const normalise = (group: string): string => group.trim().toLocaleLowerCase('en-GB');

function zeroKinds(): Record<PersonKind, number> {
  return Object.fromEntries(PERSON_KINDS.map((k) => [k, 0])) as Record<PersonKind, number>;
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

const byDateAndTime = (a: MeetingRecordsForParticipation, b: MeetingRecordsForParticipation): number =>
  a.meeting.date.localeCompare(b.meeting.date) || a.meeting.startTime.localeCompare(b.meeting.startTime) || a.meeting.id.localeCompare(b.meeting.id);

const participants = (records: MeetingRecordsForParticipation): string[] => [
  ...new Set(records.attendance.filter((a) => TOOK_PART.has(a.status)).map((a) => a.personId)),
];

/** The id of the first held meeting of the board each person took part in. */
function firstMeetings(held: readonly MeetingRecordsForParticipation[]): Map<string, MeetingRecordsForParticipation> {
  const first = new Map<string, MeetingRecordsForParticipation>();
  for (const records of held) for (const personId of participants(records)) if (!first.has(personId)) first.set(personId, records);
  return first;
}

function papersNotice(meeting: Meeting, closed: NonWorkingDays, notice: number): PapersNotice {
  if (meeting.agendaPublishedAt === undefined) return { kind: 'not-recorded' };
  const publishedOn = londonDate(meeting.agendaPublishedAt);
  const clearDays = clearWorkingDaysBetween(publishedOn, meeting.date, closed);
  return { kind: 'published', publishedOn, clearDays, late: clearDays < notice };
}

/** Per meeting and for the period: who took part, who was new, who led items, how early the papers came. */
export function participationReport(data: ParticipationData): ParticipationReport {
  const notice = data.noticeClearDays ?? DEFAULT_AGENDA_NOTICE_CLEAR_DAYS;
  const kindOf = new Map(data.people.map((p) => [p.id, p.kind]));
  const boardGroups = [...new Map(data.board.seldomHeardGroups.map((g) => [normalise(g), g.trim()])).entries()];
  const groupsOf = (personId: string): Set<string> => new Set((data.groupsByPerson.get(personId) ?? []).map(normalise));

  const held = data.meetings.filter((r) => r.meeting.boardId === data.board.id && HELD_STATUSES.includes(r.meeting.status)).toSorted(byDateAndTime);
  const first = firstMeetings(held);
  const inScope = held.filter((r) => inPeriod(r.meeting.date, data.period));

  const meetings = inScope.map((records): MeetingParticipation => {
    const people = participants(records);
    const byKind = zeroKinds();
    for (const personId of people) {
      const kind = kindOf.get(personId);
      if (kind !== undefined) byKind[kind] += 1;
    }
    const experts = people.filter((id) => isExpertKind(kindOf.get(id))).length;
    const newPeople = people.filter((id) => first.get(id) === records).length;
    const business = records.items.filter((i) => i.standardKind === undefined);
    const reached = new Set(people.flatMap((id) => [...groupsOf(id)]));
    return {
      meetingId: records.meeting.id,
      date: records.meeting.date,
      ...(records.meeting.title === undefined ? {} : { title: records.meeting.title }),
      tookPart: people.length,
      byKind,
      apologies: records.attendance.filter((a) => a.status === 'apologies').length,
      experts,
      expertShare: share(experts, people.length),
      newPeople,
      returningPeople: people.length - newPeople,
      items: business.length,
      itemsLedByExperts: business.filter((i) => i.presenterPersonId !== undefined && isExpertKind(kindOf.get(i.presenterPersonId))).length,
      papers: papersNotice(records.meeting, data.closed, notice),
      groupsReached: boardGroups.filter(([key]) => reached.has(key)).map(([, label]) => label),
    };
  });

  return {
    boardId: data.board.id,
    boardName: data.board.name,
    period: data.period,
    noticeClearDays: notice,
    meetings,
    totals: periodTotals(inScope, meetings, { first, kindOf, boardGroups, groupsOf, period: data.period }),
  };
}

type TotalsContext = {
  readonly first: ReadonlyMap<string, MeetingRecordsForParticipation>;
  readonly kindOf: ReadonlyMap<string, PersonKind>;
  readonly boardGroups: readonly (readonly [string, string])[];
  readonly groupsOf: (personId: string) => Set<string>;
  readonly period: Period;
};

function periodTotals(
  inScope: readonly MeetingRecordsForParticipation[],
  meetings: readonly MeetingParticipation[],
  ctx: TotalsContext,
): PeriodParticipation {
  const attendancesByKind = zeroKinds();
  for (const m of meetings) for (const kind of PERSON_KINDS) attendancesByKind[kind] += m.byKind[kind];
  const attendances = meetings.reduce((sum, m) => sum + m.tookPart, 0);
  const expertAttendances = meetings.reduce((sum, m) => sum + m.experts, 0);

  const everyone = [...new Set(inScope.flatMap(participants))];
  const peopleByKind = zeroKinds();
  for (const id of everyone) {
    const kind = ctx.kindOf.get(id);
    if (kind !== undefined) peopleByKind[kind] += 1;
  }
  const experts = everyone.filter((id) => isExpertKind(ctx.kindOf.get(id))).length;
  const newPeople = everyone.filter((id) => {
    const first = ctx.first.get(id);
    return first !== undefined && inPeriod(first.meeting.date, ctx.period);
  }).length;

  const published = meetings.flatMap((m) => (m.papers.kind === 'published' ? [m.papers] : []));
  const clearDays = published.map((p) => p.clearDays);

  const groups = ctx.boardGroups.map(([key, label]): GroupTotal => {
    const people = everyone.filter((id) => ctx.groupsOf(id).has(key)).length;
    return { group: label, people: suppressCount(people), meetings: meetings.filter((m) => m.groupsReached.includes(label)).length };
  });

  return {
    meetingsHeld: meetings.length,
    attendances,
    attendancesByKind,
    people: everyone.length,
    peopleByKind,
    expertAttendanceShare: share(expertAttendances, attendances),
    expertPeopleShare: share(experts, everyone.length),
    newPeople,
    returningPeople: everyone.length - newPeople,
    items: meetings.reduce((sum, m) => sum + m.items, 0),
    itemsLedByExperts: meetings.reduce((sum, m) => sum + m.itemsLedByExperts, 0),
    papers: {
      published: published.length,
      notRecorded: meetings.length - published.length,
      late: published.filter((p) => p.late).length,
      averageClearDays: clearDays.length === 0 ? null : clearDays.reduce((a, b) => a + b, 0) / clearDays.length,
      fewestClearDays: clearDays.length === 0 ? null : Math.min(...clearDays),
    },
    groups,
  };
}
