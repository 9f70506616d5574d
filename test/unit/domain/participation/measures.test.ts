import { describe, expect, it } from 'vitest';
import {
  participationReport,
  municipalYearPeriod,
  type MeetingRecordsForParticipation,
  type ParticipationData,
} from '../../../../shared/domain/participation';
import { shownWords } from '../../../../shared/domain/suppression';
import type { Attendance, AttendanceStatus, Meeting, Person, PersonKind } from '../../../../shared/model';
import { board, item, meeting } from '../../../support/builders';

const T = '2025-01-01T10:00:00.000Z';
const person = (id: string, kind: PersonKind): Person => ({
  id,
  name: id,
  publicName: id,
  consentToBeNamed: true,
  kind,
  accessNeeds: [],
  training: [],
  createdAt: T,
  updatedAt: T,
});
const attended = (meetingId: string, personId: string, status: AttendanceStatus = 'present'): Attendance => ({
  id: `${meetingId}-${personId}`,
  meetingId,
  personId,
  status,
  movements: [],
  createdAt: T,
  updatedAt: T,
});

const PEOPLE = [
  person('cllr', 'councillor'),
  person('officer', 'officer'),
  person('ebe1', 'expert-by-experience'),
  person('ebe2', 'expert-by-experience'),
  person('carer', 'carer'),
  person('vcs', 'voluntary-sector-partner'),
];

function records(
  overrides: Partial<Meeting>,
  who: readonly (readonly [string, AttendanceStatus?])[],
  items = [item('std', 0, { standardKind: 'apologies' })],
): MeetingRecordsForParticipation {
  const m = meeting({ status: 'minutes-signed', ...overrides });
  return { meeting: m, attendance: who.map(([id, status]) => attended(m.id, id, status)), items: items.map((i) => ({ ...i, meetingId: m.id })) };
}

function data(meetings: readonly MeetingRecordsForParticipation[], overrides: Partial<ParticipationData> = {}): ParticipationData {
  return {
    board: board({ seldomHeardGroups: ['Young carers', 'Deaf community'] }),
    meetings,
    people: PEOPLE,
    groupsByPerson: new Map(),
    closed: new Set(),
    period: { from: '2025-05-01', to: '2026-04-30' },
    ...overrides,
  };
}

