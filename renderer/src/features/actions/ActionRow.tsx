import type { ReactNode, Ref } from 'react';
import type { ActionView } from '../../../../shared/api/views';
import { formatLongDate } from '../../../../shared/domain';
import { Tag, type TagTone } from '../../components/Tag';
import { hrefFor } from '../../routing/routes';
import { STATUS_WORDS } from './action-filters';
import { dueText } from './due-text';

const STATUS_TONES: Readonly<Record<ActionView['status'], TagTone>> = {
  open: 'neutral',
  'in-progress': 'info',
  done: 'success',
  cancelled: 'neutral',
};

const short = (text: string): string => (text.length <= 60 ? text : `${text.slice(0, 60).replace(/\s+\S*$/, '')}…`);

/** The action's row of the tracker: what, where it came from, its updates, who, by when, and its status. */
export function ActionRow({
  action,
  highlighted,
  anchorRef,
  updateRef,
  onUpdate,
}: {
  action: ActionView;
  /** Opened from a search result: marked, and the place focus lands. */
  highlighted: boolean;
  anchorRef?: Ref<HTMLElement>;
  updateRef?: Ref<HTMLButtonElement>;
  onUpdate: (action: ActionView) => void;
}): ReactNode {
  const classes = ['action-row', action.overdue ? 'action-row--overdue' : '', highlighted ? 'action-row--highlighted' : '']
    .filter((c) => c !== '')
    .join(' ');
  const latest = action.history.at(-1);
  const source = hrefFor({ name: 'meeting', meetingId: action.meetingId, ...(action.itemId === undefined ? {} : { itemId: action.itemId }) });
  return (
    <tr className={classes} data-action-id={action.id}>
      <th scope="row" className="action-row__action">
        <span ref={anchorRef} tabIndex={-1} className="action-row__text">
          {action.text}
        </span>
        <span className="action-row__source">
          {action.boardName},{' '}
          <a href={source}>{action.itemTitle ? `${formatLongDate(action.meetingDate)}: ${action.itemTitle}` : formatLongDate(action.meetingDate)}</a>
          {action.references?.length ? ` (ref. ${action.references.join(', ')})` : null}
        </span>
        {latest ? (
          <span className="action-row__latest">
            Latest update, {formatLongDate(latest.date)}: {STATUS_WORDS[latest.status].toLowerCase()}
            {latest.note ? `. ${latest.note}` : ''}
          </span>
        ) : null}
        {action.history.length > 1 ? (
          <details className="action-row__history">
            <summary>All {action.history.length} updates</summary>
            <ol>
              {action.history.map((update, index) => (
                <li key={`${update.at}-${index}`}>
                  {formatLongDate(update.date)}: {STATUS_WORDS[update.status].toLowerCase()}
                  {update.note ? `. ${update.note}` : ''}
                </li>
              ))}
            </ol>
          </details>
        ) : null}
      </th>
      <td className="action-row__owner">{action.ownerLabel}</td>
      <td className="action-row__due">
        {action.due ? <span className="action-row__date">{dueText(action.due)}</span> : <span className="quiet">No date</span>}
        {action.overdue ? (
          <>
            {' '}
            <Tag tone="warning">Overdue</Tag>
          </>
        ) : null}
      </td>
      <td className="action-row__status">
        <div className="action-row__status-cell">
          <Tag tone={STATUS_TONES[action.status]}>{STATUS_WORDS[action.status]}</Tag>
          <button ref={updateRef} type="button" className="button button--secondary button--small" onClick={() => onUpdate(action)}>
            Update<span className="visually-hidden">: {short(action.text)}</span>
          </button>
        </div>
      </td>
    </tr>
  );
}
