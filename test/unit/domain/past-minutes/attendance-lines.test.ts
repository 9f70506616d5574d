import { describe, expect, it } from 'vitest';
import { peopleIn } from '../../../../shared/domain/past-minutes/attendance-lines';

const at = { status: 'present' as const, lines: { from: 3, to: 3 } };
const names = (text: string) => peopleIn(text, at).map((p) => p.name);

describe('an attendance entry', () => {
  it('reads a chair in brackets and a list of councillors under one title', () => {
    const people = peopleIn('Councillor A Smith (Chair), Councillors B Jones, Ali and C Brown', at);
    expect(people.map((p) => p.name)).toEqual(['Councillor A Smith', 'Councillor B Jones', 'Councillor Ali', 'Councillor C Brown']);
    expect(people[0]).toMatchObject({ role: 'chair', status: 'present', lines: { from: 3, to: 3 } });
  });

  it('reads initials, and a job and organisation after a dash and a comma', () => {
    expect(peopleIn('Cllr Jones (AJ)', at)[0]).toMatchObject({ name: 'Cllr Jones', initials: 'AJ' });
    expect(peopleIn('Dr J Smith – Director of Public Health, NHS Rotherham', at)[0]).toMatchObject({
      name: 'Dr J Smith',
      jobTitle: 'Director of Public Health',
      organisation: 'NHS Rotherham',
    });
  });

  it('keeps "and" inside a job title and splits people apart by semicolons', () => {
    const people = peopleIn('Sue Wilson, Performance and Quality Manager; Tom Hale, Clerk', at);
    expect(people.map((p) => [p.name, p.jobTitle])).toEqual([
      ['Sue Wilson', 'Performance and Quality Manager'],
      ['Tom Hale', 'Clerk'],
    ]);
  });

  it('reads substitutes in the ways minutes write them', () => {
    expect(peopleIn('Councillor X Ray (substitute for Councillor Y Zed)', at)[0]).toMatchObject({
      role: 'substitute',
      substituteFor: 'Councillor Y Zed',
    });
    expect(peopleIn("Cllr P Quinn attending as Cllr Lowe's substitute", at)[0]).toMatchObject({ name: 'Cllr P Quinn', substituteFor: 'Cllr Lowe' });
    const both = peopleIn("Councillor M O'Connor, substituted by Councillor F van Mierlo", { ...at, status: 'apologies' });
    expect(both.map((p) => [p.name, p.status, p.substituteFor])).toEqual([
      ["Councillor M O'Connor", 'apologies', undefined],
      ['Councillor F van Mierlo', 'present', "Councillor M O'Connor"],
    ]);
  });

  it('keeps a role with no name, marked unsure, and reads "None" as nobody', () => {
    expect(peopleIn('Director of Finance', at)[0]).toMatchObject({ name: 'Director of Finance', unsure: expect.stringContaining('No name') });
    expect(names('None')).toEqual([]);
  });
});
