import { Fragment } from 'react';
import type { ReactNode } from 'react';
import type { ResolutionView } from '../../../../shared/api/views';
import { formatLongDate, meetingStatusLabel } from '../../../../shared/domain';
import { hrefFor } from '../../routing/routes';

function voteWords(r: ResolutionView): string | null {
  if (r.vote === undefined) return null;
  const { for: yes, against, abstain } = r.vote;
  return `For ${yes}, against ${against}, ${abstain === 1 ? '1 abstention' : `${abstain} abstentions`}${r.recordedVote ? ' (recorded vote)' : ''}`;
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
          const votes = voteWords(r);
          return (
            <tr key={r.id} data-resolution-id={r.id}>
              <th scope="row" className="resolutions-table__reference">
                {r.reference ? <Reference text={r.reference} /> : <span className="quiet">Numbered when the minutes are drafted</span>}
              </th>
              <td className="resolutions-table__decision">
                <p className="resolutions-table__kind">
                  <strong>{r.kind}</strong>
                  {r.kind === 'RECOMMENDED' && r.recommendedTo ? ` to ${r.recommendedTo}` : ''}:
                </p>
                {r.parts.length === 1 ? (
                  <p>{r.parts[0]?.text}</p>
                ) : (
                  <ol className="numbered-parts">
                    {r.parts.map((part, index) => (
                      <li key={part.id}>
                        <span className="numbered-parts__number">({index + 1})</span> {part.text}
                      </li>
                    ))}
                  </ol>
                )}
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
