import type { ReactNode } from 'react';
import { formatShortDate } from '../../../../shared/domain/british-dates';
import { useApi } from '../../api/ApiProvider';
import { hrefFor } from '../../routing/routes';
import { MeetingStatusTag } from '../meetings/MeetingStatusTag';
import { FormError } from './FormError';
import { useLiveMeeting } from './meeting-context';
import { useMutation } from './use-mutation';

/** Where the meeting stands, and the next step from here: start it, draft its minutes, or see them signed. */
export function MeetingStatusBar(): ReactNode {
  const { detail, refresh } = useLiveMeeting();
  const { call } = useApi();
  const hold = useMutation(refresh);
  const { meeting } = detail;
  const approval = hrefFor({ name: 'approval', meetingId: meeting.id });
  const signature = meeting.approval?.signature;

  return (
    <div className="meeting-status">
      <p className="meeting-status__line">
        <span className="meeting-status__label">Status:</span> <MeetingStatusTag status={meeting.status} />
      </p>
      {meeting.status === 'draft' ? <p className="meeting-status__next">The agenda is not published yet. Minutes can still be taken.</p> : null}
      {meeting.status === 'agenda-published' ? (
        <div className="meeting-status__next">
          <button
            type="button"
            className="button button--small"
            aria-disabled={hold.busy}
            onClick={() => void hold.run(() => call('meetings.hold', { id: meeting.id }), 'The meeting is marked as held.')}
          >
            Mark the meeting as held
          </button>
          <FormError error={hold.error} />
        </div>
      ) : null}
      {meeting.status === 'held' || meeting.status === 'minutes-drafted' ? (
        <p className="meeting-status__next">
          <a href={approval}>
            {meeting.historic !== undefined
              ? 'Record who signed the minutes, and when'
              : meeting.status === 'held'
                ? 'Draft the minutes for approval'
                : 'Circulate and approve the minutes'}
          </a>
        </p>
      ) : null}
      {meeting.status === 'minutes-signed' ? (
        <p className="meeting-status__next">
          Signed by {signature?.name ?? 'the chair'}
          {signature ? ` on ${formatShortDate(signature.signedOn)}` : ''}: these minutes are a permanent record and cannot be changed.{' '}
          <a href={approval}>Record a correction at a later meeting</a>
        </p>
      ) : null}
      {meeting.status === 'cancelled' ? <p className="meeting-status__next">This meeting was cancelled: its minutes cannot be changed.</p> : null}
    </div>
  );
}
