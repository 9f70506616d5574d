import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { londonDateOf } from '../../../../shared/domain/london-time';
import type { Period } from '../../../../shared/domain/participation/period';
import type { Board } from '../../../../shared/model/board';
import { refreshed, useApiQuery } from '../../api/use-api-query';
import { useAnnounce } from '../../components/Announcer';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageHeading } from '../../components/PageHeading';
import { ScreenCrumbs } from '../../components/ScreenCrumbs';
import { replaceAddress } from '../../routing/replace-address';
import { useScreenTitle } from '../../routing/use-screen-title';
import { DiversityForm } from './DiversityForm';
import { DiversitySummary } from './DiversitySummary';
import { GroupsSummary } from './GroupsSummary';
import { MeetingsTable } from './MeetingsTable';
import { parsePeriod, periodSearch } from './period-filters';
import { PeriodFigures } from './PeriodFigures';
import { PeriodForm } from './PeriodForm';
import '../../styles/trackers.css';
import './participation.css';

/** A board's participation and diversity: who took part, per meeting and for a period, and aggregate diversity. */
export function ParticipationScreen({ boardId, search }: { boardId: string; search: string }): ReactNode {
  const board = useApiQuery('boards.get', { id: boardId });
  useScreenTitle({ board: board.data });
  if (board.isLoadingError) {
    return (
      <>
        <ScreenCrumbs />
        <PageHeading>Participation and diversity</PageHeading>
        <ErrorAlert error={board.error} context="This board could not be shown." onRetry={() => void board.refetch()} />
      </>
    );
  }
  if (board.isPending) return <LoadingMessage>Loading the board…</LoadingMessage>;
  return (
    <>
      <ScreenCrumbs known={{ board: board.data }} />
      <PageHeading caption={board.data.name}>Participation and diversity</PageHeading>
      <BoardParticipation board={board.data} search={search} />
    </>
  );
}

function BoardParticipation({ board, search }: { board: Board; search: string }): ReactNode {
  const today = londonDateOf(new Date());
  const [period, setPeriod] = useState<Period>(() => parsePeriod(search, today, board.municipalYearStart));
  const announce = useAnnounce();
  useEffect(
    () => replaceAddress({ name: 'participation', boardId: board.id, search: periodSearch(period, today, board.municipalYearStart) }),
    [period, board, today],
  );

  const input = { boardId: board.id, from: period.from, to: period.to };
  const report = useApiQuery('participation.report', input);
  const diversity = useApiQuery('diversity.report', input);
  const people = useApiQuery('people.list', {});
  // A saved answer can change the groups reached and the diversity counts: both are brought up to date.
  const refresh = (): void => {
    void refreshed(report);
    void refreshed(diversity);
  };

  const ready = report.data ?? null;
  useEffect(() => {
    if (ready) announce(`${ready.totals.meetingsHeld} meetings held and ${ready.totals.people} people took part in this period.`);
  }, [ready, announce]);

  return (
    <>
      <p className="lead">Who took part in the board’s meetings, how early the papers came, and which seldom-heard groups were reached.</p>
      <PeriodForm key={`${period.from}:${period.to}`} period={period} today={today} yearStart={board.municipalYearStart} onChange={setPeriod} />
      {report.isPending ? <LoadingMessage>Loading the participation report…</LoadingMessage> : null}
      {report.isLoadingError ? (
        <ErrorAlert error={report.error} context="The participation report could not be made." onRetry={() => void report.refetch()} />
      ) : null}
      {ready ? (
        <>
          <PeriodFigures report={ready} />
          <MeetingsTable report={ready} />
          <GroupsSummary report={ready} />
        </>
      ) : null}
      {diversity.data !== undefined ? <DiversitySummary report={diversity.data} /> : null}
      {diversity.isLoadingError ? (
        <ErrorAlert error={diversity.error} context="The diversity summary could not be made." onRetry={() => void diversity.refetch()} />
      ) : null}
      {people.data !== undefined ? <DiversityForm people={people.data} boardGroups={board.seldomHeardGroups} onSaved={refresh} /> : null}
    </>
  );
}
