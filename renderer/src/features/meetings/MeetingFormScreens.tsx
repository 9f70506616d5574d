import { useState } from 'react';
import type { ReactNode } from 'react';
import { formatLongDate, meetingStatusLabel } from '../../../../shared/domain';
import type { Meeting } from '../../../../shared/model/meeting';
import { useApi } from '../../api/ApiProvider';
import { useApiQuery } from '../../api/use-api-query';
import { useSubmit } from '../../api/use-submit';
import { useAnnounce } from '../../components/Announcer';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckboxField } from '../../components/form/CheckboxField';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../components/use-document-title';
import { navigate } from '../../routing/navigate';
import { hrefFor } from '../../routing/routes';
import { MeetingForm } from './MeetingForm';
import { meetingFields, meetingPatch, meetingValues, newMeetingValues, type MeetingFormValues } from './meeting-form-values';
import { useNonWorkingDays } from './use-non-working-days';

const BOARDS_CRUMB = { label: 'Boards', href: hrefFor({ name: 'boards' }) };

/** Schedules a meeting of a board, then opens its agenda to build. */
export function NewMeetingScreen({ boardId }: { boardId: string }): ReactNode {
  const { call } = useApi();
  const board = useApiQuery('boards.get', { id: boardId });
  const days = useNonWorkingDays();
  const submit = useSubmit();
  const announce = useAnnounce();
  const [withStandardItems, setWithStandardItems] = useState(true);
  useDocumentTitle(board.status === 'ready' ? `Schedule a meeting: ${board.value.name}` : 'Schedule a meeting');
  if (board.status === 'loading') return <LoadingMessage>Loading the board…</LoadingMessage>;
  if (board.status === 'error') {
    return (
      <>
        <Breadcrumbs trail={[BOARDS_CRUMB, { label: 'Schedule a meeting' }]} />
        <PageHeading>Schedule a meeting</PageHeading>
        <ErrorAlert error={board.error} context="This board could not be loaded." onRetry={board.reload} />
      </>
    );
  }
  const boardHref = hrefFor({ name: 'board', boardId });
  const save = async (values: MeetingFormValues): Promise<void> => {
    const meeting = await submit.run(() => call('meetings.create', { ...meetingFields(values), date: values.date, startTime: values.startTime, boardId, withStandardItems }));
    if (!meeting) return;
    announce(`Meeting scheduled for ${formatLongDate(meeting.date)}`);
    navigate({ name: 'agenda-builder', meetingId: meeting.id });
  };
  const standardTitles = board.value.standardItems.map((s) => s.title);
  const now = new Date().toISOString();
  const preview: Meeting = { id: 'new', boardId, date: '', startTime: '14:00', status: 'draft', createdAt: now, updatedAt: now };
  return (
    <>
      <Breadcrumbs trail={[BOARDS_CRUMB, { label: board.value.name, href: boardHref }, { label: 'Schedule a meeting' }]} />
      <PageHeading caption={board.value.name}>Schedule a meeting</PageHeading>
      <MeetingForm
        initial={newMeetingValues()}
        preview={preview}
        days={days}
        submitLabel="Schedule the meeting"
        pending={submit.pending}
        refusal={submit.error}
        onSubmit={(values) => void save(values)}
        cancelHref={boardHref}
      >
        <CheckboxField
          id="meeting-standard-items"
          label="Start the agenda with the board’s standard items"
          hint={standardTitles.length > 0 ? standardTitles.join('; ') : 'This board has no standard items.'}
          checked={withStandardItems}
          onChange={setWithStandardItems}
        />
      </MeetingForm>
    </>
  );
}

/** Moves a meeting to another date, time or place (rearranging it), or corrects its details. */
export function EditMeetingScreen({ meetingId }: { meetingId: string }): ReactNode {
  const { call } = useApi();
  const detail = useApiQuery('meetings.get', { id: meetingId });
  const days = useNonWorkingDays();
  const submit = useSubmit();
  const announce = useAnnounce();
  useDocumentTitle(detail.status === 'ready' ? `Change meeting details: ${detail.value.board.name}` : 'Change meeting details');
  if (detail.status === 'loading') return <LoadingMessage>Loading the meeting…</LoadingMessage>;
  if (detail.status === 'error') {
    return (
      <>
        <Breadcrumbs trail={[BOARDS_CRUMB, { label: 'Change meeting details' }]} />
        <PageHeading>Change meeting details</PageHeading>
        <ErrorAlert error={detail.error} context="This meeting could not be loaded." onRetry={detail.reload} />
      </>
    );
  }
  const { meeting, board } = detail.value;
  const meetingHref = hrefFor({ name: 'meeting', meetingId });
  const trail = [
    BOARDS_CRUMB,
    { label: board.name, href: hrefFor({ name: 'board', boardId: board.id }) },
    { label: formatLongDate(meeting.date), href: meetingHref },
    { label: 'Change details' },
  ];
  const heading = (
    <>
      <Breadcrumbs trail={trail} />
      <PageHeading caption={`${board.name}, ${formatLongDate(meeting.date)}`}>Change date, time or place</PageHeading>
    </>
  );
  if (meeting.status === 'cancelled' || detail.value.locked) {
    return (
      <>
        {heading}
        <p className="callout callout--warning">
          This meeting is “{meetingStatusLabel(meeting.status)}”, so its details cannot change.{' '}
          {meeting.status === 'cancelled' ? (
            <a href={hrefFor({ name: 'meeting-new', boardId: board.id })}>Schedule a new meeting instead</a>
          ) : null}
        </p>
      </>
    );
  }
  const save = async (values: MeetingFormValues): Promise<void> => {
    const saved = await submit.run(() => call('meetings.update', { id: meetingId, patch: meetingPatch(values, meeting) }));
    if (!saved) return;
    announce(saved.date === meeting.date ? 'Meeting details saved' : `Meeting moved to ${formatLongDate(saved.date)}`);
    navigate({ name: 'meeting', meetingId });
  };
  return (
    <>
      {heading}
      {meeting.status !== 'draft' ? (
        <p className="callout callout--warning">
          The agenda has been published. If you move the meeting, tell the members and everyone who has the papers, and
          publish a notice of the new date.
        </p>
      ) : null}
      <MeetingForm
        initial={meetingValues(meeting)}
        preview={meeting}
        days={days}
        submitLabel="Save the changes"
        pending={submit.pending}
        refusal={submit.error}
        onSubmit={(values) => void save(values)}
        cancelHref={meetingHref}
      />
    </>
  );
}
