import { useEffect, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import type { MeetingDetail } from '../../../../shared/api/views';
import { agendaTiming, formatLongDate, meetingStatusLabel } from '../../../../shared/domain';
import type { ApiCallError } from '../../api/api-call-error';
import { refreshed, useApiQuery } from '../../api/use-api-query';
import { useAnnounce } from '../../components/Announcer';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageHeading } from '../../components/PageHeading';
import { ScreenCrumbs } from '../../components/ScreenCrumbs';
import { hrefFor } from '../../routing/routes';
import { useScreenTitle } from '../../routing/use-screen-title';
import { groupAgenda } from '../agenda/group-agenda';
import { UnmetAccessBanner } from '../access/UnmetAccessBanner';
import { useNonWorkingDays, type NonWorkingDays } from '../meetings/use-non-working-days';
import { BuilderPart } from './BuilderPart';
import type { BuilderContext } from './BuilderItem';
import { ItemEditor } from './ItemEditor';
import { PlainEnglishWords } from '../plain-english/plain-english-words-context';
import { PendingDialog } from './PendingDialog';
import { PublishPanel } from './PublishPanel';
import { TimingSummary } from './TimingSummary';
import { ADD_ITEM_BUTTON_ID, useAgendaBuilder } from './use-agenda-builder';

/** Builds a meeting's agenda: items in order, nested and timed, exempt items in the private part, then publishes it. */
export function AgendaBuilderScreen({ meetingId }: { meetingId: string }): ReactNode {
  const detail = useApiQuery('meetings.get', { id: meetingId });
  const days = useNonWorkingDays();
  const announce = useAnnounce();
  const ready = detail.data ?? null;
  useScreenTitle(detail.data);
  const loadedOnce = useRef(false);
  useEffect(() => {
    if (!ready || loadedOnce.current) return;
    loadedOnce.current = true;
    announce(`Agenda builder: ${ready.items.length} ${ready.items.length === 1 ? 'item' : 'items'}`);
  }, [ready, announce]);

  if (detail.isPending) return <LoadingMessage>Loading the agenda…</LoadingMessage>;
  if (detail.isLoadingError) {
    return (
      <>
        <ScreenCrumbs />
        <PageHeading>Build the agenda</PageHeading>
        <ErrorAlert error={detail.error} context="This meeting could not be loaded." onRetry={() => void detail.refetch()} />
      </>
    );
  }
  return <Builder detail={detail.data} days={days} refresh={() => refreshed(detail)} refreshError={detail.isRefetchError ? detail.error : null} />;
}

function Builder({
  detail,
  days,
  refresh,
  refreshError,
}: {
  detail: MeetingDetail;
  days: NonWorkingDays | null;
  refresh: () => Promise<void>;
  refreshError: ApiCallError | null;
}): ReactNode {
  const { meeting, board, items } = detail;
  const builder = useAgendaBuilder(detail, refresh);
  const parts = useMemo(() => groupAgenda(items), [items]);
  const timing = useMemo(() => agendaTiming(items, meeting.startTime, meeting.endTime), [items, meeting.startTime, meeting.endTime]);
  const papers = useMemo(() => new Map(detail.attachments.map((a) => [a.id, a])), [detail.attachments]);
  const editable = !detail.locked && meeting.status !== 'cancelled';
  const canReorder = editable && !items.some((i) => i.minuteNumber !== undefined);
  const context: BuilderContext = {
    builder,
    items,
    editable,
    canReorder,
    timing: timing.items,
    papers,
    carried: detail.carriedActions,
    meeting: { boardId: meeting.boardId, date: meeting.date },
  };
  const meetingHref = hrefFor({ name: 'meeting', meetingId: meeting.id });
  const addingTop = builder.editing?.kind === 'add' && builder.editing.parentId === null;

  const addItem = editable ? (
    addingTop ? (
      <div className="builder-item builder-item--new">
        <ItemEditor
          meeting={context.meeting}
          heading="New item"
          submitLabel="Add the item"
          pending={builder.submit.pending}
          refusal={builder.submit.error}
          onSave={(patch) => void builder.saveItem(patch)}
          onCancel={builder.cancelEdit}
        />
      </div>
    ) : (
      <p className="button-row">
        <button id={ADD_ITEM_BUTTON_ID} type="button" className="button" onClick={() => builder.startAdd(null)}>
          Add an item
        </button>
      </p>
    )
  ) : null;

  return (
    <PlainEnglishWords words={board.plainEnglishWords}>
      <ScreenCrumbs known={detail} />
      <PageHeading caption={`${board.name}, ${formatLongDate(meeting.date)}`}>Build the agenda</PageHeading>
      <UnmetAccessBanner meetingId={meeting.id} />
      {editable ? null : (
        <p className="callout callout--warning">
          This meeting is “{meetingStatusLabel(meeting.status)}”, so its agenda can no longer change. <a href={meetingHref}>See the meeting</a>.
        </p>
      )}
      {refreshError ? <ErrorAlert error={refreshError} context="The agenda could not be brought up to date." onRetry={() => void refresh()} /> : null}
      {editable ? <PublishPanel meeting={meeting} days={days} onPublish={builder.askPublish} /> : null}
      <TimingSummary meeting={meeting} timing={timing} />
      {canReorder ? (
        <p className="field__hint builder-hint" id="builder-keys">
          Drag an item by its handle, or use its arrow buttons. With focus on an item’s buttons, Alt+Up and Alt+Down move it, Alt+Right makes it a
          sub-item of the item above, and Alt+Left makes it a main item again.
        </p>
      ) : null}
      {builder.problem ? (
        <p className="error-alert error-alert--inline" role="alert">
          {builder.problem.message}
        </p>
      ) : null}
      {items.length === 0 ? (
        <p className="empty-state empty-state--inline">
          This agenda has no items yet. Add the first item below; the board’s standard items can be added by hand, as this meeting was created without
          them.
        </p>
      ) : null}
      <BuilderPart variant="public" title="Agenda" nodes={parts.public} context={context} footer={addItem} />
      {parts.private.length > 0 ? (
        <BuilderPart
          variant="private"
          title="Private part: not for publication"
          intro={<p>Exempt items, taken after the press and public have been excluded. Mark an item exempt to move it here.</p>}
          nodes={parts.private}
          context={context}
        />
      ) : null}
      <PendingDialog builder={builder} detail={detail} days={days} />
    </PlainEnglishWords>
  );
}
