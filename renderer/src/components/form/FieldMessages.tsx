import type { ReactNode } from 'react';
import type { FieldIds } from './field-ids';

/** A field's hint and error message, with the ids its control points at. */
export function FieldMessages({ ids, hint, error }: { ids: FieldIds; hint?: ReactNode; error?: string }): ReactNode {
  return (
    <>
      {hint && ids.hint ? (
        <div id={ids.hint} className="field__hint">
          {hint}
        </div>
      ) : null}
      {error && ids.error ? (
        <p id={ids.error} className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
    </>
  );
}
