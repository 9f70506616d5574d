import type { Declaration, NamedVote, VoteCount } from '../model';

/** A member with a disclosable pecuniary interest in an item takes no part in its vote. */
export function barredFromVote(personId: string, itemId: string, declarations: readonly Declaration[]): Declaration | undefined {
  return declarations.find((d) => d.personId === personId && d.itemId === itemId && d.type === 'disclosable-pecuniary');
}

export function countVotes(votes: readonly NamedVote[]): VoteCount {
  const count = { for: 0, against: 0, abstain: 0 };
  for (const v of votes) count[v.vote] += 1;
  return count;
}

export const sameCount = (a: VoteCount, b: VoteCount): boolean => a.for === b.for && a.against === b.against && a.abstain === b.abstain;
