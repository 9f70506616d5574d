import { describe, expect, it } from 'vitest';
import { agendaItemLabel, isMinutesLabel, numberedHeading, unnumberedHeading } from '../../../../shared/domain/past-minutes/item-headings';
import { para } from '../../../support/past-minutes/units';

const heading = (text: string) => numberedHeading(para(text, { kind: 'heading', level: 2 }));

describe('item headings and their numbers', () => {
  it('reads agenda numbers: "4.", "4.1", "23. TITLE IN CAPITALS", "4(a)"', () => {
    expect(heading('4. Minutes of the previous meeting')).toEqual({ number: '4', title: 'Minutes of the previous meeting' });
    expect(heading('4.1 Budget monitoring')).toEqual({ number: '4.1', title: 'Budget monitoring' });
    expect(numberedHeading(para('23. DECLARATIONS OF INTEREST'))).toEqual({ number: '23', title: 'DECLARATIONS OF INTEREST' });
    expect(heading('4(a) Highways')).toEqual({ number: '4(a)', title: 'Highways' });
  });

  it('reads minute references: "HWB12/24", "Minute 23/045", "PL/101", "CAB/2425/071", "BOD 12/19(c)"', () => {
    expect(heading('HWB12/24 Service Co-production')).toEqual({ minuteNumber: 'HWB12/24', title: 'Service Co-production' });
    expect(heading('Minute 23/045 Finance')).toEqual({ minuteNumber: '23/045', title: 'Finance' });
    expect(heading('PL/101 Declarations of Interest')?.minuteNumber).toBe('PL/101');
    expect(heading('CAB/2425/071 Minutes')?.minuteNumber).toBe('CAB/2425/071');
    expect(heading('BOD 12/19(c) Risk register')?.minuteNumber).toBe('BOD 12/19(c)');
  });

  it('reads both numbers where the agenda item is printed after the title', () => {
    expect(numberedHeading(para('37 Minutes of the previous meeting (Agenda item 3)'))).toEqual({
      minuteNumber: '37',
      number: '3',
      title: 'Minutes of the previous meeting',
    });
  });

  it('takes a bold line with Word numbering as a heading, but not a numbered sentence of minute text', () => {
    expect(numberedHeading(para('Finance', { bold: true, listMarker: '6.' }))).toEqual({ number: '6', title: 'Finance' });
    expect(
      numberedHeading(para('4.1 The Committee received a report of the Head of Planning which set out the options for the site.')),
    ).toBeUndefined();
    expect(numberedHeading(para('2015 was a difficult year'))).toBeUndefined();
  });

  it('knows Modern.gov’s "Agenda item" and "Minutes:" lines', () => {
    expect(agendaItemLabel('Agenda item')).toEqual({});
    expect(agendaItemLabel('Agenda Item 4.')).toEqual({ number: '4' });
    expect(isMinutesLabel('Minutes:')).toBe(true);
    expect(isMinutesLabel('Minutes of the last meeting')).toBe(false);
  });

  it('reads an unnumbered bold title, but not a sentence or a decision', () => {
    expect(unnumberedHeading(para('Finance report', { bold: true }))).toEqual({ title: 'Finance report' });
    expect(unnumberedHeading(para('RESOLVED:', { bold: true }))).toBeUndefined();
    expect(unnumberedHeading(para('The report was noted.', { bold: true }))).toBeUndefined();
  });
});
