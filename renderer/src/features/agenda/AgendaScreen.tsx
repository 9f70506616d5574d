import { useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { MeetingDetail } from '../../../../shared/api/views';
import { useApiQuery } from '../../api/use-api-query';
import { useAnnounce } from '../../components/Announcer';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../components/use-document-title';
import { formatLongDate } from '../../../../shared/domain';
import { formatDuration } from '../../../../shared/domain';
import { hrefFor } from '../../routing/routes';
import { AgendaPart } from './AgendaPart';
import { groupAgenda, totalMinutes } from './group-agenda';
import { MeetingFacts } from './MeetingFacts';

/** A meeting and its agenda, public part then private part, as the printed agenda would show them. */
export function AgendaScreen({ meetingId }: { meetingId: string }): ReactNode {
  const detail = useApiQuery('meetings.get', { id: meetingId });
  const announce = useAnnounce();
  const ready = detail.status === 'ready' ? detail.value : null;
  useDocumentTitle(ready ? `Agenda: ${ready.board.name}, ${formatLongDate(ready.meeting.date)}` : 'Agenda');
  useEffect(() => {
    if (ready) announce(`Agenda loaded: ${ready.items.length} ${ready.items.length === 1 ? 'item' : 'items'}`);
  }, [ready, announce]);

  const boardsCrumb = { label: 'Boards', href: hrefFor({ name: 'boards' }) };
  if (detail.status === 'loading') return <LoadingMessage>Loading the agenda…</LoadingMessage>;
  if (detail.status === 'error') {
    return (
      <>
        <Breadcrumbs trail={[boardsCrumb, { label: 'Meeting' }]} />
        <PageHeading>Meeting</PageHeading>
        <ErrorAlert error={detail.error} context="This meeting could not be shown." onRetry={detail.reload} />
      </>
    );
  }

  const { meeting, board } = detail.value;
  return (
    <>
      <Breadcrumbs
        trail={[
          boardsCrumb,
          { label: board.name, href: hrefFor({ name: 'board', boardId: board.id }) },
          { label: formatLongDate(meeting.date) },
        ]}
      />
      <PageHeading caption={board.name}>{formatLongDate(meeting.date)}</PageHeading>
      {meeting.title ? <p className="lead">{meeting.title}</p> : null}
      {meeting.status === 'cancelled' ? (
        <p className="callout callout--warning">This meeting was cancelled. Its agenda is kept for the record.</p>
      ) : null}
      <MeetingFacts meeting={meeting} />
      <Agenda detail={detail.value} />
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
          To add items now, import them with <code>npx minute-book import FILE</code>.
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
        intro={minutes > 0 ? <p className="quiet">Time allowed in all: {formatDuration(minutes)}.</p> : null}
      />
      {parts.private.length > 0 ? (
        <AgendaPart
          variant="private"
          title="Private part: not for publication"
          nodes={parts.private}
          papers={papers}
          intro={
            <p>
              The press and public are likely to be excluded from the meeting for these items, by resolution, because
              they involve the likely disclosure of exempt information as defined in Schedule 12A to the Local
              Government Act 1972.
            </p>
          }
        />
      ) : null}
    </>
  );
}
