import { describe, expect, it } from 'vitest';
import { attendanceFromTable, isAttendanceTable } from '../../../../shared/domain/past-minutes/attendance-table';
import { row } from '../../../support/past-minutes/units';

describe('attendance in a Word table', () => {
  it('reads rows grouped under role labels, with a header naming the columns', () => {
    const rows = [
      row(['Name', 'Role', 'Organisation'], 0, 1),
      row(['Experts by experience', '', ''], 0, 2),
      row(['Maria Lopez (ML)', 'Co-chair', ''], 0, 3),
      row(['Officers', '', ''], 0, 4),
      row(['Helen Cho', 'Commissioning Manager', 'Westmoor Council'], 0, 5),
      row(['Apologies', '', ''], 0, 6),
      row(['Liam Byrne', 'Programme Officer', ''], 0, 7),
    ];
    expect(isAttendanceTable(rows)).toBe(true);
    expect(attendanceFromTable(rows).map((p) => [p.name, p.status, p.role, p.initials, p.jobTitle, p.organisation, p.lines.from])).toEqual([
      ['Maria Lopez', 'present', 'co-chair', 'ML', undefined, undefined, 3],
      ['Helen Cho', 'in-attendance', undefined, undefined, 'Commissioning Manager', 'Westmoor Council', 5],
      ['Liam Byrne', 'apologies', undefined, undefined, 'Programme Officer', undefined, 7],
    ]);
  });

  it('reads a label in the first cell with the names beside it', () => {
    const rows = [row(['Present:', 'Councillors A Lee, B Kay and C Day']), row(['Apologies:', 'Councillor D Fox'])];
    expect(attendanceFromTable(rows).map((p) => [p.name, p.status])).toEqual([
      ['Councillor A Lee', 'present'],
      ['Councillor B Kay', 'present'],
      ['Councillor C Day', 'present'],
      ['Councillor D Fox', 'apologies'],
    ]);
  });

  it('does not take an action log for attendance', () => {
    expect(isAttendanceTable([row(['Ref', 'Action', 'Owner']), row(['A1', 'Circulate the plan', 'RL']), row(['A2', 'Report back', 'SP'])])).toBe(
      false,
    );
  });
});

describe('attendance tables without a header', () => {
  it('reads names side by side as people, and a role beside a name as the role', () => {
    const people = attendanceFromTable([row(['Councillor A Lee', 'Councillor B Kay']), row(['Councillor C Day', 'Deputy Chair'])]);
    expect(people.map((p) => [p.name, p.role])).toEqual([
      ['Councillor A Lee', undefined],
      ['Councillor B Kay', undefined],
      ['Councillor C Day', 'vice-chair'],
    ]);
  });
});
