import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Board } from '../../../../shared/model';
import { harness, type Harness } from '../../../support/temp-backend';

let h: Harness;
let board: Board;
beforeEach(async () => {
  h = harness();
  board = await h.call('boards.create', { name: 'Riverside Co-production Board', shortCode: 'RCPB', kind: 'co-production-board', quorum: 2 });
});
afterEach(() => {
  vi.restoreAllMocks();
  h.dispose();
});

const pasted = [
  { person: { name: 'Cllr Asha Patel', kind: 'councillor', consentToBeNamed: true, organisation: 'Riverside Council' }, role: 'chair' },
  { person: { name: 'Sam Reid', kind: 'carer', consentToBeNamed: false }, role: 'member' },
  { person: { name: 'Dr Lee Chan', kind: 'health-partner', consentToBeNamed: true }, role: 'observer' },
] as const;

describe('adding a pasted list of members', () => {
  it('creates every person and membership for the same term in one commit', async () => {
    const commits = vi.spyOn(h.backend.repository, 'commit');
    const added = await h.call('members.addMany', { boardId: board.id, termStart: '2024-05-01', termEnd: '2026-04-30', members: [...pasted] });
    expect(commits).toHaveBeenCalledTimes(1);
    expect(added).toHaveLength(3);
    const members = await h.call('members.list', { boardId: board.id, on: '2025-06-01' });
    expect(
      members.map((m) => [m.person.name, m.person.publicName, m.membership.role, m.membership.voting, m.membership.termStart, m.membership.termEnd]),
    ).toEqual([
      ['Cllr Asha Patel', 'Cllr Asha Patel', 'chair', true, '2024-05-01', '2026-04-30'],
      ['Dr Lee Chan', 'Dr Lee Chan', 'observer', false, '2024-05-01', '2026-04-30'],
      ['Sam Reid', 'Sam Reid', 'member', true, '2024-05-01', '2026-04-30'],
    ]);
    expect(members.find((m) => m.person.name === 'Cllr Asha Patel')?.person.organisation).toBe('Riverside Council');
  });

  it('adds nobody when one line is refused, naming that line', async () => {
    const refused = await h.refusal('members.addMany', {
      boardId: board.id,
      termStart: '2024-05-01',
      members: [...pasted, { person: { name: '', kind: 'carer', consentToBeNamed: false }, role: 'member' }],
    });
    expect(refused).toMatchObject({ code: 'invalid_input', path: 'members.3.person.name' });
    expect(await h.call('people.list', {})).toEqual([]);
  });

  it('refuses a term that ends before it starts, an empty list and an unknown board', async () => {
    expect(
      await h.refusal('members.addMany', { boardId: board.id, termStart: '2024-05-01', termEnd: '2024-04-01', members: [...pasted] }),
    ).toMatchObject({
      code: 'invalid_input',
      path: 'termEnd',
    });
    expect((await h.refusal('members.addMany', { boardId: board.id, termStart: '2024-05-01', members: [] })).code).toBe('invalid_input');
    expect((await h.refusal('members.addMany', { boardId: 'nope', termStart: '2024-05-01', members: [...pasted] })).code).toBe('not_found');
    expect(await h.call('people.list', {})).toEqual([]);
  });
});
