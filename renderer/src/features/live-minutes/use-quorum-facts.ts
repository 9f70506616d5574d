import { useMemo } from 'react';
import type { QuorumFacts } from '../../../../shared/domain/quorum';
import { useLiveMeeting } from './meeting-context';
import { votingMemberIds } from './roster';

/** The facts the quorum and vote rules need, rebuilt only when the meeting changes. */
export function useQuorumFacts(): QuorumFacts {
  const { detail, members } = useLiveMeeting();
  return useMemo(
    () => ({
      itemOrder: detail.items.map((i) => i.id),
      attendance: detail.attendance,
      declarations: detail.declarations,
      votingMembers: votingMemberIds(members),
      quorum: detail.board.quorum,
    }),
    [detail, members],
  );
}
