import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Board, Person } from '../../../../shared/model';
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

const newcomer = { name: 'Janet Morley', kind: 'carer', consentToBeNamed: false } as const;

describe('members added and changed as one change', () => {
  it('adds someone new to the board with their membership in one commit', async () => {
    const commits = vi.spyOn(h.backend.repository, 'commit');
    const membership = await h.call('members.add', { boardId: board.id, person: newcomer, role: 'member', termStart: '2025-01-01' });
    expect(commits).toHaveBeenCalledTimes(1);
    const members = await h.call('members.list', { boardId: board.id, on: '2025-06-01' });
    expect(members.map((m) => [m.person.name, m.person.publicName, m.membership.id])).toEqual([['Janet Morley', 'Janet Morley', membership.id]]);
  });

  it('leaves nobody behind when the membership is refused', async () => {
    const refused = await h.refusal('members.add', {
      boardId: board.id,
      person: newcomer,
      role: 'member',
      termStart: '2025-01-01',
      termEnd: '2024-01-01',
    });
    expect(refused.code).toBe('invalid_input');
    expect(await h.call('people.list', {})).toEqual([]);
  });

  it('asks for someone on file or someone new, not both', async () => {
    const known = await h.call('people.create', newcomer);
    const both = await h.refusal('members.add', { boardId: board.id, personId: known.id, person: newcomer, role: 'member', termStart: '2025-01-01' });
    expect(both).toMatchObject({ code: 'invalid_input', path: 'personId' });
    expect((await h.refusal('members.add', { boardId: board.id, role: 'member', termStart: '2025-01-01' })).path).toBe('personId');
  });

  it('changes a membership and the person together, or neither', async () => {
    const membership = await h.call('members.add', { boardId: board.id, person: newcomer, role: 'member', termStart: '2025-01-01' });
    const commits = vi.spyOn(h.backend.repository, 'commit');
    await h.call('members.update', {
      id: membership.id,
      patch: { role: 'co-chair' },
      person: { publicName: 'Janet M.', organisation: 'Carers’ Centre' },
    });
    expect(commits).toHaveBeenCalledTimes(1);
    const [member] = await h.call('members.list', { boardId: board.id, on: '2025-06-01' });
    expect([member?.membership.role, member?.person.publicName, member?.person.organisation]).toEqual(['co-chair', 'Janet M.', 'Carers’ Centre']);

    const refused = await h.refusal('members.update', {
      id: membership.id,
      patch: { termEnd: '2024-01-01' },
      person: { publicName: 'Someone else' },
    });
    expect(refused.code).toBe('invalid_input');
    const [after] = await h.call('members.list', { boardId: board.id, on: '2025-06-01' });
    expect((after as { person: Person }).person.publicName).toBe('Janet M.');
  });
});
