import { Fragment } from 'react';
import type { ReactNode } from 'react';
import type { ResolutionView } from '../../../../shared/api/views';
import { formatLongDate, meetingStatusLabel } from '../../../../shared/domain';
import { decisionBlocks, outcomeLabel } from '../../../../shared/domain/compose/decisions';
import { hrefFor } from '../../routing/routes';
import { DecisionBlocks } from '../live-minutes/DecisionBlocks';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** What became of the motion and how the vote went, as recorded: "Carried. For 5, against 1, 1 abstention (recorded vote)." */
export function outcomeWords(r: Pick<ResolutionView, 'outcome' | 'vote' | 'recordedVote' | 'amendments'>): string | null {
  const counts =
    r.vote === undefined
      ? []
      : [
          r.vote.for === undefined ? undefined : `For ${r.vote.for}`,
          r.vote.against === undefined ? undefined : `against ${r.vote.against}`,
          r.vote.abstain === undefined ? undefined : plural(r.vote.abstain, 'abstention', 'abstentions'),
        ].filter((w) => w !== undefined);
  const named = (r.recordedVote ?? []).length > 0;
  const vote = counts.length > 0 ? `${counts.join(', ')}${named ? ' (recorded vote)' : ''}` : named ? 'Recorded vote by name' : undefined;
  const amendments = (r.amendments ?? []).length;
  const said = [
    r.outcome === undefined ? undefined : outcomeLabel(r.outcome),
    vote,
    amendments === 0 ? undefined : `${plural(amendments, 'amendment', 'amendments')} moved`,
  ].filter((w) => w !== undefined);
  return said.length === 0 ? null : `${said.join('. ')}.`;
}

/** A reference such as "RCPB/2026/13.2-1", which may wrap at its slashes in a narrow column but nowhere else. */
function Reference({ text }: { text: string }): ReactNode {
  const pieces = text.split('/');
  return (
    <span className="resolutions-table__ref">
      {pieces.map((piece, i) => (
        <Fragment key={i}>
          {piece}
          {i < pieces.length - 1 ? (
            <>
              /<wbr />
            </>
          ) : null}
        </Fragment>
      ))}
    </span>
  );
}

/** The register: one row per decision, newest meeting first, each opening the item it was made under. */
export function ResolutionsTable({ caption, resolutions }: { caption: string; resolutions: readonly ResolutionView[] }): ReactNode {
  return (
    <table className="tracker-table resolutions-table">
      <caption className="tracker-table__caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Reference</th>
          <th scope="col">Decision</th>
          <th scope="col">Meeting</th>
          <th scope="col">Item</th>
        </tr>
      </thead>
      <tbody>
        {resolutions.map((r) => {
          const votes = outcomeWords(r);
          return (
            <tr key={r.id} data-resolution-id={r.id}>
              <th scope="row" className="resolutions-table__reference">
                {r.reference ? <Reference text={r.reference} /> : <span className="quiet">Numbered when the minutes are drafted</span>}
              </th>
              <td className="resolutions-table__decision">
                <DecisionBlocks blocks={decisionBlocks(r)} />
                {votes ? <p className="quiet">{votes}</p> : null}
              </td>
              <td className="resolutions-table__meeting">
                {r.boardName}
                <br />
                {formatLongDate(r.meetingDate)}
                <br />
                <span className="quiet">{meetingStatusLabel(r.meetingStatus)}</span>
              </td>
              <td className="resolutions-table__item">
                <a href={hrefFor({ name: 'meeting', meetingId: r.meetingId, itemId: r.itemId })}>
                  {r.minuteLabel ? `Minute ${r.minuteLabel} ` : ''}
                  {r.itemTitle || 'The item'}
                </a>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
