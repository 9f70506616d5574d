import { useId } from 'react';
import type { ReactNode, RefObject } from 'react';
import type { MinutesApproval } from '../../../../shared/api/approval';
import type { NumberedItem } from '../../../../shared/api/views';
import { approvalWording } from '../../../../shared/domain/approval-wording';
import { formatLongDate, formatShortDate, formatTimestamp } from '../../../../shared/domain/british-dates';
import { meetingStatusLabel } from '../../../../shared/domain/labels';
import { useApi } from '../../api/ApiProvider';
import { refreshed, useApiQuery } from '../../api/use-api-query';
import { hrefFor } from '../../routing/routes';
import { ApproveForm, type Approval } from '../approval/ApproveForm';
import { previousMeeting } from '../approval/meeting-order';
import { useLiveMeeting } from './meeting-context';
import type { MinuteEditorHandle } from './MinuteEditor';
import { useMutation } from './use-mutation';

/**
 * "Minutes of the previous meeting": the draft minutes of the board's last meeting are approved here as a
 * correct record and signed by the chair, which locks them. The decision and the minute are written in this
 * meeting's record at the same time.
 */
export function PreviousMinutesPanel({ item, editor }: { item: NumberedItem; editor: RefObject<MinuteEditorHandle | null> }): ReactNode {
  const { detail, locked, refresh } = useLiveMeeting();
  const { call } = useApi();
  const headingId = useId();
  const meetings = useApiQuery('meetings.list', { boardId: detail.board.id });
  const approve = useMutation(async () => {
    await Promise.all([refresh(), refreshed(meetings)]);
  });
  const { meeting } = detail;

  if (meetings.data === undefined) return meetings.isPending ? <p className="loading">Looking for the previous meeting…</p> : null;
  const previous = previousMeeting(meetings.data, meeting);

  // One call: the approval, the signature and the lock, and this meeting's resolution and minute. The minute is
  // then shown in the editor, which holds the clerk's words from here on.
  const onApprove = ({ signature }: Approval): void => {
    if (previous === undefined) return;
    let recorded: MinutesApproval['recorded'];
    void approve
      .run(
        async () => {
          ({ recorded } = await call('minutes.approve', { meetingId: previous.id, atMeetingId: meeting.id, signature }));
        },
        `The minutes of ${formatLongDate(previous.date)} are approved and signed.`,
      )
      .then((done) => {
        if (done && recorded?.itemId === item.id) editor.current?.appendSaved(approvalWording(previous.date, signature.name).minute, recorded.minute);
      });
  };

  return (
    <section className="item-section previous-minutes" aria-labelledby={headingId}>
      <h3 id={headingId} className="item-section__title">
        The previous meeting’s minutes
      </h3>
      {previous === undefined ? (
        <p>This is the board’s first meeting: there are no earlier minutes to approve.</p>
      ) : (
        <>
          <p>
            <a href={hrefFor({ name: 'approval', meetingId: previous.id })}>Minutes of {formatLongDate(previous.date)}</a>:{' '}
            {meetingStatusLabel(previous.status)}
            {previous.minutesCirculatedAt ? `, circulated on ${formatTimestamp(previous.minutesCirculatedAt)}` : ''}.
          </p>
          {previous.status === 'minutes-signed' && previous.approval ? (
            <p>
              Approved {previous.approval.atMeetingId === meeting.id ? 'at this meeting' : 'at an earlier meeting'} and signed by{' '}
              {previous.approval.signature.name} on {formatShortDate(previous.approval.signature.signedOn)}.
            </p>
          ) : null}
          {previous.status === 'held' ? (
            <p>They have not been drafted yet. Draft them on their approval page before they can be approved here.</p>
          ) : null}
          {previous.status === 'minutes-drafted' && !locked ? (
            <ApproveForm toApprove={previous} choices={[meeting]} busy={approve.busy} error={approve.error} onApprove={onApprove} />
          ) : null}
        </>
      )}
    </section>
  );
}
