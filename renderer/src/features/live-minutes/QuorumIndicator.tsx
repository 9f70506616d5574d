import { useEffect, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import type { NumberedItem } from '../../../../shared/api/views';
import { firstInquorateItem, quorumAt } from '../../../../shared/domain/quorum';
import { useAnnounce } from '../../components/Announcer';
import { useLiveMeeting } from './meeting-context';
import { useQuorumFacts } from './use-quorum-facts';
import { plural } from './words';

/**
 * Whether the meeting is quorate at the item on screen. When a departure (or a withdrawal for an interest) makes
 * it inquorate, the warning is announced as well as shown, so the clerk can tell the chair before a decision.
 */
export function QuorumIndicator({ item }: { item: NumberedItem }): ReactNode {
  const { detail } = useLiveMeeting();
  const facts = useQuorumFacts();
  const announce = useAnnounce();
  const here = useMemo(() => quorumAt(facts, item.id), [facts, item.id]);
  const first = useMemo(() => firstInquorateItem(facts), [facts]);
  const recorded = detail.attendance.some((a) => a.status === 'present');

  // Only a change at the same item is news; arriving at an item that was already inquorate is shown, not announced.
  const before = useRef<{ itemId: string; quorate: boolean } | null>(null);
  useEffect(() => {
    const was = before.current;
    if (recorded && was !== null && was.itemId === item.id && was.quorate && !here.quorate) {
      announce(`Warning: the meeting is not quorate at item ${item.number}.`);
    }
    before.current = { itemId: item.id, quorate: here.quorate };
  }, [announce, here.quorate, item.id, item.number, recorded]);

  const position = (id: string): number => detail.items.findIndex((i) => i.id === id);
  const laterItem = first !== undefined && position(first.itemId) > position(item.id) ? detail.items.find((i) => i.id === first.itemId) : undefined;
  if (!recorded) {
    return (
      <div className="quorum quorum--unknown" data-quorum="unknown">
        <p className="quorum__title">Quorum: {plural(detail.board.quorum, 'voting member')}</p>
        <p className="quorum__detail">Mark who is present to check the quorum.</p>
      </div>
    );
  }
  return (
    <div className={here.quorate ? 'quorum quorum--ok' : 'quorum quorum--warning'} data-quorum={here.quorate ? 'quorate' : 'inquorate'}>
      <p className="quorum__title">{here.quorate ? `Quorate at item ${item.number}` : `Not quorate at item ${item.number}`}</p>
      <p className="quorum__detail">
        {plural(here.seatsFilled, 'voting member')} present; the quorum is {here.required}.
        {here.quorate ? '' : ' No decision can be taken until enough members return.'}
      </p>
      {laterItem !== undefined && here.quorate ? (
        <p className="quorum__detail">
          The meeting becomes inquorate at item {laterItem.number}, {laterItem.title}.
        </p>
      ) : null}
    </div>
  );
}
