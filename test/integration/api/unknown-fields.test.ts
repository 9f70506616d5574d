import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../../support/temp-backend';

let h: Harness;
beforeEach(() => {
  h = harness();
});
afterEach(() => h.dispose());

describe('a change with a field the contract does not know', () => {
  it('is refused at the field, at any depth, and nothing is changed', async () => {
    const board = await h.call('boards.create', { name: 'Carers Board', shortCode: 'CB', kind: 'committee', quorum: 3 });
    const refusal = await h.refusal('boards.update', {
      id: board.id,
      patch: { quorom: 5, municipalYearStart: { month: 4, day: 1, weekday: 'Monday' } },
    });
    expect(refusal).toMatchObject({ code: 'invalid_input', path: 'patch.quorom' });
    expect(refusal.message).toBe('Nothing was changed: boards.update has no field "quorom" at patch.quorom.');
    expect(await h.call('boards.get', { id: board.id })).toMatchObject({ quorum: 3 });
  });

  it('is still answered when the method only reads', async () => {
    expect(await h.call('boards.list', { extra: true } as never)).toEqual([]);
  });
});
