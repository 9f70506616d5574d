import { useState } from 'react';
import type { ReactNode } from 'react';
import type { VoteChoice } from '../../../../shared/model/resolution';
import { RecordedVoteFields } from './RecordedVoteFields';

/**
 * How each member voted on one amendment: folded away, as most amendments are decided by a show of hands, and open
 * from the start where names are recorded or one of them has a problem.
 */
export function AmendmentNamedVote({
  itemId,
  id,
  n,
  recorded,
  error,
  onChange,
}: {
  itemId: string;
  id: string;
  /** The amendment's number, as the form shows it. */
  n: number;
  recorded: Readonly<Record<string, VoteChoice | ''>>;
  error: string | undefined;
  onChange: (recorded: Readonly<Record<string, VoteChoice | ''>>) => void;
}): ReactNode {
  const [open, setOpen] = useState(() => Object.values(recorded).some((v) => v !== '') || error !== undefined);
  return (
    <details className="amendment-list__named" open={open || error !== undefined} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>How each member voted on amendment {n} (optional)</summary>
      <RecordedVoteFields itemId={itemId} id={id} legend={`Recorded vote on amendment ${n}`} recorded={recorded} error={error} onChange={onChange} />
    </details>
  );
}