describe('participation per meeting', () => {
  it('counts who took part by member kind, leaving out apologies and absences', () => {
    const june = records({ id: 'june', date: '2025-06-10' }, [
      ['cllr'],
      ['officer', 'in-attendance'],
      ['ebe1'],
      ['carer'],
      ['vcs', 'apologies'],
      ['ebe2', 'absent'],
    ]);
    const [m] = participationReport(data([june])).meetings;
    expect(m).toMatchObject({ tookPart: 4, apologies: 1, experts: 2, expertShare: 0.5 });
    expect(m?.byKind).toMatchObject({ councillor: 1, officer: 1, 'expert-by-experience': 1, carer: 1, 'voluntary-sector-partner': 0 });
  });

  it('tells new people from those who took part in an earlier meeting of the board', () => {
    const march = records({ id: 'march', date: '2025-03-11' }, [['cllr'], ['ebe1']]);
    const june = records({ id: 'june', date: '2025-06-10' }, [['cllr'], ['ebe1'], ['ebe2']]);
    const july = records({ id: 'july', date: '2025-07-15' }, [['ebe2'], ['carer'], ['cllr']]);
    const report = participationReport(data([july, march, june]));
    expect(report.meetings.map((m) => [m.meetingId, m.newPeople, m.returningPeople])).toEqual([
      ['june', 1, 2],
      ['july', 1, 2],
    ]);
    // In the period: ebe2 and carer first came in it; cllr and ebe1 had come before (March, last municipal year).
    expect(report.totals).toMatchObject({ people: 4, newPeople: 2, returningPeople: 2, attendances: 6, meetingsHeld: 2 });
  });

  it('measures only held meetings of the board within the period', () => {
    const report = participationReport(
      data([
        records({ id: 'held', date: '2025-06-10' }, [['cllr']]),
        records({ id: 'cancelled', date: '2025-07-10', status: 'cancelled' }, [['cllr']]),
        records({ id: 'future', date: '2025-09-10', status: 'agenda-published' }, []),
        records({ id: 'other-board', date: '2025-06-12', boardId: 'b2' }, [['cllr']]),
        records({ id: 'next-year', date: '2026-05-12' }, [['cllr']]),
      ]),
    );
    expect(report.meetings.map((m) => m.meetingId)).toEqual(['held']);
  });

  it('counts business items presented or led by experts by experience, carers included', () => {
    const june = records(
      { id: 'june', date: '2025-06-10' },
      [['ebe1']],
      [
        item('std', 0, { standardKind: 'apologies', presenterPersonId: 'ebe1' }),
        item('a', 1, { presenterPersonId: 'ebe1' }),
        item('b', 2, { presenterPersonId: 'carer' }),
        item('c', 3, { presenterPersonId: 'officer' }),
        item('d', 4, { presenter: 'A visiting speaker' }),
      ],
    );
    expect(participationReport(data([june])).meetings[0]).toMatchObject({ items: 4, itemsLedByExperts: 2 });
  });

  it('counts the clear working days between publishing the papers and the meeting', () => {
    // Published Monday 2 June 2025 for Tuesday 10 June: Tue 3, Wed 4, Thu 5, Fri 6, Mon 9 are clear.
    const onTime = records({ id: 'june', date: '2025-06-10', agendaPublishedAt: '2025-06-02T08:30:00.000Z' }, []);
    // Published Thursday 3 July 2025 for Tuesday 8 July: Fri 4 and Mon 7 only.
    const late = records({ id: 'july', date: '2025-07-08', agendaPublishedAt: '2025-07-03T15:00:00.000Z' }, []);
    const unknown = records({ id: 'sept', date: '2025-09-09' }, []);
    const report = participationReport(data([onTime, late, unknown]));
    expect(report.meetings.map((m) => m.papers)).toEqual([
      { kind: 'published', publishedOn: '2025-06-02', clearDays: 5, late: false },
      { kind: 'published', publishedOn: '2025-07-03', clearDays: 2, late: true },
      { kind: 'not-recorded' },
    ]);
    expect(report.totals.papers).toEqual({ published: 2, notRecorded: 1, late: 1, averageClearDays: 3.5, fewestClearDays: 2 });
  });

  it('leaves bank holidays out of clear days', () => {
    // Published Thursday 21 August 2025 for Tuesday 2 September; Monday 25 August is a bank holiday.
    const m = records({ id: 'sept', date: '2025-09-02', agendaPublishedAt: '2025-08-21T09:00:00.000Z' }, []);
    // Fri 22, Tue 26, Wed 27, Thu 28, Fri 29 and Mon 1 September are clear: 6, not 7.
    expect(participationReport(data([m], { closed: new Set(['2025-08-25']) })).meetings[0]?.papers).toMatchObject({ clearDays: 6, late: false });
    expect(participationReport(data([m])).meetings[0]?.papers).toMatchObject({ clearDays: 7 });
  });

  it('names the seldom-heard groups that took part, never who or how many, and suppresses small totals', () => {
    const june = records({ id: 'june', date: '2025-06-10' }, [['ebe1'], ['carer'], ['cllr']]);
    const july = records({ id: 'july', date: '2025-07-15' }, [['cllr']]);
    const groupsByPerson = new Map([
      ['carer', ['young carers']],
      ['ebe1', ['Young Carers ', 'A group this board does not track']],
    ]);
    const report = participationReport(data([june, july], { groupsByPerson }));
    expect(report.meetings.map((m) => m.groupsReached)).toEqual([['Young carers'], []]);
    expect(report.totals.groups.map((g) => [g.group, shownWords(g.people), g.meetings])).toEqual([
      ['Young carers', 'fewer than 5', 1],
      ['Deaf community', '0', 0],
    ]);
  });

  it('says there is no share rather than dividing by nought', () => {
    const report = participationReport(data([records({ id: 'june', date: '2025-06-10' }, [])]));
    expect(report.meetings[0]?.expertShare).toBeNull();
    expect(report.totals.expertPeopleShare).toBeNull();
  });
});

describe('the default period', () => {
  it('is the municipal year that contains the day', () => {
    expect(municipalYearPeriod('2025-03-01', { month: 5, day: 1 })).toEqual({ from: '2024-05-01', to: '2025-04-30' });
    expect(municipalYearPeriod('2025-05-01', { month: 5, day: 1 })).toEqual({ from: '2025-05-01', to: '2026-04-30' });
  });
});
