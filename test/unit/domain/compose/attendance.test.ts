import { describe, expect, it } from 'vitest';
import { docText } from '../../../../shared/document/text';
import { attendanceBlocks } from '../../../../shared/domain/compose/attendance';
import { surnameSortKey } from '../../../../shared/domain/compose/attendance-order';
import { composeMinutes } from '../../../../shared/domain/compose/minutes';
import type { MeetingData } from '../../../../shared/domain/compose/meeting-data';
import { publicView } from '../../../../shared/domain/compose/public-view';
import type { Attendance, AttendanceOrder, Person } from '../../../../shared/model';
import { attendance, meetingData, person } from './meeting-fixture';

const record = attendance;

const PEOPLE: readonly Person[] = [
  person('chair', 'Asha Patel', { publicName: 'Cllr Asha Patel' }),
  person('zed', 'Zoe Adams', { publicName: 'Councillor Zoe Adams' }),
  person('doc', 'Jo Hart', {
    publicName: 'Dr Jo Hart',
    kind: 'health-partner',
    jobTitle: 'Medical Director',
    organisation: 'NHS South Yorkshire',
    initials: 'JH',
  }),
  person('carer', 'Bea Young', { kind: 'carer', organisation: 'Carers Together' }),
  person('hidden', 'Sam Quiet', { kind: 'expert-by-experience', consentToBeNamed: false, initials: 'SQ', organisation: 'Secret Org' }),
  person('sub', 'Tom Baker', { publicName: 'Cllr Tom Baker' }),
  person('absent-member', 'Ruth Lee', { publicName: 'Cllr Ruth Lee' }),
  person('officer', 'Michael Reid', { kind: 'officer', jobTitle: 'Democratic Services Officer' }),
  person('visitor', 'Ann Watcher', { kind: 'member-of-the-public' }),
];

function attendanceText(overrides: {
  attendance: readonly Attendance[];
  order?: AttendanceOrder;
  meeting?: Partial<MeetingData['meeting']>;
}): string {
  const base = meetingData();
  const data: MeetingData = {
    ...base,
    board: { ...base.board, ...(overrides.order === undefined ? {} : { attendanceOrder: overrides.order }) },
    meeting: { ...base.meeting, ...overrides.meeting },
    people: PEOPLE,
    members: [
      { personId: 'chair', role: 'chair', voting: true },
      { personId: 'zed', role: 'member', voting: true },
      { personId: 'doc', role: 'member', voting: true },
      { personId: 'carer', role: 'co-opted', voting: true },
      { personId: 'hidden', role: 'member', voting: true },
      { personId: 'absent-member', role: 'member', voting: true },
    ],
    attendance: overrides.attendance,
  };
  // The minutes' own frame, holding only the attendance blocks.
  return docText({ ...composeMinutes(data), blocks: attendanceBlocks(data) });
}

const FULL = [
  record('zed', 'present'),
  record('doc', 'present'),
  record('chair', 'present'),
  record('carer', 'present', { movements: [{ kind: 'arrived', itemId: 'i-breaks' }] }),
  record('hidden', 'present'),
  record('sub', 'present', { substituteForPersonId: 'absent-member' }),
  record('absent-member', 'apologies'),
  record('officer', 'in-attendance'),
  record('visitor', 'observer'),
];

