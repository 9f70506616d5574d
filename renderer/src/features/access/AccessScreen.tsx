import type { ReactNode } from 'react';
import { checklistSummary, formatLongDate, formatTime } from '../../../../shared/domain';
import { refreshed, useApiQuery } from '../../api/use-api-query';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingMessage } from '../../components/LoadingMessage';
import { MeetingPagesNav } from '../../components/MeetingPagesNav';
import { PageHeading } from '../../components/PageHeading';
import { ScreenCrumbs } from '../../components/ScreenCrumbs';
import type { Known } from '../../routing/route-naming';
import { hrefFor } from '../../routing/routes';
import { useScreenTitle } from '../../routing/use-screen-title';
import { AccessPersonSection } from './AccessPersonSection';
import './access.css';

/**
 * A meeting's access checklist: everyone expected who has told the secretariat of a need, each need ticked as it is
 * arranged. Each tick is saved at once.
 */
export function AccessScreen({ meetingId }: { meetingId: string }): ReactNode {
  const checklist = useApiQuery('access.checklist', { meetingId });
  const about = checklist.data?.meeting;
  const known: Known = about ? { board: { id: about.boardId, name: about.boardName }, meeting: about } : {};
  useScreenTitle(known);

  if (checklist.isPending) return <LoadingMessage>Loading the access checklist…</LoadingMessage>;
  if (checklist.isLoadingError) {
    return (
      <>
        <ScreenCrumbs />
        <PageHeading>Access checklist</PageHeading>
        <ErrorAlert
          error={checklist.error}
          context="The access checklist of this meeting could not be shown."
          onRetry={() => void checklist.refetch()}
        />
      </>
    );
  }

  const { meeting, people, total, unmet, canArrange, why } = checklist.data;
  const date = formatLongDate(meeting.date);
  const membersHref = hrefFor({ name: 'members', boardId: meeting.boardId });
  return (
    <>
      <ScreenCrumbs known={known} />
      <PageHeading caption={`${meeting.boardName}, ${date}`}>Access checklist</PageHeading>
      <MeetingPagesNav meetingId={meeting.id} current="access" />
      <p className="lead">
        The adjustments people expected at the meeting at {formatTime(meeting.startTime)} need to take part. People who have sent apologies are left
        out.
      </p>
      {checklist.isRefetchError ? (
        <ErrorAlert error={checklist.error} context="The checklist could not be brought up to date." onRetry={() => void checklist.refetch()} />
      ) : null}
      {canArrange ? null : <p className="callout callout--warning">{why}</p>}
      {people.length === 0 ? (
        <EmptyState title="No one expected at this meeting has told us of an access need.">
          <p>
            <a href={membersHref}>Record needs on a member’s details</a>: edit the member and tick what they need. Their needs then appear here for
            every meeting they are expected at.
          </p>
        </EmptyState>
      ) : (
        <>
          <p className={unmet > 0 ? 'access-summary access-summary--unmet' : 'access-summary'} data-testid="access-summary" role="status">
            {checklistSummary({ total, unmet })}.
          </p>
          {people.map((person) => (
            <AccessPersonSection
              key={person.personId}
              meetingId={meeting.id}
              person={person}
              canArrange={canArrange}
              onSaved={() => refreshed(checklist)}
            />
          ))}
          <p className="quiet">
            Needs come from each person’s details: <a href={membersHref}>change them on the board’s members</a>.
          </p>
        </>
      )}
    </>
  );
}
