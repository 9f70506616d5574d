import { useId } from 'react';
import type { ReactNode } from 'react';
import type { ApiCallError } from '../../api/api-call-error';
import type { JobState } from './use-export-job';

/** Where the export has got to: a progress bar while it runs, then what was saved, or what went wrong. */
export function ExportProgressView({
  state,
  saved,
  saveError,
}: {
  state: JobState;
  saved: string | null;
  saveError: ApiCallError | null;
}): ReactNode {
  const labelId = useId();
  const failure = state.phase === 'failed' ? state.error : saveError;
  return (
    <div className="export-status">
      {state.phase === 'running' ? (
        <div className="export-progress">
          <p id={labelId} className="export-progress__stage">
            {state.progress.stage}
          </p>
          <progress aria-labelledby={labelId} max={state.progress.total} value={state.progress.done} />
        </div>
      ) : null}
      {/* Always in the page, so screen readers hear the outcome when it appears. */}
      <div role="status" aria-live="polite" className="export-outcome">
        {saved === null ? null : <p>{saved}</p>}
        {state.phase === 'done' && state.file.notes.length > 0 ? (
          <ul className="export-notes">
            {state.file.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {failure ? (
        <p className="field__error" role="alert" data-error-code={failure.code}>
          {failure.message}
        </p>
      ) : null}
    </div>
  );
}
