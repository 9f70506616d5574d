import {
  DEFAULT_STANDARD_ITEMS,
  PERSON_KINDS,
  type Action,
  type AgendaItem,
  type Attendance,
  type Board,
  type Meeting,
  type Membership,
  type Minute,
  type Person,
  type Resolution,
} from '../../shared/model';
import type { Op } from '../../electron/backend/store/repository-types';
import { seededRandom } from './bench-kit';

/*
 * A ten-year store: 600 meetings of 25 items, about 150 words of minutes per item,
 * 2 resolutions per item, 30,000 actions (50 per meeting), 200 people each with a membership, 4 boards.
 * Deterministic: the same seed gives the same store.
 */

export const SIZE = {
  boards: 4,
  people: 200,
  meetings: 600,
  itemsPerMeeting: 25,
  wordsPerMinute: 150,
  resolutionsPerItem: 2,
  actionsPerMeeting: 50,
  attendancePerMeeting: 12,
} as const;

const WORDS = (
  'the board members asked about carers support services respite budget plan strategy review report noted officers ' +
  'explained that partners would consider how people who use services could take part in the work programme and ' +
  'whether the council had enough funding for the next year it was agreed to bring a further report to a future meeting ' +
  'with figures on waiting times hospital discharge housing advice transport access training volunteers experience ' +
  'co-production group feedback survey results showed improvement in several areas although concerns remained about ' +
  'staffing recruitment communication with families and the timetable for consultation chair thanked everyone for'
).split(' ');

export type TenYearStore = {
  readonly setup: readonly Op[];
  /** One commit per meeting: its header and everything in it. */
  meetingOps(index: number): readonly Op[];
  readonly meetingIds: readonly string[];
};

