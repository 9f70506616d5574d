import type { ReactNode } from 'react';
import { checklistSummary } from '../../../../shared/domain';
import { useApiQuery } from '../../api/use-api-query';
import { hrefFor } from '../../routing/routes';

/**
 * A warning on a meeting's pages while an access need of someone expected is not yet arranged, linking to the
 * checklist. Silent once everything is arranged, once the meeting has been held, and if the checklist cannot be
 * read (the checklist screen itself says why).
 */
export function UnmetAccessBanner({ meetingId }: { meetingId: string }): ReactNode {
  const checklist = useApiQuery('access.checklist', { meetingId });
  if (checklist.data === undefined) return null;
  const { unmet, total, meeting } = checklist.data;
  const before = meeting.status === 'draft' || meeting.status === 'agenda-published';
  if (unmet === 0 || !before) return null;
  return (
    <p className="callout callout--warning" data-testid="unmet-access">
      <strong>Access needs: </strong>
      {checklistSummary({ total, unmet })}. <a href={hrefFor({ name: 'access', meetingId })}>Open the access checklist</a>
    </p>
  );
}
