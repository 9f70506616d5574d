import { describe, expect, it } from 'vitest';
import type { Attendance, Declaration, Movement } from '../../../shared/model';
import { eligibleVoters, firstInquorateItem, peopleInRoom, quorumAt, quorumByItem, type QuorumFacts } from '../../../shared/domain/quorum';

const T = '2025-06-10T13:00:00.000Z';
const ITEMS = ['i1', 'i2', 'i3', 'i4', 'i5'];

function attending(
  personId: string,
  status: Attendance['status'] = 'present',
  extra: { movements?: Movement[]; substituteFor?: string } = {},
): Attendance {
  return {
    id: `att-${personId}`,
    meetingId: 'm1',
    personId,
    status,
    movements: extra.movements ?? [],
    ...(extra.substituteFor === undefined ? {} : { substituteForPersonId: extra.substituteFor }),
    createdAt: T,
    updatedAt: T,
  };
}

function declared(personId: string, itemId: string, leftTheRoom: boolean): Declaration {
  return {
    id: `d-${personId}-${itemId}`,
    meetingId: 'm1',
    itemId,
    personId,
    type: 'disclosable-pecuniary',
    nature: 'A contract',
    leftTheRoom,
    createdAt: T,
    updatedAt: T,
  };
}

function facts(attendance: Attendance[], overrides: Partial<QuorumFacts> = {}): QuorumFacts {
  return { itemOrder: ITEMS, attendance, declarations: [], votingMembers: new Set(['a', 'b', 'c', 'd', 'e']), quorum: 3, ...overrides };
}

describe('quorum', () => {
  it('counts voting members present and is quorate when they reach the quorum', () => {
    const q = quorumAt(facts([attending('a'), attending('b'), attending('c'), attending('d', 'apologies')]), 'i1');
    expect(q).toMatchObject({ seatsFilled: 3, required: 3, quorate: true });
    expect(q.votersPresent.toSorted()).toEqual(['a', 'b', 'c']);
  });

  it('never counts officers in attendance, non-voting members, apologies or absences', () => {
    const q = quorumAt(
      facts([
        attending('a'),
        attending('b'),
        attending('officer', 'in-attendance'),
        attending('observer'),
        attending('c', 'absent'),
        attending('d', 'apologies'),
      ]),
      'i1',
    );
    expect(q).toMatchObject({ seatsFilled: 2, quorate: false });
  });

  it('becomes inquorate from the item during which a member leaves', () => {
    const f = facts([attending('a'), attending('b'), attending('c', 'present', { movements: [{ kind: 'left', itemId: 'i3' }] })]);
    expect(quorumByItem(f).map((q) => q.quorate)).toEqual([true, true, false, false, false]);
    expect(firstInquorateItem(f)?.itemId).toBe('i3');
  });

  it('counts a late arrival from the item during which they arrived', () => {
    const f = facts([attending('a'), attending('b'), attending('c', 'present', { movements: [{ kind: 'arrived', itemId: 'i2' }] })]);
    expect(quorumByItem(f).map((q) => q.seatsFilled)).toEqual([2, 3, 3, 3, 3]);
    expect(firstInquorateItem(f)?.itemId).toBe('i1');
  });

  it('counts someone who left after an item until the end of it, and someone who left before an item not at it', () => {
    const after = facts([attending('a'), attending('b'), attending('c', 'present', { movements: [{ kind: 'left', itemId: 'i3', when: 'after' }] })]);
    expect(quorumByItem(after).map((q) => q.quorate)).toEqual([true, true, true, false, false]);
    const before = facts([
      attending('a'),
      attending('b'),
      attending('c', 'present', { movements: [{ kind: 'left', itemId: 'i3', when: 'before' }] }),
    ]);
    expect(quorumByItem(before).map((q) => q.quorate)).toEqual([true, true, false, false, false]);
    const arrivedBefore = facts([
      attending('a'),
      attending('b'),
      attending('c', 'present', { movements: [{ kind: 'arrived', itemId: 'i2', when: 'before' }] }),
    ]);
    expect(quorumByItem(arrivedBefore).map((q) => q.seatsFilled)).toEqual([2, 3, 3, 3, 3]);
  });

  it('has observers in the room, coming and going, but never counts them towards the quorum', () => {
    const f = facts([attending('a'), attending('b'), attending('o', 'observer', { movements: [{ kind: 'left', itemId: 'i2', when: 'after' }] })]);
    expect(peopleInRoom(f, 'i2').toSorted()).toEqual(['a', 'b', 'o']);
    expect(peopleInRoom(f, 'i3').toSorted()).toEqual(['a', 'b']);
    expect(quorumAt(f, 'i1').seatsFilled).toBe(2);
  });

  it('follows someone who leaves and comes back, whatever order the movements were recorded in', () => {
    const back = attending('c', 'present', {
      movements: [
        { kind: 'arrived', itemId: 'i4' },
        { kind: 'left', itemId: 'i2' },
      ],
    });
    expect(quorumByItem(facts([attending('a'), attending('b'), back])).map((q) => q.quorate)).toEqual([true, false, false, true, true]);
  });

  it('leaves out a member for the one item they withdrew from after declaring an interest', () => {
    const f = facts([attending('a'), attending('b'), attending('c')], { declarations: [declared('c', 'i2', true), declared('b', 'i3', false)] });
    expect(quorumByItem(f).map((q) => q.quorate)).toEqual([true, false, true, true, true]);
    expect(peopleInRoom(f, 'i2').toSorted()).toEqual(['a', 'b']);
  });

  it('counts a substitute in the place of the voting member they stand in for, once per seat', () => {
    const sub = attending('s', 'present', { substituteFor: 'c' });
    expect(quorumAt(facts([attending('a'), attending('b'), sub]), 'i1')).toMatchObject({ seatsFilled: 3, quorate: true });
    expect(quorumAt(facts([attending('a'), attending('b'), sub, attending('c')]), 'i1').seatsFilled).toBe(3);
    const forObserver = attending('t', 'present', { substituteFor: 'observer' });
    expect(quorumAt(facts([attending('a'), attending('b'), forObserver]), 'i1').seatsFilled).toBe(2);
  });

  it('ignores movements at items that are not on the agenda, and finds nobody at an unknown item', () => {
    const f = facts([attending('a'), attending('b'), attending('c', 'present', { movements: [{ kind: 'left', itemId: 'gone' }] })]);
    expect(quorumAt(f, 'i5').quorate).toBe(true);
    expect(quorumAt(f, 'nowhere')).toMatchObject({ seatsFilled: 0, quorate: false });
  });

  it('reports no inquorate item when the meeting stays quorate throughout', () => {
    expect(firstInquorateItem(facts([attending('a'), attending('b'), attending('c'), attending('d')]))).toBeUndefined();
  });
});

describe('who may vote on an item', () => {
  it('offers the voting members in the room, less anyone with a disclosable pecuniary interest in that item', () => {
    const dpi = { ...declared('b', 'i2', false) };
    const other: Declaration = { ...declared('c', 'i2', false), id: 'd-other', type: 'other-registrable' };
    const f = facts([attending('a'), attending('b'), attending('c'), attending('officer', 'in-attendance'), attending('d', 'apologies')], {
      declarations: [dpi, other],
    });
    expect(eligibleVoters(f, 'i2').toSorted()).toEqual(['a', 'c']);
    expect(eligibleVoters(f, 'i3').toSorted()).toEqual(['a', 'b', 'c']);
  });
});
