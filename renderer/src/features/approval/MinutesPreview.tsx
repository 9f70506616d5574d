import { useId, useMemo } from 'react';
import type { ReactNode } from 'react';
import { formatShortDate } from '../../../../shared/domain/british-dates';
import { Tag } from '../../components/Tag';
import { DecisionText } from '../live-minutes/DecisionCard';
import type { MeetingWork } from '../live-minutes/use-meeting-work';
import { MinuteText } from './MinuteText';

/** The minutes as they stand, item by item: to read before circulating, approving or signing them. */
export function MinutesPreview({ work }: { work: MeetingWork }): ReactNode {
  const headingId = useId();
  const { items, minutes, resolutions, actions } = work.detail;
  const textOf = useMemo(() => new Map(minutes.map((m) => [m.itemId, m.text])), [minutes]);
  const names = useMemo(() => new Map(work.people.map((p) => [p.id, p.name])), [work.people]);
  return (
    <section className="minutes-preview" aria-labelledby={headingId}>
      <h2 id={headingId}>The minutes as they stand</h2>
      <ol className="minutes-preview__list">
        {items.map((item) => {
          const itemActions = actions.filter((a) => a.itemId === item.id);
          return (
            <li key={item.id} className={item.depth > 0 ? 'minutes-preview__item minutes-preview__item--sub' : 'minutes-preview__item'}>
              <h3 className="minutes-preview__title">
                <span className="minutes-preview__number">{item.minuteLabel ?? item.number}</span> {item.title}{' '}
                {item.part === 'private' ? <Tag tone="private">Private</Tag> : null}
              </h3>
              <MinuteText text={textOf.get(item.id) ?? ''} />
              {resolutions
                .filter((r) => r.itemId === item.id)
                .map((r) => (
                  <DecisionText key={r.id} resolution={r} />
                ))}
              {itemActions.length > 0 ? (
                <ul className="minutes-preview__actions">
                  {itemActions.map((a) => (
                    <li key={a.id}>
                      <strong>Action:</strong> {a.text} ({a.owner.kind === 'person' ? (names.get(a.owner.personId) ?? 'unknown') : a.owner.name}
                      {a.dueDate ? `, by ${formatShortDate(a.dueDate)}` : ''})
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
