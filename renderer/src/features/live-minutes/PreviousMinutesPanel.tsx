import { useId } from 'react';
import type { ReactNode, RefObject } from 'react';
import type { NumberedItem } from '../../../../shared/api/views';
import { formatLongDate, formatShortDate, formatTimestamp } from '../../../../shared/domain/british-dates';
import { meetingStatusLabel } from '../../../../shared/domain/labels';
import { useApi } from '../../api/ApiProvider';
import { useLiveQuery } from '../../api/use-live-query';
import { hrefFor } from '../../routing/routes';
import { ApproveForm, type Approval } from '../approval/ApproveForm';
import { previousMeeting } from '../approval/meeting-order';
import { useLiveMeeting } from './meeting-context';
import type { MinuteEditorHandle } from './MinuteEditor';
import { approvalWording } from './standard-wording';
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
  const meetings = useLiveQuery('meetings.list', { boardId: detail.board.id });
  const approve = useMutation(async () => {
    await Promise.all([refresh(), meetings.refresh()]);
  });
  const { meeting } = detail;

  if (meetings.status !== 'ready') return meetings.status === 'loading' ? <p className="loading">Looking for the previous meeting…</p> : null;
  const previous = previousMeeting(meetings.value, meeting);

  const onApprove = ({ signature }: Approval): void => {
    if (previous === undefined) return;
    const words = approvalWording(previous.date, signature.name);
    const alreadyResolved = detail.resolutions.some((r) => r.itemId === item.id && r.parts.some((p) => p.text === words.resolution));
    void approve
      .run(async () => {
        await call('minutes.approve', { meetingId: previous.id, atMeetingId: meeting.id, signature });
        if (!alreadyResolved) await call('resolutions.add', { meetingId: meeting.id, itemId: item.id, kind: 'RESOLVED', parts: [words.resolution] });
      }, `The minutes of ${formatLongDate(previous.date)} are approved and signed.`)
      .then((done) => {
        if (done) editor.current?.appendParagraph(words.minute);
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
