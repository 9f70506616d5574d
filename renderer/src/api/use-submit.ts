import { useCallback, useRef, useState } from 'react';
import { toApiCallError } from './api-call-error';
import type { ApiCallError } from './api-call-error';

export type Submit = {
  readonly pending: boolean;
  readonly error: ApiCallError | null;
  /** Runs one change; gives its result, or undefined after a refusal (then `error` holds it). One at a time. */
  readonly run: <T>(work: () => Promise<T>) => Promise<T | undefined>;
  readonly clearError: () => void;
};

/** One change at a time, with its refusal kept for the screen to show beside the form. */
export function useSubmit(): Submit {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiCallError | null>(null);
  // A ref as well as state: a double click must not send the change twice before React re-renders.
  const busy = useRef(false);
  const run = useCallback(async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    if (busy.current) return undefined;
    busy.current = true;
    setPending(true);
    setError(null);
    try {
      return await work();
    } catch (thrown) {
      setError(toApiCallError('change', thrown));
      return undefined;
    } finally {
      busy.current = false;
      setPending(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { pending, error, run, clearError };
}
