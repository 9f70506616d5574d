import type { ReactNode } from 'react';
import type { DiversityReport } from '../../../../shared/domain/participation/diversity-report';
import { plural } from '../../../../shared/domain/participation/words';
import { shownWords, SMALL_NUMBER_THRESHOLD } from '../../../../shared/domain/suppression';

/** The diversity of those who took part: aggregate only, with what the suppression means said in words. */
export function DiversitySummary({ report }: { report: DiversityReport }): ReactNode {
  const responded = report.responded;
  const nothingToShow = responded.kind !== 'count' || responded.count === 0;
  return (
    <section aria-labelledby="participation-diversity">
      <h2 id="participation-diversity">Diversity of the people who took part</h2>
      <p>
        <strong>{shownWords(responded)}</strong> of the {plural(report.tookPart, 'person', 'people')} who took part in this period{' '}
        {responded.kind === 'count' && responded.count === 1 ? 'has' : 'have'} answered the optional diversity questions.
      </p>
      <div className="callout">
        <p>To protect people’s privacy:</p>
        <ul>
          <li>
            a number from 1 to {SMALL_NUMBER_THRESHOLD - 1} is shown as “fewer than {SMALL_NUMBER_THRESHOLD}”;
          </li>
          <li>where that one number could be worked out from the total, the next smallest number is “not shown” as well;</li>
          <li>if fewer than {SMALL_NUMBER_THRESHOLD} people answered, none of their answers are shown;</li>
          <li>0 is shown, because it identifies nobody.</li>
        </ul>
      </div>
      {nothingToShow ? (
        <p>
          {responded.kind === 'count'
            ? 'Nobody who took part has answered yet. Record a person’s answers with the form below, if they choose to give them.'
            : `The answers are not shown because fewer than ${SMALL_NUMBER_THRESHOLD} people have given them.`}
        </p>
      ) : (
        <div className="diversity-tables">
          {report.questions.map((q) => (
            <table key={q.question} className="tracker-table diversity-table">
              <caption className="tracker-table__caption">{q.label}</caption>
              <thead>
                <tr>
                  <th scope="col">Answer</th>
                  <th scope="col">People</th>
                </tr>
              </thead>
              <tbody>
                {q.cells.map((c) => (
                  <tr key={c.answer}>
                    <th scope="row">{c.label}</th>
                    <td>{shownWords(c.shown)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </div>
      )}
    </section>
  );
}
