import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { decisionRecordBlocks } from '../../../../shared/domain/compose/decisions';
import { peopleIndex } from '../../../../shared/domain/compose/people';
import type { Resolution } from '../../../../shared/model/resolution';
import { DecisionBlocks } from './DecisionBlocks';
import { useLiveMeeting } from './meeting-context';

/**
 * A decision as the minutes will print it, composed by the same code as the documents: who moved and seconded it,
 * its amendments, "RESOLVED: (1) That ...", what became of the motion, the vote, and its reference once drafted.
 */
export function DecisionText({ resolution }: { resolution: Resolution }): ReactNode {
  const { people } = useLiveMeeting();
  const blocks = useMemo(() => decisionRecordBlocks(resolution, peopleIndex(people)), [resolution, people]);
  return (
    <div className="decision-text">
      <DecisionBlocks blocks={blocks} />
      {resolution.reference ? <p className="decision-text__reference">Reference {resolution.reference}</p> : null}
    </div>
  );
}
