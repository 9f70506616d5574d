import type { Attendance, Declaration } from '../model';

/**
 * Who is in the room at an item, and whether the meeting is quorate there.
 *
 * The rules, as a clerk minutes them:
 * - Only people marked "present" count; officers and guests "in attendance" never do.
 * - A voting member counts; so does a substitute attending for a voting member, in that member's place.
 * - A movement takes effect from the item at which it is minuted: "arrived during item 3" counts from item 3,
 *   "left during item 6" no longer counts from item 6. Warning at the item someone leaves, rather than the next
 *   one, is the safe side: the vote on item 6 may well have come after they went.
 * - A member who declared an interest and left the room for an item is not in the room for that item only.
 */
export type QuorumFacts = {
  /** Every agenda item id, in the order the meeting takes them (sub-items after their parent). */
  readonly itemOrder: readonly string[];
  readonly attendance: readonly Attendance[];
  readonly declarations: readonly Declaration[];
  /** People whose membership of the board gives them a vote on the day of the meeting. */
  readonly votingMembers: ReadonlySet<string>;
  /** The board's quorum: the smallest number of voting members present for business to be done. */
  readonly quorum: number;
};

export type QuorumAtItem = {
  readonly itemId: string;
  /** Voting members (and substitutes for them) in the room at this item, by person id. */
  readonly votersPresent: readonly string[];
  /** How many voting seats are filled: what is compared with the quorum. */
  readonly seatsFilled: number;
  readonly required: number;
  readonly quorate: boolean;
};

/** Whether a person is in the room at the item at `index` in the running order, by their status and movements. */
function inRoomAt(record: Attendance, index: number, position: ReadonlyMap<string, number>): boolean {
  if (record.status !== 'present' && record.status !== 'in-attendance' && record.status !== 'observer') return false;
  // A movement before an item takes effect at it; one after an item, from the next. During: at the item itself
  // (someone who left during an item is no longer counted at it; someone who arrived during one is).
  const shift = { before: -0.5, during: 0, after: 0.5 } as const;
  const moves = record.movements
    .map((m) => {
      const at = position.get(m.itemId);
      return { kind: m.kind, at: at === undefined ? undefined : at + shift[m.when ?? 'during'] };
    })
    .filter((m): m is { kind: 'arrived' | 'left'; at: number } => m.at !== undefined)
    .sort((a, b) => a.at - b.at);
  // Before any movement: someone whose first movement is an arrival was not there yet.
  let here = moves[0]?.kind !== 'arrived';
  for (const move of moves) {
    if (move.at > index) break;
    here = move.kind === 'arrived';
  }
  return here;
}

/** Everyone in the room at an item (members, substitutes, those in attendance and observers), by person id. */
export function peopleInRoom(facts: Pick<QuorumFacts, 'itemOrder' | 'attendance' | 'declarations'>, itemId: string): string[] {
  const position = new Map(facts.itemOrder.map((id, i) => [id, i]));
  const index = position.get(itemId);
  if (index === undefined) return [];
  const withdrew = new Set(facts.declarations.filter((d) => d.itemId === itemId && d.leftTheRoom).map((d) => d.personId));
  return facts.attendance.filter((a) => !withdrew.has(a.personId) && inRoomAt(a, index, position)).map((a) => a.personId);
}

/** Whether an attendance record counts towards the quorum: present, and a voting member or standing in for one. */
export function countsForQuorum(record: Attendance, votingMembers: ReadonlySet<string>): boolean {
  if (record.status !== 'present') return false;
  if (votingMembers.has(record.personId)) return true;
  return record.substituteForPersonId !== undefined && votingMembers.has(record.substituteForPersonId);
}

/** The quorum at one item. An item not on the agenda has nobody in the room, so it is never quorate. */
export function quorumAt(facts: QuorumFacts, itemId: string): QuorumAtItem {
  const inRoom = new Set(peopleInRoom(facts, itemId));
  const voters = facts.attendance.filter((a) => inRoom.has(a.personId) && countsForQuorum(a, facts.votingMembers));
  // A member and their substitute fill one seat: if both are somehow recorded as present, the seat counts once.
  const seats = new Set(voters.map((a) => (facts.votingMembers.has(a.personId) ? a.personId : (a.substituteForPersonId ?? a.personId))));
  return {
    itemId,
    votersPresent: voters.map((a) => a.personId),
    seatsFilled: seats.size,
    required: facts.quorum,
    quorate: seats.size >= facts.quorum,
  };
}

/** The quorum at every item, in running order. */
export function quorumByItem(facts: QuorumFacts): QuorumAtItem[] {
  return facts.itemOrder.map((id) => quorumAt(facts, id));
}

/** The first item at which the meeting is inquorate, if any: where the clerk must warn the chair. */
export function firstInquorateItem(facts: QuorumFacts): QuorumAtItem | undefined {
  return quorumByItem(facts).find((q) => !q.quorate);
}

/**
 * Who may be named in a recorded vote on an item: the voting members (and substitutes for them) in the room, less
 * anyone with a disclosable pecuniary interest in the item, who takes no part in the vote.
 */
export function eligibleVoters(facts: QuorumFacts, itemId: string): string[] {
  const barred = new Set(facts.declarations.filter((d) => d.itemId === itemId && d.type === 'disclosable-pecuniary').map((d) => d.personId));
  return quorumAt(facts, itemId).votersPresent.filter((id) => !barred.has(id));
}
