import type { ReactNode } from 'react';
import type { ParticipationReport } from '../../../../shared/domain/participation/measures';
import { shownWords } from '../../../../shared/domain/suppression';
import { hrefFor } from '../../routing/routes';

/** How many of each seldom-heard group took part in the period, small numbers suppressed. */
export function GroupsSummary({ report }: { report: ParticipationReport }): ReactNode {
  return (
    <section aria-labelledby="participation-groups">
      <h2 id="participation-groups">Seldom-heard groups</h2>
      {report.totals.groups.length === 0 ? (
        <p>
          This board has not listed the seldom-heard groups it wants to reach. Add them in the{' '}
          <a href={hrefFor({ name: 'board-edit', boardId: report.boardId })}>board settings</a>; then people can say, on the diversity form below,
          which groups they belong to.
        </p>
      ) : (
        <>
          <p>People say which groups they belong to only if they choose to, on the diversity form below. This shows how many, never who.</p>
          <table className="tracker-table">
            <caption className="visually-hidden">Seldom-heard groups that took part in the period</caption>
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col">People who took part</th>
                <th scope="col">Meetings reached</th>
              </tr>
            </thead>
            <tbody>
              {report.totals.groups.map((g) => (
                <tr key={g.group}>
                  <th scope="row">{g.group}</th>
                  <td>{shownWords(g.people)}</td>
                  <td>{g.meetings}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