export function tenYearStore(seed = 2024): TenYearStore {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const stamp = (date: string): string => `${date}T16:00:00.000Z`;
  const sentence = (words: number): string => {
    const out: string[] = [];
    for (let i = 0; i < words; i += 1) out.push(pick(WORDS));
    const text = out.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (words: number): string => {
    const sentences: string[] = [];
    let left = words;
    while (left > 0) {
      const n = Math.min(left, 12 + Math.floor(random() * 10));
      sentences.push(sentence(n));
      left -= n;
    }
    return sentences.join(' ');
  };

  const created = '2015-01-05T09:00:00.000Z';
  const boards: Board[] = Array.from({ length: SIZE.boards }, (_, b) => ({
    id: `board-${b}`,
    name:
      ['Adult Social Care Partnership Board', 'Carers Co-production Board', 'Health and Wellbeing Board', 'Learning Disability Partnership Board'][
        b
      ] ?? `Board ${b}`,
    shortCode: ['ASCPB', 'CCPB', 'HWB', 'LDPB'][b] ?? `B${b}`,
    kind: 'partnership-board',
    quorum: 4,
    municipalYearStart: { month: 5, day: 1 },
    minuteNumbering: { template: '{n}.', restart: 'municipal-year' },
    resolutionReferencing: { template: '{code}/{yyyy}/{minute}-{r}' },
    standardItems: [...DEFAULT_STANDARD_ITEMS],
    seldomHeardGroups: [],
    archived: false,
    createdAt: created,
    updatedAt: created,
  }));
  const people: Person[] = Array.from({ length: SIZE.people }, (_, p) => ({
    id: `person-${p}`,
    name: `Member ${p} ${pick(['Patel', 'Jones', 'Okafor', 'Nowak', 'Smith', 'Khan', 'Evans', 'Murphy'])}`,
    publicName: `Member ${p}`,
    consentToBeNamed: random() > 0.2,
    kind: pick(PERSON_KINDS),
    accessNeeds: [],
    training: [],
    createdAt: created,
    updatedAt: created,
  }));
  const memberships: Membership[] = people.map((person, p) => ({
    id: `membership-${p}`,
    boardId: `board-${p % SIZE.boards}`,
    personId: person.id,
    role: p < SIZE.boards ? 'chair' : 'member',
    voting: true,
    termStart: '2015-05-01',
    createdAt: created,
    updatedAt: created,
  }));
  const setup: Op[] = [
    ...boards.map((record): Op => ({ type: 'put', collection: 'boards', record })),
    ...people.map((record): Op => ({ type: 'put', collection: 'people', record })),
    ...memberships.map((record): Op => ({ type: 'put', collection: 'memberships', record })),
  ];

  const meetingIds = Array.from({ length: SIZE.meetings }, (_, m) => `meeting-${String(m).padStart(4, '0')}`);

  function meetingOps(m: number): readonly Op[] {
    const id = meetingIds[m] as string;
    const boardIndex = m % SIZE.boards;
    const day = new Date(Date.UTC(2015, 0, 15) + Math.floor((m / SIZE.meetings) * 3650) * 86_400_000);
    const date = day.toISOString().slice(0, 10);
    const at = stamp(date);
    const header: Meeting = {
      id,
      boardId: `board-${boardIndex}`,
      date,
      startTime: '14:00',
      endTime: '16:30',
      venue: 'Council Chamber, Town Hall',
      status: 'minutes-signed',
      createdAt: at,
      updatedAt: at,
    };
    const ops: Op[] = [{ type: 'put', collection: 'meetings', record: header }];
    const boardMembers = people.filter((_, p) => p % SIZE.boards === boardIndex);
    for (let a = 0; a < SIZE.attendancePerMeeting; a += 1) {
      const record: Attendance = {
        id: `${id}-att-${a}`,
        meetingId: id,
        personId: (boardMembers[a % boardMembers.length] as Person).id,
        status: random() > 0.15 ? 'present' : 'apologies',
        movements: [],
        createdAt: at,
        updatedAt: at,
      };
      ops.push({ type: 'put', collection: 'attendance', record });
    }
    for (let i = 0; i < SIZE.itemsPerMeeting; i += 1) {
      const itemId = `${id}-item-${i}`;
      const item: AgendaItem = {
        id: itemId,
        meetingId: id,
        parentId: null,
        order: i,
        title: sentence(6).slice(0, -1),
        purpose: pick(['decision', 'discussion', 'information'] as const),
        presenter: `Officer ${i}`,
        timeAllowanceMinutes: 10,
        confidentiality: i === SIZE.itemsPerMeeting - 1 ? { access: 'exempt', category: 3 } : { access: 'public' },
        recommendations: [sentence(20)],
        attachmentIds: [],
        supplementary: false,
        minuteNumber: m * SIZE.itemsPerMeeting + i + 1,
        createdAt: at,
        updatedAt: at,
      };
      const minute: Minute = {
        id: `${id}-minute-${i}`,
        meetingId: id,
        itemId,
        text: `${paragraph(70)}\n\n${paragraph(SIZE.wordsPerMinute - 70)}`,
        createdAt: at,
        updatedAt: at,
      };
      ops.push({ type: 'put', collection: 'agendaItems', record: item }, { type: 'put', collection: 'minutes', record: minute });
      for (let r = 0; r < SIZE.resolutionsPerItem; r += 1) {
        const resolution: Resolution = {
          id: `${id}-res-${i}-${r}`,
          meetingId: id,
          itemId,
          order: r,
          kind: r === 0 ? 'RESOLVED' : 'NOTED',
          parts: [{ id: `${id}-res-${i}-${r}-1`, text: `That ${sentence(18)}` }],
          reference: `REF/${m}/${i}-${r + 1}`,
          createdAt: at,
          updatedAt: at,
        };
        ops.push({ type: 'put', collection: 'resolutions', record: resolution });
      }
    }
    for (let a = 0; a < SIZE.actionsPerMeeting; a += 1) {
      const action: Action = {
        id: `${id}-action-${a}`,
        meetingId: id,
        itemId: `${id}-item-${a % SIZE.itemsPerMeeting}`,
        text: sentence(16),
        owner: random() > 0.5 ? { kind: 'person', personId: (pick(boardMembers) as Person).id } : { kind: 'organisation', name: 'Adult Social Care' },
        due: { kind: 'date', date: date },
        status: m < SIZE.meetings - 8 ? 'done' : 'open',
        history: [{ at, date, status: 'open', note: sentence(8) }],
        createdAt: at,
        updatedAt: at,
      };
      ops.push({ type: 'put', collection: 'actions', record: action });
    }
    return ops;
  }

  return { setup, meetingOps, meetingIds };
}
