import { describe, expect, it } from 'vitest';
import { newPasteValues, pasteFieldId, pasteMembersSchema } from '../../../../renderer/src/features/members/paste-members-schema';

const list = 'Name\tRole\tOrganisation\nCllr Asha Patel\tChair\tRiverside Council\nSam Reid\tCarer\t\n';

describe('the pasted list of members, as members.addMany takes it', () => {
  it('makes a person and a role of every line, the form’s kind where a line does not say, for one term', () => {
    const input = pasteMembersSchema.parse({ ...newPasteValues('2025-06-01'), text: list, kind: 'officer', named: false, termEnd: '2027-05-31' });
    expect(input).toEqual({
      termStart: '2025-06-01',
      termEnd: '2027-05-31',
      members: [
        { person: { name: 'Cllr Asha Patel', kind: 'councillor', consentToBeNamed: false, organisation: 'Riverside Council' }, role: 'chair' },
        { person: { name: 'Sam Reid', kind: 'carer', consentToBeNamed: false }, role: 'member' },
      ],
    });
  });

  it('refuses to add while a line cannot be read, saying which, and an empty list or a term out of order', () => {
    const unread = pasteMembersSchema.safeParse({ ...newPasteValues('2025-06-01'), text: `${list}Bob\tGrand Wizard\n\tMember\n` });
    expect(unread.error?.issues.map((i) => [pasteFieldId(i.path.join('.')), i.message])).toEqual([
      [
        'paste-members-text',
        'Line 4 could not be read (and 1 more): correct it or remove it. “Grand Wizard” is not a role Minute Book knows, such as Chair, Vice-chair, Member, Substitute or Observer.',
      ],
    ]);
    const empty = pasteMembersSchema.safeParse({ ...newPasteValues('2025-06-01'), termEnd: '2025-01-01' });
    expect(empty.error?.issues.map((i) => [pasteFieldId(i.path.join('.')), i.message])).toEqual([
      ['paste-members-text', 'Paste the list of members, one a line'],
      ['paste-members-term-end', 'The memberships cannot end before they start'],
    ]);
    expect(pasteFieldId('members.1.person.name')).toBe('paste-members-text');
  });
});
