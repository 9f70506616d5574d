import type { ReactNode } from 'react';
import type { ApiCallError } from '../api/api-call-error';

/** A failed call, in the backend's own words, with a way to try again. */
export function ErrorAlert({ error, context, onRetry }: { error: ApiCallError; context: string; onRetry?: () => void }): ReactNode {
  return (
    <div className="error-alert" role="alert" data-error-code={error.code}>
      <h2 className="error-alert__title">There is a problem</h2>
      <p>{context}</p>
      <p className="error-alert__message">{error.message}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
