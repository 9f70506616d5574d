import type { ReactNode } from 'react';
import type { ActionView } from '../../../../shared/api/views';
import { formatShortDate } from '../../../../shared/domain';
import { dueText } from '../actions/due-text';
import { Tag } from '../../components/Tag';

const STATUS_WORDS: Readonly<Record<ActionView['status'], string>> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};

/**
 * The action log under "Matters arising": every action of earlier meetings that is still open, oldest meeting
 * first, overdue ones marked. It fills itself: done actions drop off the next agenda.
 */
export function CarriedActions({ actions }: { actions: readonly ActionView[] }): ReactNode {
  if (actions.length === 0) {
    return <p className="quiet carried-actions carried-actions--none">No actions are outstanding from earlier meetings.</p>;
  }
  return (
    <div className="carried-actions" data-testid="carried-actions">
      <p className="label">
        Actions carried forward <span className="count">({actions.length})</span>
      </p>
      <ul className="carried-actions__list">
        {actions.map((action) => (
          <li key={action.id} className="carried-action" data-action-id={action.id}>
            <span className="carried-action__text">{action.text}</span>
            <span className="carried-action__meta">
              {action.ownerLabel}
              {action.due ? `, due ${dueText(action.due, true)}` : ''} · from the meeting of {formatShortDate(action.meetingDate)}
              {' · '}
              {STATUS_WORDS[action.status]}
            </span>
            {action.overdue ? <Tag tone="warning">Overdue</Tag> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
