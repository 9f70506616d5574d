import { useCallback, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { londonDateOf } from '../../../../shared/domain/london-time';
import type { Period } from '../../../../shared/domain/participation/period';
import type { Board } from '../../../../shared/model/board';
import { useApiQuery } from '../../api/use-api-query';
import { useAnnounce } from '../../components/Announcer';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../components/use-document-title';
import { replaceAddress } from '../../routing/replace-address';
import { hrefFor } from '../../routing/routes';
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
  useDocumentTitle(board.status === 'ready' ? `Participation: ${board.value.name}` : 'Participation');
  const trail = [{ label: 'Boards', href: hrefFor({ name: 'boards' }) }];
  if (board.status === 'error') {
    return (
      <>
        <Breadcrumbs trail={[...trail, { label: 'Participation' }]} />
        <PageHeading>Participation and diversity</PageHeading>
        <ErrorAlert error={board.error} context="This board could not be shown." onRetry={board.reload} />
      </>
    );
  }
  if (board.status === 'loading') return <LoadingMessage>Loading the board…</LoadingMessage>;
  return (
    <>
      <Breadcrumbs trail={[...trail, { label: board.value.name, href: hrefFor({ name: 'board', boardId }) }, { label: 'Participation and diversity' }]} />
      <PageHeading caption={board.value.name}>Participation and diversity</PageHeading>
      <BoardParticipation board={board.value} search={search} />
    </>
  );
}

function BoardParticipation({ board, search }: { board: Board; search: string }): ReactNode {
  const today = londonDateOf(new Date());
  const [period, setPeriod] = useState<Period>(() => parsePeriod(search, today, board.municipalYearStart));
  const announce = useAnnounce();
  useEffect(() => replaceAddress({ name: 'participation', boardId: board.id, search: periodSearch(period, today, board.municipalYearStart) }), [period, board, today]);

  const input = { boardId: board.id, from: period.from, to: period.to };
  const report = useApiQuery('participation.report', input);
  const diversity = useApiQuery('diversity.report', input);
  const people = useApiQuery('people.list', {});
  const { reload: reloadReport } = report;
  const { reload: reloadDiversity } = diversity;
  // A saved answer can change the groups reached and the diversity counts: both are asked for again.
  const refresh = useCallback(() => {
    reloadReport();
    reloadDiversity();
  }, [reloadReport, reloadDiversity]);

  const ready = report.status === 'ready' ? report.value : null;
  useEffect(() => {
    if (ready) announce(`${ready.totals.meetingsHeld} meetings held and ${ready.totals.people} people took part in this period.`);
  }, [ready, announce]);

  return (
    <>
      <p className="lead">Who took part in the board’s meetings, how early the papers came, and which seldom-heard groups were reached.</p>
      <PeriodForm key={`${period.from}:${period.to}`} period={period} today={today} yearStart={board.municipalYearStart} onChange={setPeriod} />
      {report.status === 'loading' ? <LoadingMessage>Loading the participation report…</LoadingMessage> : null}
      {report.status === 'error' ? <ErrorAlert error={report.error} context="The participation report could not be made." onRetry={report.reload} /> : null}
      {ready ? (
        <>
          <PeriodFigures report={ready} />
          <MeetingsTable report={ready} />
          <GroupsSummary report={ready} />
        </>
      ) : null}
      {diversity.status === 'ready' ? <DiversitySummary report={diversity.value} /> : null}
      {diversity.status === 'error' ? <ErrorAlert error={diversity.error} context="The diversity summary could not be made." onRetry={diversity.reload} /> : null}
      {people.status === 'ready' ? <DiversityForm people={people.value} boardGroups={board.seldomHeardGroups} onSaved={refresh} /> : null}
    </>
  );
}