describe('the attendance in the minutes', () => {
  it('prints each person with their role, post, organisation and initials where they have them, and substitutes as such', () => {
    const text = attendanceText({ attendance: FULL });
    expect(text).toContain('Cllr Asha Patel (Chair)');
    expect(text).toContain('Dr Jo Hart (JH), Medical Director, NHS South Yorkshire');
    expect(text).toContain('Bea Young (Co-opted member, Carers Together) (from item 3)');
    expect(text).toContain('Cllr Tom Baker, attending as Cllr Ruth Lee’s substitute');
    expect(text).toContain('In attendance\nMichael Reid (Democratic Services Officer)');
    expect(text).toContain('Also present (observing)\nAnn Watcher');
    expect(text).toContain('Apologies for absence were received from Cllr Ruth Lee.');
  });

  it('never prints the initials or organisation of someone who has not agreed to be named', () => {
    const text = attendanceText({ attendance: FULL });
    expect(text).not.toContain('SQ');
    expect(text).not.toContain('Secret Org');
    const base = meetingData();
    const hidden = publicView({ ...base, people: PEOPLE }).people.find((p) => p.id === 'hidden');
    expect(hidden?.initials).toBeUndefined();
  });

  it('orders by surname by default, leaving titles out of the sort, with the chair first and unnamed people last', () => {
    const text = attendanceText({ attendance: FULL });
    const present = text.slice(text.indexOf('Present'), text.indexOf('In attendance'));
    const order = ['Cllr Asha Patel', 'Councillor Zoe Adams', 'Cllr Tom Baker', 'Dr Jo Hart', 'Bea Young', 'Sam Quiet'].map((n) =>
      present.indexOf(n),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual(order.toSorted((a, b) => a - b));
  });

  it('orders as recorded, or grouped by role under a label for each group, when the board chooses', () => {
    const recorded = attendanceText({ attendance: FULL, order: 'as-recorded' });
    expect(recorded.indexOf('Councillor Zoe Adams')).toBeLessThan(recorded.indexOf('Dr Jo Hart'));
    expect(recorded.indexOf('Dr Jo Hart')).toBeLessThan(recorded.indexOf('Bea Young'));

    const grouped = attendanceText({ attendance: FULL, order: 'by-role' });
    const labels = ['Councillors', 'Experts by experience and carers', 'Partners'].map((l) => grouped.indexOf(`\n${l}\n`));
    expect(labels.every((at) => at >= 0)).toBe(true);
    expect(labels).toEqual(labels.toSorted((a, b) => a - b));
    expect(grouped.indexOf('Bea Young')).toBeGreaterThan(grouped.indexOf('Experts by experience and carers'));
    expect(grouped.indexOf('Dr Jo Hart')).toBeGreaterThan(grouped.indexOf('\nPartners\n'));
  });

  it('prints nothing for a list that was not recorded, and "no apologies" only on the clerk’s word', () => {
    const none = attendanceText({ attendance: [] });
    expect(none).toBe('');
    const presentOnly = attendanceText({ attendance: [record('chair', 'present')] });
    expect(presentOnly).not.toContain('Apologies');
    expect(presentOnly).not.toContain('no apologies');
    const said = attendanceText({ attendance: [record('chair', 'present')], meeting: { noApologiesReceived: true } });
    expect(said).toContain('Apologies\nThere were no apologies for absence.');
    // Recorded apologies win over a stale word that there were none.
    const both = attendanceText({ attendance: [record('absent-member', 'apologies')], meeting: { noApologiesReceived: true } });
    expect(both).toContain('Apologies for absence were received from Cllr Ruth Lee.');
    expect(both).not.toContain('There were no apologies');
  });

  it('says when someone came or went, before, during or after an item, and who took the minutes', () => {
    const text = attendanceText({
      attendance: [
        record('chair', 'present', { movements: [{ kind: 'left', itemId: 'i-breaks', when: 'after' }] }),
        record('zed', 'present', { movements: [{ kind: 'arrived', itemId: 'i-declarations', when: 'before' }] }),
        record('doc', 'present', {
          movements: [
            { kind: 'arrived', itemId: 'i-declarations' },
            { kind: 'left', itemId: 'i-exempt', when: 'before' },
          ],
        }),
      ],
      meeting: { minuteTaker: 'Michael Reid, Democratic Services Officer' },
    });
    expect(text).toContain('Cllr Asha Patel (Chair) (until the end of item 3)');
    expect(text).toContain('Dr Jo Hart (JH), Medical Director, NHS South Yorkshire (from item 2 until item 5 began)');
    expect(text).toContain('Cllr Asha Patel left the meeting after item 3');
    expect(text).toContain('Councillor Zoe Adams arrived at the meeting before item 2');
    expect(text).toContain('Minutes taken by: Michael Reid, Democratic Services Officer');
  });
});

describe('movements at an item printed without a number', () => {
  it('name the item by its title, never as an empty “item .”', () => {
    const base = meetingData();
    const data: MeetingData = {
      ...base,
      items: base.items.map((i) => (i.id === 'i-breaks' ? { ...i, number: '', minuteLabel: undefined } : i)),
      people: PEOPLE,
      members: [{ personId: 'chair', role: 'chair', voting: true }],
      attendance: [
        record('chair', 'present', { movements: [{ kind: 'left', itemId: 'i-breaks' }] }),
        record('officer', 'in-attendance', { movements: [{ kind: 'arrived', itemId: 'i-breaks', when: 'after' }] }),
      ],
    };
    const text = docText({ ...composeMinutes(data), blocks: attendanceBlocks(data) });
    expect(text).toContain('Cllr Asha Patel (Chair) (until item “Carers’ breaks service redesign”)');
    expect(text).toContain('Michael Reid (Democratic Services Officer) (from after item “Carers’ breaks service redesign”)');
    expect(text).toContain('Cllr Asha Patel left the meeting during item “Carers’ breaks service redesign”.');
    expect(text).toContain('Michael Reid arrived at the meeting after item “Carers’ breaks service redesign”.');
    expect(text).not.toMatch(/item \.|item \)/);
  });
});

describe('sorting names by surname', () => {
  it('leaves titles and letters after the name out of the sort', () => {
    expect(surnameSortKey('Cllr Asha Patel')).toBe('patel asha');
    expect(surnameSortKey('Councillor Dr Jo Hart MBE')).toBe('hart jo');
    expect(surnameSortKey('The Rt Hon Lord Smith')).toBe('smith ');
    expect(surnameSortKey('Cher')).toBe('cher ');
  });
});
