import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { eligibleVoters } from '../../../../shared/domain/quorum';
import { VOTE_CHOICES, type VoteChoice } from '../../../../shared/model/resolution';
import { useLiveMeeting } from './meeting-context';
import { useNames } from './use-names';
import { useQuorumFacts } from './use-quorum-facts';
import { listInWords, voteWords } from './words';

/**
 * How each member voted, by name. Only the voting members in the room at the item are offered; a member who
 * declared a disclosable pecuniary interest in it takes no part, so is named as left out rather than offered.
 */
export function RecordedVoteFields({
  itemId,
  id,
  legend = 'Recorded vote',
  recorded,
  error,
  onChange,
}: {
  itemId: string;
  id: string;
  /** What the vote was on, when it is not the motion itself: "Recorded vote on amendment 2". */
  legend?: string;
  recorded: Readonly<Record<string, VoteChoice | ''>>;
  error: string | undefined;
  onChange: (recorded: Readonly<Record<string, VoteChoice | ''>>) => void;
}): ReactNode {
  const { detail } = useLiveMeeting();
  const facts = useQuorumFacts();
  const { name } = useNames();
  const voters = useMemo(() => {
    const eligible = eligibleVoters(facts, itemId);
    // Someone already named in the vote stays visible even if the attendance has changed since.
    const named = Object.keys(recorded).filter((personId) => !eligible.includes(personId) && recorded[personId] !== '');
    return [...eligible, ...named].toSorted((a, b) => name(a).localeCompare(name(b), 'en-GB'));
  }, [facts, itemId, name, recorded]);
  const barred = detail.declarations.filter((d) => d.itemId === itemId && d.type === 'disclosable-pecuniary').map((d) => name(d.personId));
  const tally = VOTE_CHOICES.map((choice) => `${Object.values(recorded).filter((v) => v === choice).length} ${voteWords(choice).toLowerCase()}`);

  return (
    <fieldset className={error ? 'recorded-vote field--error' : 'recorded-vote'} aria-describedby={`${id}-tally`}>
      <legend>{legend}</legend>
      {barred.length > 0 ? (
        <p className="field__hint">
          Not offered: {listInWords(barred)}, who declared a disclosable pecuniary interest in this item and takes no part in the vote.
        </p>
      ) : null}
      {error ? (
        <p className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {voters.length === 0 ? (
        <p>No voting members are recorded as present at this item. Mark the attendance first.</p>
      ) : (
        <ul className="recorded-vote__list">
          {voters.map((personId, index) => (
            <li key={personId} className="recorded-vote__row">
              <label htmlFor={index === 0 ? id : `${id}-${personId}`}>{name(personId)}</label>
              <select
                id={index === 0 ? id : `${id}-${personId}`}
                value={recorded[personId] ?? ''}
                onChange={(event) => {
                  const vote = VOTE_CHOICES.find((c) => c === event.target.value) ?? '';
                  onChange({ ...recorded, [personId]: vote });
                }}
              >
                <option value="">Did not vote</option>
                {VOTE_CHOICES.map((choice) => (
                  <option key={choice} value={choice}>
                    {voteWords(choice)}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      )}
      <p id={`${id}-tally`} className="recorded-vote__tally">
        So far: {tally.join(', ')}.
      </p>
    </fieldset>
  );
}
