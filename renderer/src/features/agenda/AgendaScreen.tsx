import { useEffect, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import type { MeetingDetail } from '../../../../shared/api/views';
import { refreshed, useApiQuery } from '../../api/use-api-query';
import { useAnnounce } from '../../components/Announcer';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageHeading } from '../../components/PageHeading';
import { ScreenCrumbs } from '../../components/ScreenCrumbs';
import { formatLongDate } from '../../../../shared/domain';
import { formatDuration } from '../../../../shared/domain';
import { hrefFor } from '../../routing/routes';
import { useScreenTitle } from '../../routing/use-screen-title';
import { PublicationDeadline } from '../meetings/PublicationDeadline';
import { useNonWorkingDays } from '../meetings/use-non-working-days';
import { AgendaPart } from './AgendaPart';
import { groupAgenda, totalMinutes } from './group-agenda';
import { MeetingActions } from './MeetingActions';
import { MeetingFacts } from './MeetingFacts';
import { ExportButton } from '../exports/ExportButton';
import { MeetingPagesNav } from '../../components/MeetingPagesNav';
import { UnmetAccessBanner } from '../access/UnmetAccessBanner';

/** A meeting and its agenda, public part then private part, as the printed agenda would show them. */
export function AgendaScreen({ meetingId }: { meetingId: string }): ReactNode {
  const detail = useApiQuery('meetings.get', { id: meetingId });
  const days = useNonWorkingDays();
  const announce = useAnnounce();
  const ready = detail.data ?? null;
  useScreenTitle(detail.data);
  const loadedOnce = useRef(false);
  useEffect(() => {
    // Once: later refreshes (after cancelling) announce what changed instead.
    if (!ready || loadedOnce.current) return;
    loadedOnce.current = true;
    announce(`Agenda loaded: ${ready.items.length} ${ready.items.length === 1 ? 'item' : 'items'}`);
  }, [ready, announce]);

  if (detail.isPending) return <LoadingMessage>Loading the agenda…</LoadingMessage>;
  if (detail.isLoadingError) {
    return (
      <>
        <ScreenCrumbs />
        <PageHeading>Meeting</PageHeading>
        <ErrorAlert error={detail.error} context="This meeting could not be shown." onRetry={() => void detail.refetch()} />
      </>
    );
  }

  const { meeting, board } = detail.data;
  return (
    <>
      <ScreenCrumbs known={detail.data} />
      <PageHeading caption={board.name}>{formatLongDate(meeting.date)}</PageHeading>
      <MeetingPagesNav meetingId={meeting.id} current="meeting" />
      <UnmetAccessBanner meetingId={meeting.id} />
      {meeting.title ? <p className="lead">{meeting.title}</p> : null}
      {meeting.status === 'cancelled' ? (
        <p className="callout callout--warning">This meeting was cancelled. Its agenda is kept for the record.</p>
      ) : null}
      <MeetingFacts meeting={meeting} />
      <PublicationDeadline meeting={meeting} days={days} />
      <MeetingActions
        detail={detail.data}
        onCancelled={async () => {
          await refreshed(detail);
          announce('Meeting cancelled');
          // The cancel button has gone: put focus back at the top of the meeting, which now says it is cancelled.
          requestAnimationFrame(() => document.querySelector<HTMLElement>('h1')?.focus());
        }}
      />
      <div className="button-row">
        <ExportButton detail={detail.data} />
      </div>
      <Agenda detail={detail.data} />
    </>
  );
}

function Agenda({ detail }: { detail: MeetingDetail }): ReactNode {
  const parts = useMemo(() => groupAgenda(detail.items), [detail.items]);
  const papers = useMemo(() => new Map(detail.attachments.map((a) => [a.id, a])), [detail.attachments]);
  if (detail.items.length === 0) {
    return (
      <EmptyState title="This meeting has no agenda items yet.">
        <p>
          {detail.locked || detail.meeting.status === 'cancelled' ? (
            'Nothing was put on the agenda before the meeting closed.'
          ) : (
            <>
              <a href={hrefFor({ name: 'agenda-builder', meetingId: detail.meeting.id })}>Build the agenda</a> to add its items.
            </>
          )}
        </p>
      </EmptyState>
    );
  }
  const minutes = totalMinutes(detail.items);
  return (
    <>
      <AgendaPart
        variant="public"
        title="Agenda"
        nodes={parts.public}
        papers={papers}
        carried={detail.carriedActions}
        intro={minutes > 0 ? <p className="quiet">Time allowed in all: {formatDuration(minutes)}.</p> : null}
      />
      {parts.private.length > 0 ? (
        <AgendaPart
          variant="private"
          title="Private part: not for publication"
          nodes={parts.private}
          papers={papers}
          carried={detail.carriedActions}
          intro={
            <p>
              The press and public are likely to be excluded from the meeting for these items, by resolution, because they involve the likely
              disclosure of exempt information as defined in Schedule 12A to the Local Government Act 1972.
            </p>
          }
        />
      ) : null}
    </>
  );
}
