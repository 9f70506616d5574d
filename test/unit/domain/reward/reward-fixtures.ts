import type { Person, RewardClaim, RewardRate } from '../../../../shared/model';

const T = '2025-01-01T10:00:00.000Z';

export function rate(overrides: Partial<RewardRate> & Pick<RewardRate, 'id'>): RewardRate {
  return {
    role: 'expert-by-experience',
    band: 'up-to-half-day',
    amountPence: 2500,
    effectiveFrom: '2024-04-06',
    createdAt: T,
    updatedAt: T,
    ...overrides,
  };
}

export function person(overrides: Partial<Person> & Pick<Person, 'id' | 'name'>): Person {
  return {
    publicName: overrides.name,
    consentToBeNamed: true,
    kind: 'expert-by-experience',
    accessNeeds: [],
    training: [],
    createdAt: T,
    updatedAt: T,
    ...overrides,
  };
}

/** A due claim for a half-day meeting at £25, paid by bank transfer. */
export function claim(overrides: Partial<RewardClaim> & Pick<RewardClaim, 'id'>): RewardClaim {
  return {
    personId: 'p1',
    boardId: 'b1',
    activity: 'meeting',
    date: '2025-06-10',
    durationMinutes: 180,
    preparationMinutes: 0,
    reward: [{ band: 'up-to-half-day', rateId: 'r1', quantity: 1, unitPence: 2500, amountPence: 2500 }],
    expenses: [],
    choice: { kind: 'bank-transfer' },
    benefitsAdvice: { offered: false },
    status: 'due',
    createdAt: T,
    updatedAt: T,
    ...overrides,
  };
}
