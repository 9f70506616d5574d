import type { ReactNode } from 'react';
import { TableScroll } from '../../components/TableScroll';
import { formatShortDate } from '../../../../shared/domain/british-dates';
import { changeWords, percentWords, shareChangeWords } from '../../../../shared/domain/coproduction/rating-words';
import type { RatedSubject } from '../../../../shared/domain/coproduction/trend';
import type { CriteriaSet } from '../../../../shared/model/coproduction-rating';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/form/SelectField';
import { LoadingMessage } from '../../components/LoadingMessage';
import { TrendChart } from './TrendChart';

export const subjectChoiceKey = (s: Pick<RatedSubject, 'criteriaSetId' | 'name'>): string => `${s.criteriaSetId}|${s.name}`;

/** A subject's ratings against one set over time: per criterion, the score at each date and the change. */
export function TrendView({
  boardId,
  subjects,
  sets,
  chosen,
  onChoose,
}: {
  boardId: string;
  subjects: readonly RatedSubject[];
  sets: readonly CriteriaSet[];
  chosen: string;
  onChoose: (key: string) => void;
}): ReactNode {
  const setName = (id: string): string => sets.find((s) => s.id === id)?.name ?? 'a set no longer in use';
  const subject = subjects.find((s) => subjectChoiceKey(s) === chosen) ?? subjects[0];
  return (
    <>
      <SelectField
        id="trend-subject"
        label="Show the trend of"
        value={subject === undefined ? '' : subjectChoiceKey(subject)}
        choices={subjects.map((s) => ({
          value: subjectChoiceKey(s),
          label: `${s.name} against ${setName(s.criteriaSetId)} (${s.ratings === 1 ? '1 rating' : `${s.ratings} ratings`})`,
        }))}
        onChange={onChoose}
      />
      {subject === undefined ? null : <TrendTable boardId={boardId} subject={subject} setName={setName(subject.criteriaSetId)} />}
    </>
  );
}

function TrendTable({ boardId, subject, setName }: { boardId: string; subject: RatedSubject; setName: string }): ReactNode {
  const trend = useApiQuery('ratings.trend', { boardId, criteriaSetId: subject.criteriaSetId, subjectName: subject.name });
  if (trend.isPending) return <LoadingMessage>Loading the trend…</LoadingMessage>;
  if (trend.isLoadingError) return <ErrorAlert error={trend.error} context="The trend could not be loaded." onRetry={() => void trend.refetch()} />;
  const { ratings, criteria } = trend.data;
  return (
    <div className="trend">
      <TableScroll label={`Trend of ${trend.data.subjectName}`}>
        <table className="tracker-table trend-table">
          <caption className="tracker-table__caption">
            {trend.data.subjectName} against {setName}: scores by date, with the change since the previous rating
          </caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              {ratings.map((r) => (
                <th key={r.ratingId} scope="col">
                  {formatShortDate(r.ratedOn)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {criteria.map((c) => (
              <tr key={c.criterion.id}>
                <th scope="row">{c.criterion.name}</th>
                {c.scores.map((s) => (
                  <td key={s.ratingId}>
                    {s.label ?? 'Not scored'}
                    {s.label !== null && s.change !== null ? <span className="trend-table__change">{changeWords(s.change)}</span> : null}
                  </td>
                ))}
              </tr>
            ))}
            <tr className="trend-table__overall">
              <th scope="row">Overall</th>
              {ratings.map((r) => (
                <td key={r.ratingId}>
                  {r.overall === null ? 'Not scored' : percentWords(r.overall)}
                  {r.overall !== null && r.change !== null ? <span className="trend-table__change">{shareChangeWords(r.change)}</span> : null}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </TableScroll>
      <TrendChart ratings={ratings} subjectName={trend.data.subjectName} />
    </div>
  );
}
