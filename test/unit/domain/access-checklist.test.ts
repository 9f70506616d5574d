import { describe, expect, it } from 'vitest';
import { accessChecklist, checklistSummary, expectedAttendees, needsOf } from '../../../shared/domain';
import type { AccessArrangement, AccessNeed, Attendance, Membership, Person } from '../../../shared/model';

const T = '2025-01-01T10:00:00.000Z';
const MEETING = { boardId: 'b1', date: '2025-06-10' };

const person = (id: string, name: string, accessNeeds: AccessNeed[] = []): Person => ({
  id,
  name,
  publicName: name,
  consentToBeNamed: true,
  kind: 'expert-by-experience',
  accessNeeds,
  training: [],
  createdAt: T,
  updatedAt: T,
});

const membership = (personId: string, overrides: Partial<Membership> = {}): Membership => ({
  id: `ms-${personId}`,
  boardId: 'b1',
  personId,
  role: 'member',
  voting: true,
  termStart: '2024-05-01',
  createdAt: T,
  updatedAt: T,
  ...overrides,
});

const attendance = (personId: string, status: Attendance['status']): Attendance => ({
  id: `at-${personId}`,
  meetingId: 'm1',
  personId,
  status,
  movements: [],
  createdAt: T,
  updatedAt: T,
});

const arrangement = (personId: string, need: AccessArrangement['need'], arranged: boolean, note?: string): AccessArrangement => ({
  id: `ar-${personId}-${need}`,
  meetingId: 'm1',
  personId,
  need,
  arranged,
  ...(note === undefined ? {} : { note }),
  createdAt: T,
  updatedAt: '2025-06-01T09:00:00.000Z',
});

const maya = person('p1', 'Maya Ellis', [{ kind: 'bsl-interpreter' }, { kind: 'papers-emailed-early', detail: 'A week before' }]);
const tom = person('p2', 'Tom Baker', [{ kind: 'step-free-access' }]);
const asha = person('p3', 'Asha Patel');
const guest = person('p4', 'Gill Green', [{ kind: 'large-print', detail: '18 point' }]);
const people = [maya, tom, asha, guest];

describe('who is expected at a meeting', () => {
  it('counts members current on the meeting date and anyone recorded as attending', () => {
    const expected = expectedAttendees({
      meeting: MEETING,
      memberships: [
        membership('p1', { role: 'co-chair' }),
        membership('p2', { termEnd: '2025-06-09' }),
        membership('p3', { termStart: '2025-06-11' }),
        membership('p4', { boardId: 'b2' }),
      ],
      attendance: [attendance('p4', 'in-attendance')],
    });
    expect([...expected.entries()]).toEqual([
      ['p1', 'co-chair'],
      ['p4', undefined],
    ]);
  });

  it('counts a member whose term ends on the meeting day', () => {
    const expected = expectedAttendees({ meeting: MEETING, memberships: [membership('p2', { termEnd: '2025-06-10' })], attendance: [] });
    expect([...expected.keys()]).toEqual(['p2']);
  });

  it('drops members who sent apologies or were recorded absent', () => {
    const expected = expectedAttendees({
      meeting: MEETING,
      memberships: [membership('p1'), membership('p2'), membership('p3')],
      attendance: [attendance('p1', 'apologies'), attendance('p2', 'absent'), attendance('p3', 'present')],
    });
    expect([...expected.keys()]).toEqual(['p3']);
  });
});

describe('the access checklist', () => {
  const members = [membership('p1'), membership('p2'), membership('p3')];

  it('lists each expected person with needs, by name, every need not arranged until ticked', () => {
    const list = accessChecklist({ meeting: MEETING, memberships: members, people, attendance: [], arrangements: [] });
    expect(list.people.map((p) => p.name)).toEqual(['Maya Ellis', 'Tom Baker']);
    expect(list.people[0]?.needs).toEqual([
      { need: 'bsl-interpreter', arranged: false },
      { need: 'papers-emailed-early', detail: 'A week before', arranged: false },
    ]);
    expect(list).toMatchObject({ expected: 3, total: 3, unmet: 3 });
  });

  it('leaves out a person who sent apologies, and their needs from the counts', () => {
    const list = accessChecklist({ meeting: MEETING, memberships: members, people, attendance: [attendance('p1', 'apologies')], arrangements: [] });
    expect(list.people.map((p) => p.name)).toEqual(['Tom Baker']);
    expect(list).toMatchObject({ expected: 2, total: 1, unmet: 1 });
  });

  it('adds a guest recorded at the meeting, without a role', () => {
    const list = accessChecklist({
      meeting: MEETING,
      memberships: members,
      people,
      attendance: [attendance('p4', 'in-attendance')],
      arrangements: [],
    });
    const gill = list.people.find((p) => p.name === 'Gill Green');
    expect(gill).toEqual({
      personId: 'p4',
      name: 'Gill Green',
      kind: 'expert-by-experience',
      needs: [{ need: 'large-print', detail: '18 point', arranged: false }],
    });
  });

  it('matches arrangements by person and need', () => {
    const list = accessChecklist({
      meeting: MEETING,
      memberships: members,
      people,
      attendance: [],
      arrangements: [
        arrangement('p1', 'bsl-interpreter', true, 'Booked through Signworks'),
        // Tom's arrangement for a need Maya has does not count for Maya, nor for Tom.
        arrangement('p2', 'papers-emailed-early', true),
        arrangement('p2', 'step-free-access', false, 'Lift out of order: asking for room 2'),
      ],
    });
    expect(list.people[0]?.needs).toEqual([
      { need: 'bsl-interpreter', arranged: true, note: 'Booked through Signworks', updatedAt: '2025-06-01T09:00:00.000Z' },
      { need: 'papers-emailed-early', detail: 'A week before', arranged: false },
    ]);
    expect(list.people[1]?.needs).toEqual([
      { need: 'step-free-access', arranged: false, note: 'Lift out of order: asking for room 2', updatedAt: '2025-06-01T09:00:00.000Z' },
    ]);
    expect(list).toMatchObject({ total: 3, unmet: 2 });
  });

  it('has nothing to list when nobody expected has told us of a need', () => {
    const list = accessChecklist({ meeting: MEETING, memberships: [membership('p3')], people, attendance: [], arrangements: [] });
    expect(list).toEqual({ people: [], expected: 1, total: 0, unmet: 0 });
  });
});

describe('a person’s needs', () => {
  it('gives one line per kind, in the usual order, joining details given twice', () => {
    const needs = needsOf({
      accessNeeds: [
        { kind: 'other', detail: 'A quiet room' },
        { kind: 'large-print', detail: '16 point' },
        { kind: 'large-print', detail: 'Yellow paper' },
      ],
    });
    expect(needs).toEqual([
      { need: 'large-print', detail: '16 point; Yellow paper' },
      { need: 'other', detail: 'A quiet room' },
    ]);
  });
});

describe('the checklist summary', () => {
  it('says how many adjustments are not yet arranged', () => {
    expect(checklistSummary({ total: 5, unmet: 2 })).toBe('2 of 5 adjustments not yet arranged');
    expect(checklistSummary({ total: 5, unmet: 0 })).toBe('All 5 adjustments arranged');
    expect(checklistSummary({ total: 1, unmet: 1 })).toBe('The 1 adjustment is not yet arranged');
    expect(checklistSummary({ total: 1, unmet: 0 })).toBe('The 1 adjustment is arranged');
    expect(checklistSummary({ total: 0, unmet: 0 })).toBe('No adjustments needed');
  });
});
