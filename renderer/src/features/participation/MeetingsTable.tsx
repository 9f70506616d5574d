import type { ReactNode } from 'react';
import { formatShortDate } from '../../../../shared/domain/british-dates';
import type { ParticipationReport } from '../../../../shared/domain/participation/measures';
import { papersWords, percentWords, plural } from '../../../../shared/domain/participation/words';
import { hrefFor } from '../../routing/routes';

/** One row per meeting held in the period. */
export function MeetingsTable({ report }: { report: ParticipationReport }): ReactNode {
  return (
    <section aria-labelledby="participation-meetings">
      <h2 id="participation-meetings">Meeting by meeting</h2>
      {report.meetings.length === 0 ? (
        <p>No meetings of this board were held in this period. Choose another period, or mark a meeting as held once it has taken place.</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="participation-meetings" tabIndex={0}>
          <table className="tracker-table participation-meetings">
            <caption className="visually-hidden">Participation at each meeting held in the period</caption>
            <thead>
              <tr>
                <th scope="col">Meeting</th>
                <th scope="col">Took part</th>
                <th scope="col">Experts by experience</th>
                <th scope="col">New</th>
                <th scope="col">Returning</th>
                <th scope="col">Items led by experts</th>
                <th scope="col">Papers</th>
                <th scope="col">Seldom-heard groups reached</th>
              </tr>
            </thead>
            <tbody>
              {report.meetings.map((m) => (
                <tr key={m.meetingId}>
                  <th scope="row" className="participation-meeting">
                    <a href={hrefFor({ name: 'meeting', meetingId: m.meetingId })}>{formatShortDate(m.date)}</a>
                    {m.title === undefined ? null : <div className="quiet">{m.title}</div>}
                  </th>
                  <td>
                    {m.tookPart}
                    {m.apologies === 0 ? null : <div className="quiet">{plural(m.apologies, 'apology', 'apologies')}</div>}
                  </td>
                  <td>
                    {m.experts} ({percentWords(m.expertShare)})
                  </td>
                  <td>{m.newPeople}</td>
                  <td>{m.returningPeople}</td>
                  <td>
                    {m.itemsLedByExperts} of {m.items}
                  </td>
                  <td>{papersWords(m.papers)}</td>
                  <td>{m.groupsReached.length === 0 ? 'None recorded' : m.groupsReached.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
