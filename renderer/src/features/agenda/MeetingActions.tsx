import { useState } from 'react';
import type { ReactNode } from 'react';
import type { MeetingDetail } from '../../../../shared/api/views';
import { hrefFor } from '../../routing/routes';
import { CancelMeetingDialog } from './CancelMeetingDialog';

/** What the clerk can do with the meeting: change its agenda and, before it is held, move or cancel it. */
export function MeetingActions({ detail, onCancelled }: { detail: MeetingDetail; onCancelled: () => Promise<void> }): ReactNode {
  const [cancelling, setCancelling] = useState(false);
  const { meeting } = detail;
  if (detail.locked || meeting.status === 'cancelled') return null;
  const beforeMeeting = meeting.status === 'draft' || meeting.status === 'agenda-published';
  // A meeting entered after it happened can have its details corrected until its minutes are signed.
  const correctable = beforeMeeting || meeting.historic !== undefined;
  return (
    <div className="button-row meeting-actions">
      <a className="button" href={hrefFor({ name: 'agenda-builder', meetingId: meeting.id })}>
        {meeting.status === 'draft' ? 'Build the agenda' : 'Change the agenda'}
      </a>
      {correctable ? (
        <a className="button button--secondary" href={hrefFor({ name: 'meeting-edit', meetingId: meeting.id })}>
          Change date, time or place
        </a>
      ) : null}
      {beforeMeeting ? (
        <>
          <button type="button" className="button button--warning" onClick={() => setCancelling(true)}>
            Cancel the meeting
          </button>
        </>
      ) : null}
      {cancelling ? (
        <CancelMeetingDialog
          meeting={meeting}
          onClose={(cancelled) => {
            setCancelling(false);
            if (cancelled) void onCancelled();
          }}
        />
      ) : null}
    </div>
  );
}
