import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import type { FieldError } from './field-error';

export type { FieldError } from './field-error';

/**
 * What is wrong with the form, at its top. It takes focus when it appears (after a failed save), so a screen
 * reader reads it at once; each message moves focus to its field. Buttons rather than links: the address's
 * hash belongs to the router.
 */
export function ErrorSummary({ errors, attempt }: { errors: readonly FieldError[]; attempt: number }): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const shown = errors.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
    // A new attempt with the same errors must take focus again.
  }, [shown, attempt]);
  if (!shown) return null;
  return (
    <div ref={ref} className="error-summary" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary__title">
        There is a problem
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={`${error.fieldId}:${error.message}`}>
            <button type="button" className="link-button" onClick={() => focusField(error.fieldId)}>
              {error.message}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function focusField(id: string): void {
  const field = document.getElementById(id);
  if (!field) return;
  field.focus();
  field.scrollIntoView({ block: 'center' });
}
