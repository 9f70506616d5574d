import { describe, expect, it } from 'vitest';
import { accessNeedsSchema, accessNeedValues } from '../../../renderer/src/features/members/access-needs-schema';
import { addMemberSchema, memberFieldId } from '../../../renderer/src/features/members/member-form-schemas';
import { membershipFormSchema, newMembershipValues } from '../../../renderer/src/features/members/membership-form-schema';
import { newPersonValues, personFormSchema, personValues } from '../../../renderer/src/features/members/person-form-schema';
import { trainingSchema, trainingValues } from '../../../renderer/src/features/members/training-schema';
import type { Person } from '../../../shared/model/person';

const T = '2025-01-01T00:00:00.000Z';
const maya: Person = {
  id: 'p1',
  name: 'Maya Ellis',
  publicName: 'Maya Ellis',
  consentToBeNamed: true,
  kind: 'expert-by-experience',
  accessNeeds: [{ kind: 'other', detail: 'A quiet room' }, { kind: 'bsl-interpreter' }],
  training: [
    { level: 1, completedOn: '2024-02-01' },
    { level: 2, completedOn: '2025-03-03', course: 'Refresher' },
  ],
  createdAt: T,
  updatedAt: T,
};

describe('access needs on the person form', () => {
  it('round-trips a person’s needs, in the usual order', () => {
    const values = accessNeedValues(maya.accessNeeds);
    expect(values).toEqual({ other: 'A quiet room', 'bsl-interpreter': '' });
    expect(accessNeedsSchema.parse(values)).toEqual([{ kind: 'bsl-interpreter' }, { kind: 'other', detail: 'A quiet room' }]);
  });

  it('asks what an "other" need is, and trims details', () => {
    expect(accessNeedsSchema.safeParse({ other: '  ' }).error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['other', 'Say what the other access need is'],
    ]);
    expect(accessNeedsSchema.safeParse({ 'large-print': '' }).success).toBe(true);
    expect(accessNeedsSchema.parse({ 'large-print': '  18 point ' })).toEqual([{ kind: 'large-print', detail: '18 point' }]);
    expect(accessNeedsSchema.safeParse({ 'large-print': 'x'.repeat(501) }).error?.issues[0]?.message).toBe(
      'Keep the details of “Large print” to 500 characters',
    );
  });
});

describe('training records on the person form', () => {
  it('lists the most recent first and sends them back as records', () => {
    const rows = trainingValues(maya.training);
    expect(rows.map((r) => [r.level, r.completedOn, r.course])).toEqual([
      ['2', '2025-03-03', 'Refresher'],
      ['1', '2024-02-01', ''],
    ]);
    expect(trainingSchema.parse(rows)).toEqual([
      { level: 2, completedOn: '2025-03-03', course: 'Refresher' },
      { level: 1, completedOn: '2024-02-01' },
    ]);
  });

  it('asks for a real completion date, naming the record', () => {
    const [first, second] = trainingValues(maya.training);
    if (first === undefined || second === undefined) throw new Error('two rows expected');
    const person = { ...personValues(maya), training: [first, { ...second, completedOn: '2025-02-30' }] };
    const issues = personFormSchema.safeParse(person).error?.issues ?? [];
    expect(issues.map((i) => ({ fieldId: memberFieldId('add', person, ['person', ...i.path].join('.')), message: i.message }))).toEqual([
      { fieldId: `add-${second.key}-date`, message: 'Enter the date training record 2 was completed' },
    ]);
  });
});

describe('the whole person form', () => {
  it('carries needs and training to people.create and people.update', () => {
    const input = personFormSchema.parse(personValues(maya));
    expect(input.accessNeeds).toEqual([{ kind: 'bsl-interpreter' }, { kind: 'other', detail: 'A quiet room' }]);
    expect(input.training).toHaveLength(2);
    expect(personFormSchema.parse({ ...newPersonValues(), name: 'Sam' })).toMatchObject({ publicName: 'Sam', accessNeeds: [], training: [] });
  });

  it('reports an "other" need without detail with the other problems', () => {
    const values = { ...newPersonValues(), accessNeeds: { other: '' } };
    const issues = personFormSchema.safeParse(values).error?.issues ?? [];
    expect(issues.map((i) => memberFieldId('add-member', values, ['person', ...i.path].join('.')))).toEqual([
      'add-member-name',
      'add-member-need-other-detail',
    ]);
  });

  it('wants an email address to look like one, and a membership to end on or after it starts', () => {
    const values = { ...newPersonValues(), name: 'Sam', email: 'sam at home' };
    expect(personFormSchema.safeParse(values).error?.issues.map((i) => i.message)).toEqual([
      'Enter an email address like name@example.org, or leave it blank',
    ]);
    const membership = { ...newMembershipValues('2025-06-01'), termEnd: '2025-05-31' };
    expect(membershipFormSchema.safeParse(membership).error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['termEnd', 'The membership cannot end before it starts'],
    ]);
  });

  it('asks whom to add when adding someone already on file, and checks a new person only when adding someone new', () => {
    const membership = newMembershipValues('2025-06-01');
    expect(
      addMemberSchema.safeParse({ who: 'known', personId: '', person: newPersonValues(), membership }).error?.issues.map((i) => i.message),
    ).toEqual(['Choose who is joining']);
    expect(addMemberSchema.parse({ who: 'known', personId: 'p1', person: newPersonValues(), membership })).toMatchObject({ personId: 'p1' });
    expect(
      addMemberSchema.safeParse({ who: 'new', personId: 'p1', person: newPersonValues(), membership }).error?.issues.map((i) => i.path.join('.')),
    ).toEqual(['person.name']);
  });
});
