import type { ClaimStatus, RewardClaim } from '../../model';

/**
 * A claim is due when entered, approved when signed off, and paid when finance has paid it. Only a due claim may be
 * changed or removed; an approved one may go back to due (to correct it); a paid one is final, save its note.
 */
const MOVES: Readonly<Record<ClaimStatus, readonly ClaimStatus[]>> = {
  due: ['approved'],
  approved: ['paid', 'due'],
  paid: [],
};

export const nextClaimStatuses = (status: ClaimStatus): readonly ClaimStatus[] => MOVES[status];

export const canMoveClaim = (from: ClaimStatus, to: ClaimStatus): boolean => MOVES[from].includes(to);

/** Whether a claim's facts (person, time, money, choice) may still change. Its note always may. */
export const isClaimEditable = (claim: Pick<RewardClaim, 'status'>): boolean => claim.status === 'due';

/** Why a move is refused, in words for the clerk. */
export function refusedMoveReason(from: ClaimStatus, to: ClaimStatus): string {
  if (from === to) return `The claim is already ${to}.`;
  if (from === 'paid') return 'This claim has been paid, so its status cannot change.';
  if (from === 'due' && to === 'paid') return 'Approve the claim before marking it paid.';
  return `A ${from} claim cannot be marked ${to}.`;
}
