import { describe, expect, it } from 'vitest';
import { attendanceIn, attendanceLabel } from '../../../../shared/domain/past-minutes/attendance-sections';
import { para, paras } from '../../../support/past-minutes/units';

describe('attendance sections', () => {
  it('knows the labels councils use and the status each gives', () => {
    expect(attendanceLabel('Present:')).toEqual({ status: 'present', rest: '' });
    expect(attendanceLabel('Members present: Cllr A Lee')).toEqual({ status: 'present', rest: 'Cllr A Lee' });
    expect(attendanceLabel('Officers in attendance')?.status).toBe('in-attendance');
    expect(attendanceLabel('Also present – Mr B')?.status).toBe('in-attendance');
    expect(attendanceLabel('Apologies were received from Councillor Bell')).toEqual({ status: 'apologies', rest: 'Councillor Bell' });
    expect(attendanceLabel('Absent: Cllr Cole')?.status).toBe('absent');
    expect(attendanceLabel('Co-opted members:')).toMatchObject({ status: 'present', role: 'co-opted' });
  });

  it('does not read prose or the "Minutes:" label as attendance', () => {
    expect(attendanceLabel('Members asked about the budget.')).toBeUndefined();
    expect(attendanceLabel('Minutes:')).toBeUndefined();
  });

  it('reads the entries under a label up to the next label or prose', () => {
    const units = [
      ...paras('Present:', 'Councillor A Lee (Chair)'),
      para('Councillor B Kay', { listMarker: '•' }, 3),
      para('In attendance: Tom Hale, Clerk', {}, 4),
      para('The Chair welcomed everyone to the meeting and explained the arrangements for the evening in detail.', {}, 5),
    ];
    const found = attendanceIn(units);
    expect(found.people.map((p) => [p.name, p.status, p.lines.from])).toEqual([
      ['Councillor A Lee', 'present', 2],
      ['Councillor B Kay', 'present', 3],
      ['Tom Hale', 'in-attendance', 4],
    ]);
    expect([...found.used]).toEqual([0, 1, 2, 3]);
  });
});

describe('a "Councillors:" label', () => {
  it('covers the surnames listed after it', () => {
    expect(attendanceLabel('Councillors: Smith (Chair), Jones and Brown')?.rest).toBe('Councillors Smith (Chair), Jones and Brown');
    expect(attendanceIn(paras('Councillors: Smith (Chair), Jones and Brown')).people.map((p) => [p.name, p.role])).toEqual([
      ['Councillor Smith', 'chair'],
      ['Councillor Jones', undefined],
      ['Councillor Brown', undefined],
    ]);
  });
});
