import { useCallback, useRef, useState } from 'react';
import { toApiCallError, type ApiCallError } from '../../api/api-call-error';
import { useAnnounce } from '../../components/Announcer';

export type Mutation = {
  /** Runs one change; on success refreshes the screen and announces `done`. Resolves to whether it worked. */
  readonly run: (change: () => Promise<unknown>, done: string) => Promise<boolean>;
  readonly busy: boolean;
  readonly error: ApiCallError | null;
  readonly clearError: () => void;
};

/** One form's or one button's change to the meeting: busy while it runs, the backend's words if it is refused. */
export function useMutation(refresh: () => Promise<void>): Mutation {
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiCallError | null>(null);
  // A ref as well as state: a double press must not send the change twice before React re-renders.
  const running = useRef(false);
  const run = useCallback(
    async (change: () => Promise<unknown>, done: string): Promise<boolean> => {
      if (running.current) return false;
      running.current = true;
      setBusy(true);
      setError(null);
      try {
        await change();
      } catch (thrown) {
        setError(toApiCallError('change', thrown));
        running.current = false;
        setBusy(false);
        return false;
      }
      // The change is made; a failed refresh only leaves the screen a step behind, so it is not the form's error.
      await refresh().catch(() => undefined);
      running.current = false;
      setBusy(false);
      announce(done);
      return true;
    },
    [announce, refresh],
  );
  const clearError = useCallback(() => setError(null), []);
  return { run, busy, error, clearError };
}
