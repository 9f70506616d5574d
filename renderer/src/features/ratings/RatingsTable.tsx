import type { ReactNode } from 'react';
import type { RatingView } from '../../../../shared/api/areas/ratings';
import { formatLongDate } from '../../../../shared/domain/british-dates';
import { percentWords, ratedByWords, subjectKindLabel } from '../../../../shared/domain/coproduction/rating-words';

function subjectWhere(view: RatingView): string {
  const { subject } = view.rating;
  if (subject.kind === 'item') {
    const at = view.meetingDate === undefined ? '' : ` at the meeting of ${formatLongDate(view.meetingDate)}`;
    return `${view.itemNumber === undefined ? 'Agenda item' : `Item ${view.itemNumber}`}${at}`;
  }
  return view.meetingDate === undefined
    ? subjectKindLabel(subject.kind)
    : `${subjectKindLabel(subject.kind)}, rated at the meeting of ${formatLongDate(view.meetingDate)}`;
}

/** The board's ratings, newest first, each with its overall score and a way to see its subject's trend. */
export function RatingsTable({
  views,
  onTrend,
  onRemove,
}: {
  views: readonly RatingView[];
  onTrend: (view: RatingView) => void;
  onRemove: (view: RatingView) => void;
}): ReactNode {
  return (
    <table className="tracker-table ratings-table">
      <caption className="tracker-table__caption">Ratings, newest first</caption>
      <thead>
        <tr>
          <th scope="col">What was rated</th>
          <th scope="col">Date</th>
          <th scope="col">Rated against</th>
          <th scope="col">Overall</th>
          <th scope="col">Who took part</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {views.map((view) => (
          <tr key={view.rating.id}>
            <th scope="row">
              <strong>{view.rating.subject.name}</strong>
              <br />
              <span className="quiet">{subjectWhere(view)}</span>
              {view.rating.appendToMinutes ? (
                <>
                  <br />
                  <span className="tag tag--info">In the minutes</span>
                </>
              ) : null}
            </th>
            <td>{formatLongDate(view.rating.ratedOn)}</td>
            <td>{view.setName}</td>
            <td>{view.overall === null ? 'Not scored' : percentWords(view.overall)}</td>
            <td>{ratedByWords(view.rating.ratedBy)}</td>
            <td>
              <div className="button-row button-row--compact">
                <button type="button" className="button button--secondary button--small" onClick={() => onTrend(view)}>
                  Show the trend<span className="visually-hidden"> of {view.rating.subject.name}</span>
                </button>
                <button type="button" className="button button--secondary button--small" onClick={() => onRemove(view)}>
                  Delete
                  <span className="visually-hidden">
                    {' '}
                    the rating of {view.rating.subject.name} on {formatLongDate(view.rating.ratedOn)}
                  </span>
                </button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
