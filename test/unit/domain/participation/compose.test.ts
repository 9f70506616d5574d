import { describe, expect, it } from 'vitest';
import { docText } from '../../../../shared/document/text';
import {
  composeParticipationReport,
  diversityReport,
  participationMeetingsSheet,
  participationReport,
  participationSheet,
  type MeetingRecordsForParticipation,
} from '../../../../shared/domain/participation';
import type { Attendance, DiversityResponse, Person, PersonKind } from '../../../../shared/model';
import { board, item, meeting } from '../../../support/builders';

const T = '2025-01-01T10:00:00.000Z';
const person = (id: string, kind: PersonKind): Person => ({
  id,
  name: `Name of ${id}`,
  publicName: id,
  consentToBeNamed: true,
  kind,
  accessNeeds: [],
  training: [],
  createdAt: T,
  updatedAt: T,
});
const present = (meetingId: string, personId: string): Attendance => ({
  id: `${meetingId}-${personId}`,
  meetingId,
  personId,
  status: 'present',
  movements: [],
  createdAt: T,
  updatedAt: T,
});

const BOARD = board({ name: 'Riverside Co-production Board', seldomHeardGroups: ['Young carers'] });
const PEOPLE = [
  person('ebe1', 'expert-by-experience'),
  person('ebe2', 'expert-by-experience'),
  person('cllr', 'councillor'),
  person('officer', 'officer'),
  person('carer', 'carer'),
  person('officer2', 'officer'),
  person('officer3', 'officer'),
  person('vcs', 'voluntary-sector-partner'),
];

function fixture(): { participation: ReturnType<typeof participationReport>; responses: DiversityResponse[] } {
  const june: MeetingRecordsForParticipation = {
    meeting: meeting({ id: 'june', date: '2025-06-10', status: 'minutes-signed', agendaPublishedAt: '2025-06-02T09:00:00.000Z' }),
    attendance: PEOPLE.map((p) => present('june', p.id)),
    items: [item('a', 0, { meetingId: 'june', presenterPersonId: 'ebe1' }), item('b', 1, { meetingId: 'june', presenterPersonId: 'officer' })],
  };
  const participation = participationReport({
    board: BOARD,
    meetings: [june],
    people: PEOPLE,
    groupsByPerson: new Map([['carer', ['Young carers']]]),
    closed: new Set(),
    period: { from: '2025-05-01', to: '2026-04-30' },
  });
  const responses = PEOPLE.map((p, i): DiversityResponse => ({
    id: `d${i}`,
    personId: p.id,
    recordedOn: '2025-06-10',
    gender: 'woman',
    ethnicity: i === 0 ? 'mixed' : 'white',
    createdAt: T,
    updatedAt: T,
  }));
  return { participation, responses };
}

describe('the participation report as a document', () => {
  it('gives the period’s figures, attendance by kind and each meeting', () => {
    const { participation } = fixture();
    const text = docText(composeParticipationReport({ board: BOARD, participation }));
    expect(text).toContain('Participation: Riverside Co-production Board');
    expect(text).toContain('Who took part in the board’s meetings from Thursday 1 May 2025 to Thursday 30 April 2026.');
    expect(text).toContain('8 different people took part, 8 attendances in all.');
    expect(text).toContain('Experts by experience: 38% of the people who took part and 38% of attendances.');
    expect(text).toContain('1 of 2 business items were presented or led by experts by experience.');
    expect(text).toContain(
      'Papers were published on average 5 clear working days before the meeting (the fewest was 5); 0 meetings had fewer than 5.',
    );
    expect(text).toMatch(/Expert by experience\n2\n2/);
    expect(text).toMatch(/10 June 2025\n8\n3 \(38%\)\n8\n1 of 2\n5 clear days\nYoung carers/);
    expect(text).toMatch(/Young carers\nfewer than 5\n1/);
  });

  it('adds the diversity of those who took part, with the small counts suppressed and explained', () => {
    const { participation, responses } = fixture();
    const diversity = diversityReport({ boardId: BOARD.id, boardName: BOARD.name, period: participation.period, tookPart: 8, responses });
    const text = docText(composeParticipationReport({ board: BOARD, participation, diversity }));
    expect(text).toContain('8 of the 8 people who took part have answered the optional diversity questions.');
    expect(text).toContain('is shown as “fewer than 5”');
    expect(text).toMatch(
      /Ethnic group\nAnswer\nPeople\nAsian or Asian British\n0\nBlack, Black British, Caribbean or African\n0\nMixed or multiple ethnic groups\nfewer than 5\nWhite\nnot shown/,
    );
    expect(text).toMatch(/Gender\nAnswer\nPeople\nWoman\n8\n/);
    // Aggregate only: nobody's name, public or full, is in the report.
    for (const p of PEOPLE) expect(text).not.toContain(p.name);
  });

  it('is marked as a public report in English', () => {
    const doc = composeParticipationReport({ board: BOARD, participation: fixture().participation });
    expect(doc.meta).toMatchObject({ kind: 'report', language: 'en-GB', audience: 'public' });
  });
});

describe('the participation report as rows for a spreadsheet', () => {
  it('has a row per meeting and a total row', () => {
    const sheet = participationMeetingsSheet(fixture().participation);
    expect(sheet.header.slice(0, 4)).toEqual(['Meeting date', 'Title', 'Took part', 'Councillor']);
    expect(sheet.rows).toHaveLength(2);
    const at = (row: number, column: string): string | undefined => sheet.rows[row]?.[sheet.header.indexOf(column)];
    expect([
      at(0, 'Meeting date'),
      at(0, 'Took part'),
      at(0, 'Experts by experience (%)'),
      at(0, 'Clear days'),
      at(0, 'Seldom-heard groups reached'),
    ]).toEqual(['2025-06-10', '8', '38', '5', 'Young carers']);
    expect([at(1, 'Meeting date'), at(1, 'Took part'), at(1, 'Items led by experts by experience')]).toEqual(['Total', '8', '1']);
  });

  it('writes everything as one long table, diversity suppressed as on screen', () => {
    const { participation, responses } = fixture();
    const diversity = diversityReport({ boardId: BOARD.id, boardName: BOARD.name, period: participation.period, tookPart: 8, responses });
    const sheet = participationSheet(participation, diversity);
    expect(sheet.header).toEqual(['Board', 'From', 'To', 'Section', 'Measure', 'Value']);
    const value = (measure: string): string | undefined => sheet.rows.find((r) => r[4] === measure)?.[5];
    expect(value('Different people who took part')).toBe('8');
    expect(value('Young carers: people who took part')).toBe('fewer than 5');
    expect(value('Ethnic group: White')).toBe('not shown');
    expect(value('Gender: Woman')).toBe('8');
    expect(sheet.rows[0]?.slice(0, 3)).toEqual(['Riverside Co-production Board', '2025-05-01', '2026-04-30']);
  });
});
