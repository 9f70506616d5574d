import { describe, expect, it } from 'vitest';
import { parseMemberList, readRole } from '../../../shared/domain/member-list';

describe('reading a pasted list of members', () => {
  it('reads a Word table copied with tabs: name, role, organisation', () => {
    const list = parseMemberList('Cllr Asha Patel\tChair\tOxfordshire County Council\nSam Reid\tVice-chair\tCarers Voice\n');
    expect(list.header).toBe(false);
    expect(list.unread).toEqual([]);
    expect(list.members).toEqual([
      { line: 1, name: 'Cllr Asha Patel', role: 'chair', kind: 'councillor', organisation: 'Oxfordshire County Council' },
      { line: 2, name: 'Sam Reid', role: 'vice-chair', organisation: 'Carers Voice' },
    ]);
  });

  it('skips a header row and follows its order of columns', () => {
    const list = parseMemberList('Organisation,Name,Role\r\nNHS Trust,Dr Lee Chan,Member\r\n"Age UK, Oxfordshire",Pat Jones,Co-opted member\r\n');
    expect(list.header).toBe(true);
    expect(list.members).toEqual([
      { line: 2, name: 'Dr Lee Chan', role: 'member', organisation: 'NHS Trust' },
      { line: 3, name: 'Pat Jones', role: 'co-opted', organisation: 'Age UK, Oxfordshire' },
    ]);
  });

  it('takes a kind of person as a role, a blank role as a member, and skips blank lines', () => {
    const list = parseMemberList('Jo Bloggs, Expert by experience\n\n  \nKim Noor\nLee Ford, Councillor (Vice-chair)\n');
    expect(list.members).toEqual([
      { line: 1, name: 'Jo Bloggs', role: 'member', kind: 'expert-by-experience' },
      { line: 4, name: 'Kim Noor', role: 'member' },
      { line: 5, name: 'Lee Ford', role: 'vice-chair', kind: 'councillor' },
    ]);
  });

  it('marks the lines it cannot read, with why, and reads the rest', () => {
    const list = parseMemberList(
      'Ann Smith\tChair\tCouncil\n\tMember\tCouncil\nBob Jones\tGrand Wizard\tCouncil\nCat Lee\tMember\tCouncil\tcat@example.org\n',
    );
    expect(list.members.map((m) => m.name)).toEqual(['Ann Smith']);
    expect(list.unread.map((u) => [u.line, u.problem])).toEqual([
      [2, 'It has no name.'],
      [3, '“Grand Wizard” is not a role Minute Book knows, such as Chair, Vice-chair, Member, Substitute or Observer.'],
      [4, 'It has more than 3 columns: give the name, the role and the organisation only.'],
    ]);
  });

  it('reads roles as boards write them', () => {
    expect(readRole('Chairman')).toEqual({ role: 'chair' });
    expect(readRole('co-chair')).toEqual({ role: 'co-chair' });
    expect(readRole('Officer in attendance')).toEqual({ role: 'officer-in-attendance' });
    expect(readRole('VCS partner')).toEqual({ role: 'member', kind: 'voluntary-sector-partner' });
    expect(readRole('Chair - Councillor')).toEqual({ role: 'chair', kind: 'councillor' });
    expect(readRole('Chair (Vice-chair)')).toBeUndefined();
  });

  it('reads nothing from nothing', () => {
    expect(parseMemberList('\n\n')).toEqual({ members: [], unread: [], header: false });
  });
});
