import type { ReactNode } from 'react';
import type { Meeting } from '../../../../shared/model/meeting';
import { PublicationDeadline } from '../meetings/PublicationDeadline';
import type { NonWorkingDays } from '../meetings/use-non-working-days';
import { hrefFor } from '../../routing/routes';

/** Whether the agenda is out, by when it must be, and the button that publishes it. */
export function PublishPanel({ meeting, days, onPublish }: { meeting: Meeting; days: NonWorkingDays | null; onPublish: () => void }): ReactNode {
  return (
    <section className="publish-panel" aria-labelledby="publish-heading">
      <h2 id="publish-heading" tabIndex={-1}>
        Publication
      </h2>
      <PublicationDeadline meeting={meeting} days={days} />
      {meeting.historic !== undefined ? (
        <p data-testid="historic-note">
          This meeting was entered after it happened, so it has no agenda to publish. Add its items here, then{' '}
          <a href={hrefFor({ name: 'live-minutes', meetingId: meeting.id })}>enter its minutes</a> and{' '}
          <a href={hrefFor({ name: 'approval', meetingId: meeting.id })}>record who signed them</a>.
        </p>
      ) : meeting.status === 'draft' ? (
        <p className="button-row">
          <button type="button" className="button" onClick={onPublish} data-control="publish">
            Publish the agenda
          </button>
        </p>
      ) : (
        <p>
          Items added or changed since the agenda was published are marked <strong>Supplementary</strong>: send them out as a supplementary agenda.
        </p>
      )}
    </section>
  );
}
