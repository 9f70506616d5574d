import { useState } from 'react';
import type { ReactNode } from 'react';
import { formatLongDate, londonDateOf, meetingStatusLabel } from '../../../../shared/domain';
import type { Meeting } from '../../../../shared/model/meeting';
import { useApiMutation } from '../../api/use-api-mutation';
import { useApiQuery } from '../../api/use-api-query';
import { useAnnounce } from '../../components/Announcer';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckboxField } from '../../components/form/CheckboxField';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageHeading } from '../../components/PageHeading';
import { ScreenCrumbs } from '../../components/ScreenCrumbs';
import { navigate } from '../../routing/navigate';
import { hrefFor } from '../../routing/routes';
import { useScreenTitle } from '../../routing/use-screen-title';
import { MeetingForm } from './MeetingForm';
import { alreadyHappened, meetingPatch, meetingValues, newMeetingValues, type MeetingFormInput } from './meeting-form-schema';
import { useNonWorkingDays } from './use-non-working-days';

/** Schedules a meeting of a board, then opens its agenda to build. */
export function NewMeetingScreen({ boardId }: { boardId: string }): ReactNode {
  const board = useApiQuery('boards.get', { id: boardId });
  const days = useNonWorkingDays();
  const create = useApiMutation('meetings.create');
  const announce = useAnnounce();
  const [withStandardItems, setWithStandardItems] = useState(true);
  const [happened, setHappened] = useState<boolean | null>(null);
  useScreenTitle({ board: board.data });
  if (board.isPending) return <LoadingMessage>Loading the board…</LoadingMessage>;
  if (board.isLoadingError) {
    return (
      <>
        <ScreenCrumbs />
        <PageHeading>Schedule a meeting</PageHeading>
        <ErrorAlert error={board.error} context="This board could not be loaded." onRetry={() => void board.refetch()} />
      </>
    );
  }
  const boardHref = hrefFor({ name: 'board', boardId });
  const save = async (input: MeetingFormInput): Promise<void> => {
    const historic = alreadyHappened(happened, input.date, londonDateOf(new Date()));
    const meeting = await create.run({ ...input, boardId, withStandardItems, ...(historic ? { historic: true } : {}) });
    if (!meeting) return;
    // Either way the agenda's items come first: then, for a past meeting, its minutes and its past signature.
    announce(
      historic
        ? `Meeting of ${formatLongDate(meeting.date)} entered as one that has already happened`
        : `Meeting scheduled for ${formatLongDate(meeting.date)}`,
    );
    navigate({ name: 'agenda-builder', meetingId: meeting.id });
  };
  const standardTitles = board.data.standardItems.map((s) => s.title);
  const now = new Date().toISOString();
  const preview: Meeting = { id: 'new', boardId, date: '', startTime: '14:00', status: 'draft', createdAt: now, updatedAt: now };
  return (
    <>
      <ScreenCrumbs known={{ board: board.data }} />
      <PageHeading caption={board.data.name}>Schedule a meeting</PageHeading>
      <MeetingForm
        initial={newMeetingValues()}
        preview={preview}
        days={days}
        submitLabel="Schedule the meeting"
        pending={create.pending}
        refusal={create.error}
        onSubmit={(input) => void save(input)}
        cancelHref={boardHref}
        past={{ happened, onChange: setHappened }}
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
  const detail = useApiQuery('meetings.get', { id: meetingId });
  const days = useNonWorkingDays();
  const update = useApiMutation('meetings.update');
  const announce = useAnnounce();
  useScreenTitle(detail.data);
  if (detail.isPending) return <LoadingMessage>Loading the meeting…</LoadingMessage>;
  if (detail.isLoadingError) {
    return (
      <>
        <ScreenCrumbs />
        <PageHeading>Change meeting details</PageHeading>
        <ErrorAlert error={detail.error} context="This meeting could not be loaded." onRetry={() => void detail.refetch()} />
      </>
    );
  }
  const { meeting, board } = detail.data;
  const meetingHref = hrefFor({ name: 'meeting', meetingId });
  const heading = (
    <>
      <ScreenCrumbs known={detail.data} />
      <PageHeading caption={`${board.name}, ${formatLongDate(meeting.date)}`}>Change date, time or place</PageHeading>
    </>
  );
  if (meeting.status === 'cancelled' || detail.data.locked) {
    return (
      <>
        {heading}
        <p className="callout callout--warning">
          This meeting is “{meetingStatusLabel(meeting.status)}”, so its details cannot change.{' '}
          {meeting.status === 'cancelled' ? <a href={hrefFor({ name: 'meeting-new', boardId: board.id })}>Schedule a new meeting instead</a> : null}
        </p>
      </>
    );
  }
  const save = async (input: MeetingFormInput): Promise<void> => {
    const saved = await update.run({ id: meetingId, patch: meetingPatch(input, meeting) });
    if (!saved) return;
    announce(saved.date === meeting.date ? 'Meeting details saved' : `Meeting moved to ${formatLongDate(saved.date)}`);
    navigate({ name: 'meeting', meetingId });
  };
  return (
    <>
      {heading}
      {meeting.status !== 'draft' && meeting.historic === undefined ? (
        <p className="callout callout--warning">
          The agenda has been published. If you move the meeting, tell the members and everyone who has the papers, and publish a notice of the new
          date.
        </p>
      ) : null}
      <MeetingForm
        initial={meetingValues(meeting)}
        preview={meeting}
        days={days}
        submitLabel="Save the changes"
        pending={update.pending}
        refusal={update.error}
        onSubmit={(input) => void save(input)}
        cancelHref={meetingHref}
      />
    </>
  );
}
