import type { ReactNode } from 'react';
import type { Resolution } from '../../../../shared/model/resolution';
import { VOTE_CHOICES } from '../../../../shared/model/resolution';
import { voteSummary } from './decision-draft';
import { useNames } from './use-names';
import { listInWords, resolutionKindWords, voteWords } from './words';

/** A decision as the minutes will print it: "RESOLVED: (1) That ...", the vote, and its reference once drafted. */
export function DecisionText({ resolution }: { resolution: Resolution }): ReactNode {
  const { name } = useNames();
  const { parts, recordedVote, vote } = resolution;
  const lead = `${resolutionKindWords(resolution.kind)}${resolution.recommendedTo ? ` to ${resolution.recommendedTo}` : ''}:`;
  return (
    <div className="decision-text">
      <p className="decision-text__lead">
        <strong>{lead}</strong>
        {parts.length === 1 ? ` ${parts[0]?.text ?? ''}` : null}
      </p>
      {parts.length > 1 ? (
        <ol className="numbered-parts">
          {parts.map((part, index) => (
            <li key={part.id}>
              <span className="numbered-parts__number">({index + 1})</span> {part.text}
            </li>
          ))}
        </ol>
      ) : null}
      {vote !== undefined ? <p className="decision-text__vote">Vote: {voteSummary(vote)}.</p> : null}
      {recordedVote !== undefined && recordedVote.length > 0 ? (
        <p className="decision-text__vote">
          Recorded vote:{' '}
          {VOTE_CHOICES.map((choice) => {
            const names = recordedVote.filter((v) => v.vote === choice).map((v) => name(v.personId));
            return names.length === 0 ? null : (
              <span key={choice}>
                {voteWords(choice)}: {listInWords(names)}.{' '}
              </span>
            );
          })}
        </p>
      ) : null}
      {resolution.reference ? <p className="decision-text__reference">Reference {resolution.reference}</p> : null}
    </div>
  );
}
