import { useId } from 'react';
import type { ReactNode } from 'react';
import type { ActionView } from '../../../../shared/api/views';
import { formatLongDate } from '../../../../shared/domain/british-dates';
import { useApi } from '../../api/ApiProvider';
import { refreshed, useApiQuery } from '../../api/use-api-query';
import { Tag } from '../../components/Tag';
import { dueSentence } from '../actions/due-text';
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
  const carried = useApiQuery('actions.openForMeeting', { meetingId: detail.meeting.id });
  const done = useMutation(() => refreshed(carried));
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
      {carried.isPending ? <p className="loading">Loading the open actions…</p> : null}
      {carried.isLoadingError ? <FormError error={carried.error} /> : null}
      {carried.data !== undefined && carried.data.length === 0 ? <p className="quiet">No actions of earlier meetings are open.</p> : null}
      {carried.data !== undefined && carried.data.length > 0 ? (
        <ul className="action-list">
          {carried.data.map((action) => (
            <li key={action.id} className="action-list__item">
              <p className="action-list__text">{action.text}</p>
              <p className="action-list__meta">
                <span>Owner: {action.ownerLabel}</span>
                <span>From the meeting of {formatLongDate(action.meetingDate)}</span>
                {action.due ? <span>{dueSentence(action.due)}</span> : null}
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
