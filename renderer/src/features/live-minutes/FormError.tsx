import type { ReactNode } from 'react';
import type { ApiCallError } from '../../api/api-call-error';

/** A refused change, in the backend's words, next to the control that asked for it. */
export function FormError({ error }: { error: ApiCallError | null }): ReactNode {
  if (error === null) return null;
  return (
    <p className="form-error" role="alert" data-error-code={error.code}>
      <span className="visually-hidden">Error: </span>
      {error.message}
    </p>
  );
}
