import type { ReactNode } from 'react';
import { personKindLabel } from '../../../../shared/domain/member-labels';
import { EXPERIENCE_KINDS, type ParticipationReport } from '../../../../shared/domain/participation/measures';
import { averageWords, percentWords, plural } from '../../../../shared/domain/participation/words';
import { PERSON_KINDS } from '../../../../shared/model/person';

/** The period in figures, then attendance by member kind. */
export function PeriodFigures({ report }: { report: ParticipationReport }): ReactNode {
  const t = report.totals;
  const kinds = PERSON_KINDS.filter((k) => t.peopleByKind[k] > 0);
  return (
    <section aria-labelledby="participation-figures">
      <h2 id="participation-figures">The period in figures</h2>
      <ul className="participation-figures">
        <li>
          <strong>{plural(t.meetingsHeld, 'meeting', 'meetings')}</strong> held.
        </li>
        <li>
          <strong>{plural(t.people, 'person', 'different people')}</strong> took part, {plural(t.attendances, 'attendance', 'attendances')} in all.
        </li>
        <li>
          Experts by experience: <strong>{percentWords(t.expertPeopleShare)}</strong> of the people who took part and{' '}
          {percentWords(t.expertAttendanceShare)} of attendances.
        </li>
        <li>
          <strong>{t.newPeople} new</strong> (their first meeting of this board) and {t.returningPeople} returning.
        </li>
        <li>
          <strong>
            {t.itemsLedByExperts} of {plural(t.items, 'business item', 'business items')}
          </strong>{' '}
          presented or led by experts by experience.
        </li>
        <li>
          {t.papers.published === 0 ? (
            'No publication dates are on record for these meetings.'
          ) : (
            <>
              Papers published on average <strong>{averageWords(t.papers.averageClearDays)} clear working days</strong> before the meeting (the fewest
              was {t.papers.fewestClearDays ?? 0}); {plural(t.papers.late, 'meeting', 'meetings')} had fewer than {report.noticeClearDays}.
              {t.papers.notRecorded === 0 ? '' : ` ${plural(t.papers.notRecorded, 'meeting has', 'meetings have')} no publication date on record.`}
            </>
          )}
        </li>
      </ul>
      <p className="quiet">
        Only meetings that have been held are counted. “Experts by experience” counts the member kinds{' '}
        {EXPERIENCE_KINDS.map((k) => `“${personKindLabel(k)}”`).join(' and ')}. Someone is new when this period holds the first meeting of this board
        they took part in.
      </p>
      {kinds.length === 0 ? null : (
        <table className="tracker-table">
          <caption className="tracker-table__caption">Attendance by member kind</caption>
          <thead>
            <tr>
              <th scope="col">Member kind</th>
              <th scope="col">Different people</th>
              <th scope="col">Attendances</th>
            </tr>
          </thead>
          <tbody>
            {kinds.map((k) => (
              <tr key={k}>
                <th scope="row">{personKindLabel(k)}</th>
                <td>{t.peopleByKind[k]}</td>
                <td>{t.attendancesByKind[k]}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All</th>
              <td>{t.people}</td>
              <td>{t.attendances}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}
