import { useId, useMemo } from 'react';
import type { ReactNode } from 'react';
import { formatLongDate, formatShortDate, formatTimestamp } from '../../../../shared/domain/british-dates';
import { useApi } from '../../api/ApiProvider';
import { refreshed, useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageHeading } from '../../components/PageHeading';
import { ScreenCrumbs } from '../../components/ScreenCrumbs';
import { useScreenTitle } from '../../routing/use-screen-title';
import { FormError } from '../live-minutes/FormError';
import { LiveMeetingContext, type LiveMeeting } from '../live-minutes/meeting-context';
import { MeetingPagesNav } from '../../components/MeetingPagesNav';
import { useMeetingWork, type MeetingWork } from '../live-minutes/use-meeting-work';
import { useWideLayout } from '../live-minutes/use-wide-layout';
import { useMutation } from '../live-minutes/use-mutation';
import { ApproveForm, type Approval } from './ApproveForm';
import { Corrections } from './Corrections';
import { approvalChoices } from './meeting-order';
import { MinutesPreview } from './MinutesPreview';
import { PastApprovalForm, type PastApproval } from './PastApprovalForm';
import '../live-minutes/live-minutes.css';
import './approval.css';

/** From held meeting to signed minutes: draft, circulate, approve at a later meeting, sign; then corrections. */
export function ApprovalScreen({ meetingId }: { meetingId: string }): ReactNode {
  const work = useMeetingWork(meetingId);
  useWideLayout();
  useScreenTitle(work.status === 'ready' ? work.value.detail : undefined);
  if (work.status === 'loading') return <LoadingMessage>Loading the minutes…</LoadingMessage>;
  if (work.status === 'error') {
    return (
      <>
        <ScreenCrumbs />
        <PageHeading>Approval of minutes</PageHeading>
        <ErrorAlert error={work.error} context="The minutes of this meeting could not be opened." onRetry={work.retry} />
      </>
    );
  }
  return <Approval work={work.value} refresh={work.refresh} />;
}

type StepState = 'done' | 'current' | 'later';

function Step({ state, title, children }: { state: StepState; title: string; children: ReactNode }): ReactNode {
  const words = { done: 'Done', current: 'Next step', later: 'Not yet' } as const;
  return (
    <li className={`approval-step approval-step--${state}`} data-step-state={state}>
      <h3 className="approval-step__title">
        {title} <span className="approval-step__state">({words[state]})</span>
      </h3>
      <div className="approval-step__body">{children}</div>
    </li>
  );
}

