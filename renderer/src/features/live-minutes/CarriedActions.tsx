import { useId } from 'react';
import type { ReactNode } from 'react';
import type { ActionView } from '../../../../shared/api/views';
import { formatLongDate } from '../../../../shared/domain/british-dates';
import { useApi } from '../../api/ApiProvider';
import { useLiveQuery } from '../../api/use-live-query';
import { Tag } from '../../components/Tag';
import { FormError } from './FormError';
import { useLiveMeeting } from './meeting-context';
import { useMutation } from './use-mutation';

/**
 * The open actions of earlier meetings, as the action log under matters arising; one reported done is marked so.
 * Loaded here, not with the meeting, because finding them reads the board's whole history.
 */
export function CarriedActions(): ReactNode {
  const { detail, locked } = useLiveMeeting();
  const { call } = useApi();
  const carried = useLiveQuery('actions.openForMeeting', { meetingId: detail.meeting.id });
  const done = useMutation(carried.refresh);
  const headingId = useId();

  const markDone = (action: ActionView): void =>
    void done.run(
      () =>
        call('actions.addUpdate', {
          meetingId: action.meetingId,
          id: action.id,
          status: 'done',
          note: `Reported done at the meeting of ${formatLongDate(detail.meeting.date)}.`,
          date: detail.meeting.date,
        }),
      'Action marked as done.',
    );

  return (
    <section className="item-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="item-section__title">
        Action log
      </h3>
      {carried.status === 'loading' ? <p className="loading">Loading the open actions…</p> : null}
      {carried.status === 'error' ? <FormError error={carried.error} /> : null}
      {carried.status === 'ready' && carried.value.length === 0 ? <p className="quiet">No actions of earlier meetings are open.</p> : null}
      {carried.status === 'ready' && carried.value.length > 0 ? (
        <ul className="action-list">
          {carried.value.map((action) => (
            <li key={action.id} className="action-list__item">
              <p className="action-list__text">{action.text}</p>
              <p className="action-list__meta">
                <span>Owner: {action.ownerLabel}</span>
                <span>From the meeting of {formatLongDate(action.meetingDate)}</span>
                {action.dueDate ? <span>Due by {formatLongDate(action.dueDate)}</span> : null}
                {action.overdue ? <Tag tone="warning">Overdue</Tag> : null}
                {action.status === 'in-progress' ? <Tag tone="info">In progress</Tag> : null}
              </p>
              {locked ? null : (
                <button type="button" className="button button--small button--secondary" aria-disabled={done.busy} onClick={() => markDone(action)}>
                  Reported done<span className="visually-hidden"> ({action.text})</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <FormError error={done.error} />
    </section>
  );
}
