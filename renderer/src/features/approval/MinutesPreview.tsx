import { useId } from 'react';
import type { ReactNode } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingMessage } from '../../components/LoadingMessage';
import { DocPreview } from '../exports/DocPreview';
import type { MeetingWork } from '../live-minutes/use-meeting-work';
import '../exports/exports.css';

/**
 * The minutes as they stand, to read before circulating, approving or signing them: the full (private) minutes as
 * they print, drawn from the document model their Word and PDF files are made from, so what the chair approves on
 * screen is what is on paper.
 */
export function MinutesPreview({ work }: { work: MeetingWork }): ReactNode {
  const headingId = useId();
  const { meeting, board } = work.detail;
  // Drawn again after each step (every change to the meeting makes its preview stale: api/invalidation.ts).
  const preview = useApiQuery('exports.preview', { boardId: board.id, meetingId: meeting.id, kind: 'minutes', audience: 'private' });
  return (
    <section className="minutes-preview" aria-labelledby={headingId}>
      <h2 id={headingId}>The minutes as they stand</h2>
      {preview.isPending ? <LoadingMessage>Laying out the minutes…</LoadingMessage> : null}
      {preview.isLoadingError ? (
        <ErrorAlert error={preview.error} context="The minutes could not be laid out." onRetry={() => void preview.refetch()} />
      ) : null}
      {preview.data !== undefined ? <DocPreview doc={preview.data.doc} label="The minutes as they will be printed" whole /> : null}
    </section>
  );
}