function Approval({ work, refresh }: { work: MeetingWork; refresh: () => Promise<void> }): ReactNode {
  const { call } = useApi();
  const { meeting, board } = work.detail;
  const meetings = useApiQuery('meetings.list', { boardId: board.id });
  const refreshAll = async (): Promise<void> => {
    await Promise.all([refresh(), refreshed(meetings)]);
  };
  const hold = useMutation(refreshAll);
  const draft = useMutation(refreshAll);
  const circulate = useMutation(refreshAll);
  const approve = useMutation(refreshAll);
  const recordPast = useMutation(refreshAll);
  const historic = meeting.historic !== undefined;
  const stepsId = useId();
  const status = meeting.status;
  const held = status === 'held' || status === 'minutes-drafted' || status === 'minutes-signed';
  const drafted = status === 'minutes-drafted' || status === 'minutes-signed';
  const circulated = meeting.minutesCirculatedAt !== undefined;
  const signed = status === 'minutes-signed';
  const choices = meetings.data !== undefined ? approvalChoices(meetings.data, meeting) : [];
  const signature = meeting.approval?.signature;
  const approvedAt = meetings.data?.find((m) => m.id === meeting.approval?.atMeetingId)?.date ?? meeting.approval?.atMeetingOn;
  const context = useMemo<LiveMeeting>(() => ({ ...work, locked: signed || status === 'cancelled', refresh }), [work, signed, status, refresh]);

  // One call: the approval, the signature and the lock, and the approving meeting's resolution and minute.
  const onApprove = ({ atMeeting, signature: signed }: Approval): void =>
    void approve.run(
      () => call('minutes.approve', { meetingId: meeting.id, atMeetingId: atMeeting.id, signature: signed }),
      'The minutes are approved and signed. They are now locked.',
    );
  // One call: numbered if not drafted yet, then signed and locked.
  const onRecordPast = (approval: PastApproval): void =>
    void recordPast.run(
      () => call('minutes.recordPastApproval', { meetingId: meeting.id, ...approval }),
      'The past approval and signature are recorded. The minutes are now locked.',
    );

  return (
    <LiveMeetingContext value={context}>
      <ScreenCrumbs known={work.detail} />
      <PageHeading caption={board.name}>Approval of the minutes of {formatLongDate(meeting.date)}</PageHeading>
      <MeetingPagesNav meetingId={meeting.id} current="approval" />
      {status === 'cancelled' ? <p className="callout callout--warning">This meeting was cancelled: it has no minutes to approve.</p> : null}
      <section aria-labelledby={stepsId}>
        <h2 id={stepsId}>Steps to signed minutes</h2>
        <ol className="approval-steps">
          <Step state={held ? 'done' : 'current'} title="Hold the meeting">
            {held ? (
              <p>The meeting was held on {formatLongDate(meeting.date)}.</p>
            ) : status === 'agenda-published' ? (
              <>
                <p>Mark the meeting as held once it has taken place (or when it starts).</p>
                <button
                  type="button"
                  className="button"
                  aria-disabled={hold.busy}
                  onClick={() => void hold.run(() => call('meetings.hold', { id: meeting.id }), 'The meeting is marked as held.')}
                >
                  Mark the meeting as held
                </button>
                <FormError error={hold.error} />
              </>
            ) : (
              <p>The agenda must be published before the meeting can be held.</p>
            )}
          </Step>
          <Step state={drafted ? 'done' : held ? 'current' : 'later'} title="Draft the minutes">
            {drafted ? (
              <p>
                Drafted{meeting.minutesDraftedAt ? ` on ${formatTimestamp(meeting.minutesDraftedAt)}` : ''}. Each minute has its number and each
                decision its reference. They can still be changed until they are signed.
              </p>
            ) : (
              <>
                <p>
                  Drafting gives each minute its number and each decision its reference, by the board’s scheme. The numbers are fixed from then on;
                  the words can still change until the minutes are signed.
                </p>
                {held ? (
                  <>
                    <button
                      type="button"
                      className="button"
                      aria-disabled={draft.busy}
                      onClick={() => void draft.run(() => call('minutes.draft', { meetingId: meeting.id }), 'The minutes are drafted and numbered.')}
                    >
                      Draft the minutes
                    </button>
                    <FormError error={draft.error} />
                  </>
                ) : null}
              </>
            )}
          </Step>
          {historic ? null : (
            <Step state={circulated || signed ? 'done' : drafted ? 'current' : 'later'} title="Circulate the draft">
              {circulated && meeting.minutesCirculatedAt ? (
                <p>Circulated on {formatTimestamp(meeting.minutesCirculatedAt)}.</p>
              ) : drafted && !signed ? (
                <>
                  <p>Send the draft to the members, then record that it has gone.</p>
                  <button
                    type="button"
                    className="button"
                    aria-disabled={circulate.busy}
                    onClick={() =>
                      void circulate.run(() => call('minutes.circulate', { meetingId: meeting.id }), 'The draft minutes are marked as circulated.')
                    }
                  >
                    Mark as circulated
                  </button>
                  <FormError error={circulate.error} />
                </>
              ) : signed ? (
                <p>Not recorded as circulated.</p>
              ) : (
                <p>Once drafted, the minutes go to the members before the next meeting.</p>
              )}
            </Step>
          )}
          <Step
            state={signed ? 'done' : drafted || (historic && held) ? 'current' : 'later'}
            title={historic ? 'Record the approval and signature' : 'Approve and sign at the next meeting'}
          >
            {signed && signature ? (
              <p>
                Approved as a correct record{approvedAt ? ` at the meeting of ${formatLongDate(approvedAt)}` : ''} and signed by {signature.name} on{' '}
                {formatShortDate(signature.signedOn)}. <strong>These minutes are locked.</strong>
              </p>
            ) : historic && held ? (
              <>
                <p>
                  This meeting was entered after it happened. Once its minutes are entered, record who signed them and when. Minutes not yet drafted
                  are numbered at the same time.
                </p>
                <PastApprovalForm meeting={meeting} busy={recordPast.busy} error={recordPast.error} onRecord={onRecordPast} />
              </>
            ) : drafted ? (
              <>
                <p>
                  At the next meeting, under “Minutes of the previous meeting”, the board approves the minutes as a correct record and the chair signs
                  them.
                </p>
                {meetings.data !== undefined ? (
                  <ApproveForm toApprove={meeting} choices={choices} busy={approve.busy} error={approve.error} onApprove={onApprove} />
                ) : null}
              </>
            ) : (
              <p>The minutes are approved at the board’s next meeting, once they are drafted.</p>
            )}
          </Step>
        </ol>
      </section>
      {signed && meetings.data !== undefined ? <Corrections work={work} boardMeetings={meetings.data} /> : null}
      <MinutesPreview work={work} />
    </LiveMeetingContext>
  );
}
