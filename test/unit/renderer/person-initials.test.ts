import { describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/model';
import { newPersonValues, personFormSchema, personPatch, personValues } from '../../../renderer/src/features/members/person-form-schema';

const at = '2025-06-01T09:00:00.000Z';
const person: Person = {
  id: 'p1',
  name: 'Asha Patel',
  publicName: 'Cllr Asha Patel',
  consentToBeNamed: true,
  kind: 'councillor',
  initials: 'AP',
  accessNeeds: [],
  training: [],
  createdAt: at,
  updatedAt: at,
};

describe('a person’s initials in the member forms', () => {
  it('keeps initials as typed, and leaves blank ones out of a new person', () => {
    expect(personFormSchema.parse({ ...newPersonValues(), name: 'Jo Hart', initials: ' A-MJ ' })).toMatchObject({ initials: 'A-MJ' });
    expect(personFormSchema.parse({ ...newPersonValues(), name: 'Jo Hart', initials: '' })).not.toHaveProperty('initials');
  });

  it('says what initials may be when they are not letters', () => {
    const result = personFormSchema.safeParse({ ...newPersonValues(), name: 'Jo Hart', initials: 'jh1' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['initials', 'Initials start with a capital letter and are letters only, such as AP or A-MJ'],
    ]);
  });

  it('clears initials the clerk emptied', () => {
    const patch = personPatch(personFormSchema.parse({ ...personValues(person), initials: '' }), person);
    expect(patch.initials).toBeNull();
  });
});
