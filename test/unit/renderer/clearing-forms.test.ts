import { describe, expect, it } from 'vitest';
import type { NumberedItem } from '../../../shared/api/views';
import type { Person, Resolution } from '../../../shared/model';
import { itemFormSchema, itemPatch, itemValues } from '../../../renderer/src/features/agenda-builder/item-form-schema';
import { clearable } from '../../../renderer/src/components/form/patch-fields';
import { decisionPatch } from '../../../renderer/src/features/live-minutes/decision-draft';
import { personFormSchema, personPatch, personValues } from '../../../renderer/src/features/members/person-form-schema';

const at = '2025-06-01T09:00:00.000Z';

describe('building a patch from a form', () => {
  it('sends a value, clears an emptied field the record had, and leaves out one that was never set', () => {
    expect(clearable('venue', 'Library', 'Town Hall')).toEqual({ venue: 'Library' });
    expect(clearable('venue', undefined, 'Town Hall')).toEqual({ venue: null });
    expect(clearable('venue', undefined, undefined)).toEqual({});
  });
});

describe('the item form', () => {
  const item = {
    id: 'i1',
    title: 'Carers’ breaks',
    purpose: 'decision',
    presenter: 'Head of Commissioning',
    timeAllowanceMinutes: 20,
    confidentiality: { access: 'public' },
    recommendations: [],
  } as unknown as NumberedItem;

  it('clears a presenter and time allowance the clerk emptied, rather than setting them to nothing or no time', () => {
    const patch = itemPatch(itemFormSchema.parse({ ...itemValues(item), presenter: '', minutes: '' }), item);
    expect(patch.presenter).toBeNull();
    expect(patch.timeAllowanceMinutes).toBeNull();
    expect(patch.title).toBe('Carers’ breaks');
  });

  it('leaves a blank presenter and time out of a new item', () => {
    const fields = itemFormSchema.parse({ ...itemValues(item), presenter: ' ', minutes: '' });
    expect(fields).not.toHaveProperty('presenter');
    expect(fields).not.toHaveProperty('timeAllowanceMinutes');
  });
});

describe('the person form', () => {
  const person: Person = {
    id: 'p1',
    name: 'Amina Okafor',
    publicName: 'Cllr Amina Okafor',
    consentToBeNamed: true,
    kind: 'councillor',
    organisation: 'Riverside Borough Council',
    jobTitle: 'Cabinet Member',
    email: 'amina@riverside.example',
    accessNeeds: [],
    training: [],
    createdAt: at,
    updatedAt: at,
  };

  it('clears the organisation, job title and email the clerk emptied', () => {
    const patch = personPatch(personFormSchema.parse({ ...personValues(person), organisation: '', jobTitle: '', email: ' ' }), person);
    expect(patch).toMatchObject({ name: 'Amina Okafor', publicName: 'Cllr Amina Okafor', organisation: null, jobTitle: null, email: null });
  });

  it('leaves blank details out of a new person', () => {
    const input = personFormSchema.parse({ ...personValues(person), organisation: '', jobTitle: '', email: '' });
    for (const field of ['organisation', 'jobTitle', 'email']) expect(input).not.toHaveProperty(field);
    expect(input).toMatchObject({ name: 'Amina Okafor', publicName: 'Cllr Amina Okafor' });
  });
});

describe('the decision form', () => {
  const recommended: Pick<Resolution, 'recommendedTo' | 'vote' | 'recordedVote'> = {
    recommendedTo: 'Cabinet',
    vote: { for: 1, against: 1, abstain: 0 },
    recordedVote: [
      { personId: 'p1', vote: 'for' },
      { personId: 'p2', vote: 'against' },
    ],
  };

  it('clears the body, the counts and the names when the decision becomes a plain resolution with no vote', () => {
    expect(decisionPatch({ kind: 'RESOLVED', parts: ['That A.'] }, recommended)).toEqual({
      kind: 'RESOLVED',
      parts: ['That A.'],
      recommendedTo: null,
      vote: null,
      recordedVote: null,
    });
  });

  it('keeps counts given without names, and clears the names', () => {
    const vote = { for: 4, against: 0, abstain: 1 };
    expect(decisionPatch({ kind: 'RECOMMENDED', recommendedTo: 'Cabinet', parts: ['That A.'], vote }, recommended)).toEqual({
      kind: 'RECOMMENDED',
      parts: ['That A.'],
      recommendedTo: 'Cabinet',
      vote,
      recordedVote: null,
    });
  });

  it('sends a recorded vote, and clears counts no longer given: the backend works neither out from the other', () => {
    const recordedVote = [{ personId: 'p1', vote: 'for' as const }];
    const patch = decisionPatch({ kind: 'RESOLVED', parts: ['That A.'], recordedVote }, recommended);
    expect(patch.recordedVote).toEqual(recordedVote);
    expect(patch.vote).toBeNull();
  });
});
