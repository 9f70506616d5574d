import type { ReactNode, Ref } from 'react';
import { formatLongDate } from '../../../../shared/domain/british-dates';
import type { YouSaidView } from '../../../../shared/domain/you-said/targets';
import { outcomeWords, raisedWords } from '../../../../shared/domain/you-said/words';
import { Tag } from '../../components/Tag';
import { hrefFor } from '../../routing/routes';

/** What was said, who raised it and where, what took it up, and what became of it. */
export function YouSaidTable({
  caption,
  entries,
  outcomeButton,
  onOutcome,
}: {
  caption: string;
  entries: readonly YouSaidView[];
  outcomeButton: (id: string) => Ref<HTMLButtonElement>;
  onOutcome: (entry: YouSaidView) => void;
}): ReactNode {
  return (
    <table className="tracker-table you-said-table">
      <caption className="tracker-table__caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">You said</th>
          <th scope="col">Taken up in</th>
          <th scope="col">We did</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <th scope="row">
              <p>{e.said}</p>
              <p className="quiet">{raisedWords(e, e.raisedMeetingDate)}</p>
            </th>
            <td>
              <p>
                {e.targetView.label}
                {e.targetView.fromPrivateItem ? (
                  <>
                    {' '}
                    <Tag tone="private">Taken in private</Tag>
                  </>
                ) : null}
              </p>
              <p className="quiet">
                <a href={hrefFor({ name: 'meeting', meetingId: e.targetView.meetingId })}>Meeting of {formatLongDate(e.targetView.meetingDate)}</a>
              </p>
            </td>
            <td>
              <p>{outcomeWords(e.outcome)}</p>
              <button ref={outcomeButton(e.id)} type="button" className="button button--secondary button--small" onClick={() => onOutcome(e)}>
                Record the outcome<span className="visually-hidden">: {e.said}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
