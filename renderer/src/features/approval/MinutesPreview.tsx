import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { useLiveQuery } from '../../api/use-live-query';
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
  const preview = useLiveQuery('exports.preview', { boardId: board.id, meetingId: meeting.id, kind: 'minutes', audience: 'private' });
  // Drawn again whenever the screen reads the meeting again: after each step, the minutes as they now stand.
  const seen = useRef(work.detail);
  const { refresh } = preview;
  useEffect(() => {
    if (seen.current === work.detail) return;
    seen.current = work.detail;
    void refresh();
  }, [work.detail, refresh]);
  return (
    <section className="minutes-preview" aria-labelledby={headingId}>
      <h2 id={headingId}>The minutes as they stand</h2>
      {preview.status === 'loading' ? <LoadingMessage>Laying out the minutes…</LoadingMessage> : null}
      {preview.status === 'error' ? <ErrorAlert error={preview.error} context="The minutes could not be laid out." onRetry={() => void refresh()} /> : null}
      {preview.status === 'ready' ? <DocPreview doc={preview.value.doc} label="The minutes as they will be printed" whole /> : null}
    </section>
  );
}
