import type { MemberView } from '../../../../shared/api/views';

export type MemberGroups = {
  readonly current: readonly MemberView[];
  /** Appointed from a later date. */
  readonly future: readonly MemberView[];
  /** Whose term has ended: kept, because past meetings name them. */
  readonly past: readonly MemberView[];
};

/** Splits a board's memberships around `today`, a London date. */
export function groupMembers(members: readonly MemberView[], today: string): MemberGroups {
  const ended = (m: MemberView): boolean => m.membership.termEnd !== undefined && m.membership.termEnd < today;
  const later = (m: MemberView): boolean => m.membership.termStart > today;
  return {
    current: members.filter((m) => !ended(m) && !later(m)),
    future: members.filter((m) => !ended(m) && later(m)),
    past: members.filter(ended).toSorted((a, b) => (b.membership.termEnd ?? '').localeCompare(a.membership.termEnd ?? '')),
  };
}
